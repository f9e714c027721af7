package org.waymark.bids.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.Violation;

/** Every rule a bid meets before submission, and the warnings that do not stop it. */
class BidRulesTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final Map<String, List<String>> THEMES = Map.of("CL", List.of("CL1", "CL2"), "BES", List.of("BES1"),
            "SMP", List.of("SMP1"));
    static final BidContext.EvidenceRequirement MEDICAL_HLN = new BidContext.EvidenceRequirement("SMP", null, "HLN",
            AttachmentKind.HEALTH_CARE_PLAN, "Attach the health care plan.");

    static BidContext context(BigDecimal threshold, boolean mayBid, List<AttachmentKind> attached,
                              @Nullable String currentHln) {
        return new BidContext(THEMES, Set.of("BES"), List.of(MEDICAL_HLN), threshold, mayBid, attached, currentHln);
    }

    static BidContext ordinary() {
        return context(new BigDecimal("6000"), true, List.of(), null);
    }

    /** A complete AFN bid under cognition and learning with £6,200 already spent. */
    static Bid completeAfn() {
        Bid bid = Bid.start(1, 2, 3L, 4, 5, null, "senco", NOW);
        bid.chooseAreas(Set.of("CL"), NOW);
        bid.recordChoices(List.of(new ThemeChoice("CL", "CL1", "AFN", "Reads at a 6-year-old level at 9"),
                new ThemeChoice("CL", "CL2", "AFN", "Needs an adult to start every task")), "AFN", NOW);
        bid.recordFundedProvision(List.of(new FundedProvision("Daily reading catch-up", new BigDecimal("4200")),
                new FundedProvision("Speech and language group", new BigDecimal("2000"))), NOW);
        bid.askForLevel("AFN", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        bid.recordViews("We want her to enjoy books", "I like the reading dog", null, "", NOW);
        return bid;
    }

    static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }

    @Test
    void a_complete_afn_bid_may_be_submitted_without_warnings() {
        BidRules.Check check = BidRules.check(completeAfn(), ordinary());
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.mayBeSubmitted()).isTrue();
    }

    @Test
    void afn_needs_the_notional_threshold_shown_and_says_how_much_is_missing() {
        Bid bid = completeAfn();
        bid.recordFundedProvision(List.of(new FundedProvision("Reading catch-up", new BigDecimal("5999.99"))), NOW);
        BidRules.Check check = BidRules.check(bid, ordinary());
        assertThat(keys(check.errors())).containsExactly("bid.rule.threshold");
        assertThat(check.errors().getFirst().arguments()).containsExactly(new BigDecimal("6000"),
                new BigDecimal("5999.99"));
        // a pupil who joined in January needs only the pro-rata part
        assertThat(BidRules.check(bid, context(new BigDecimal("3692"), true, List.of(), null)).errors()).isEmpty();
    }

    @Test
    void every_theme_of_a_chosen_area_needs_a_column_and_evidence() {
        Bid bid = completeAfn();
        bid.recordChoices(List.of(new ThemeChoice("CL", "CL1", "AFN", " ")), "AFN", NOW);
        BidRules.Check check = BidRules.check(bid, ordinary());
        assertThat(check.errors()).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("theme.CL1", "bid.rule.themeEvidence"),
                org.assertj.core.groups.Tuple.tuple("theme.CL2", "bid.rule.themeChoice"));
    }

    @Test
    void a_level_other_than_the_proposed_one_needs_a_reason() {
        Bid bid = completeAfn();
        bid.askForLevel("HLN1", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        assertThat(keys(BidRules.check(bid, ordinary()).errors())).containsExactly("bid.rule.levelReason");
        bid.askForLevel("HLN1", "Two exclusions this term despite AFN support", HighNeedsRequest.NEW_APPLICATION, NOW);
        assertThat(BidRules.check(bid, ordinary()).errors()).isEmpty();
        bid.askForLevel("CORE", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        assertThat(keys(BidRules.check(bid, ordinary()).errors())).containsExactly("bid.rule.levelRequired");
    }

    @Test
    void a_medical_hln_bid_must_attach_the_health_care_plan() {
        Bid bid = completeAfn();
        bid.chooseAreas(Set.of("SMP"), NOW);
        bid.recordChoices(List.of(new ThemeChoice("SMP", "SMP1", "HLN1", "Tube fed; needs trained staff all day")),
                "HLN1", NOW);
        bid.askForLevel("HLN1", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        assertThat(BidRules.check(bid, ordinary()).errors()).extracting(Violation::messageKey, v -> v.arguments().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bid.rule.evidence", "Attach the health care plan."));
        assertThat(BidRules.check(bid, context(new BigDecimal("6000"), true, List.of(AttachmentKind.HEALTH_CARE_PLAN),
                null)).errors()).isEmpty();
        // the same area at AFN does not need it
        bid.recordChoices(List.of(new ThemeChoice("SMP", "SMP1", "AFN", "Needs help with medication")), "AFN", NOW);
        bid.askForLevel("AFN", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        assertThat(BidRules.check(bid, ordinary()).errors()).isEmpty();
    }

    @Test
    void an_opted_out_academy_cannot_bid_to_its_family() {
        assertThat(keys(BidRules.check(completeAfn(), context(new BigDecimal("6000"), false, List.of(), null)).errors()))
                .containsExactly("bid.rule.optedOut");
    }

    @Test
    void behaviour_needs_without_the_behaviour_partnership_warn_but_do_not_stop() {
        Bid bid = completeAfn();
        bid.chooseAreas(Set.of("BES"), NOW);
        bid.recordChoices(List.of(new ThemeChoice("BES", "BES1", "AFN", "Leaves class several times a day")), "AFN", NOW);
        BidRules.Check check = BidRules.check(bid, ordinary());
        assertThat(check.errors()).isEmpty();
        assertThat(keys(check.warnings())).containsExactly("bid.rule.behaviourPartnership");
        bid.recordViews("p", "c", true, "Partnership visited in October", NOW);
        assertThat(BidRules.check(bid, ordinary()).warnings()).isEmpty();
    }

    @Test
    void more_hln_for_a_pupil_who_holds_hln_is_flagged_as_a_new_application() {
        Bid bid = completeAfn();
        bid.askForLevel("HLN3", "Needs have grown since the HLN 1 award", HighNeedsRequest.INCREASE, NOW);
        BidRules.Check check = BidRules.check(bid, context(new BigDecimal("6000"), true, List.of(), "HLN1"));
        assertThat(check.errors()).isEmpty();
        assertThat(keys(check.warnings())).containsExactly("bid.rule.increase");
    }

    @Test
    void a_pupil_of_another_authority_is_flagged_for_recoupment_and_missing_views_are_noted() {
        Bid bid = Bid.start(1, 2, 3L, 4, 5, "Nottingham City", "senco", NOW);
        BidRules.Check check = BidRules.check(bid, ordinary());
        assertThat(keys(check.errors())).containsExactly("bid.rule.noArea", "bid.rule.levelRequired");
        assertThat(keys(check.warnings())).containsExactly("bid.rule.noViews", "bid.rule.recoupment");
    }

    /**
     * An evidence rule fires when its area (or chosen theme) and level match: "HLN" stands for
     * every HLN column, for a theme's chosen column as for the level asked under an area.
     */
    @ParameterizedTest(name = "rule {0}/{1}/{2} fires: {3}")
    @CsvSource(nullValues = "-", value = {
            // under a theme: the column chosen for that theme
            "-,   SMP1, HLN,  true",
            "-,   SMP1, HLN1, true",
            "-,   SMP1, -,    true",
            "-,   SMP1, HLN3, false",
            "-,   SMP1, AFN,  false",
            "-,   SMP2, HLN,  false",
            "-,   CL1,  HLN,  false",
            // under an area: the level asked
            "SMP, -,    HLN,  true",
            "SMP, -,    HLN1, true",
            "SMP, -,    AFN,  false",
            "CL,  -,    HLN,  false",
            "-,   -,    HLN,  true",
            "-,   -,    -,    true",
    })
    void an_evidence_rule_fires_where_its_area_or_theme_and_level_match(@Nullable String area, @Nullable String theme,
                                                                        @Nullable String level, boolean fires) {
        Bid bid = completeAfn();
        bid.chooseAreas(Set.of("SMP"), NOW);
        bid.recordChoices(List.of(new ThemeChoice("SMP", "SMP1", "HLN1", "Tube fed; needs trained staff all day"),
                new ThemeChoice("SMP", "SMP2", "AFN", "Help with personal care at lunch")), "HLN1", NOW);
        bid.askForLevel("HLN1", null, HighNeedsRequest.NEW_APPLICATION, NOW);
        BidContext.EvidenceRequirement rule = new BidContext.EvidenceRequirement(area, theme, level,
                AttachmentKind.PROFESSIONAL_REPORT, "Attach the report.");
        BidContext context = new BidContext(Map.of("SMP", List.of("SMP1", "SMP2")), Set.of(), List.of(rule),
                new BigDecimal("6000"), true, List.of(), null);
        assertThat(keys(BidRules.check(bid, context).errors()).contains("bid.rule.evidence")).isEqualTo(fires);
        // attaching the document answers it
        BidContext attached = new BidContext(Map.of("SMP", List.of("SMP1", "SMP2")), Set.of(), List.of(rule),
                new BigDecimal("6000"), true, List.of(AttachmentKind.PROFESSIONAL_REPORT), null);
        assertThat(BidRules.check(bid, attached).errors()).isEmpty();
    }

    /** The areas step refuses no area, and an area the framework does not have. */
    @ParameterizedTest(name = "areas {0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "'',      bid.rule.noArea",
            "CL,      -",
            "CL;SMP,  -",
            "XX,      bid.unknownArea",
            "CL;XX,   bid.unknownArea",
    })
    void the_areas_step_needs_an_area_the_framework_has(String chosen, @Nullable String expected) {
        Set<String> areas = chosen.isBlank() ? Set.of() : Set.of(chosen.split(";"));
        List<Violation> problems = BidRules.areas(areas, THEMES.keySet());
        assertThat(keys(problems)).isEqualTo(expected == null ? List.of() : List.of(expected));
        if (expected != null) {
            assertThat(problems).extracting(Violation::field).containsOnly("areas");
        }
    }

    /**
     * Each evidence requirement needs a document of its own: two asking for a professional
     * report need two reports; a document of another kind answers neither.
     */
    @ParameterizedTest(name = "attached {0} -> still missing {1}")
    @CsvSource(value = {
            "'',                                        2",
            "PROFESSIONAL_REPORT,                       1",
            "PROFESSIONAL_REPORT;PROFESSIONAL_REPORT,   0",
            "PROFESSIONAL_REPORT;RISK_ASSESSMENT,       1",
            "RISK_ASSESSMENT;OTHER,                     2",
            "PROFESSIONAL_REPORT;PROFESSIONAL_REPORT;PROFESSIONAL_REPORT, 0",
    })
    void each_requirement_needs_its_own_document(String attached, int stillMissing) {
        Bid bid = completeAfn();
        BidContext.EvidenceRequirement psychologist = new BidContext.EvidenceRequirement("CL", null, null,
                AttachmentKind.PROFESSIONAL_REPORT, "Attach the educational psychologist's report.");
        BidContext.EvidenceRequirement speech = new BidContext.EvidenceRequirement("CL", null, null,
                AttachmentKind.PROFESSIONAL_REPORT, "Attach the speech and language therapist's report.");
        List<AttachmentKind> kinds = attached.isBlank() ? List.of()
                : java.util.Arrays.stream(attached.split(";")).map(AttachmentKind::valueOf).toList();
        BidContext context = new BidContext(THEMES, Set.of("BES"), List.of(psychologist, speech),
                new BigDecimal("6000"), true, kinds, null);
        List<Violation> errors = BidRules.check(bid, context).errors();
        assertThat(errors).filteredOn(v -> v.messageKey().equals("bid.rule.evidence")).hasSize(stillMissing)
                .allSatisfy(v -> assertThat(v.field()).isEqualTo("attachments"));
        if (stillMissing == 1) {
            // the first listed is answered first; the one still open is named
            assertThat(errors).extracting(v -> v.arguments().getFirst())
                    .containsExactly("Attach the speech and language therapist's report.");
        }
    }
}
