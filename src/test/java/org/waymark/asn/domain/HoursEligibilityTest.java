package org.waymark.asn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.asn.domain.HoursEligibility.Check;
import org.waymark.asn.domain.HoursEligibility.Finding;
import org.waymark.asn.domain.HoursEligibility.Rule;
import org.waymark.asn.domain.HoursEligibility.Severity;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.Violation;
import org.waymark.plans.domain.PlanType;
import org.waymark.pupils.domain.YearGroup;

/**
 * Every rule of the authority's criteria for assistant hours, table by table: each row is a
 * situation and the one outcome (severity, field, sentence) the rule gives — or none.
 */
class HoursEligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    /** A P4 pupil's request that meets every rule and answers every "consider". */
    static RequestAnswers complete() {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(3);
        a.setCategory(AsnCategory.INDIVIDUALISED_CURRICULUM);
        a.setNeeds("Works on a personal curriculum; cannot join whole-class literacy without an adult.");
        a.setHoursAsked(new BigDecimal("15"));
        a.setSpecialistHours(new BigDecimal("3"));
        a.setIndependentHours(new BigDecimal("2"));
        a.setDifferentiation("Task boards and pre-teaching for two terms.");
        a.setIndependence("Visual timetable used alone for the first hour.");
        a.setEquipment("Tried a reading pen; it helps with texts only.");
        return a;
    }

    static PlanFacts planWithRole() {
        return new PlanFacts(7, PlanType.CHILDS_PLAN, 2, "Runs the personal literacy sessions",
                List.of(new PlanFacts.Outcome("O1", "Reads a book at the next band", LocalDate.of(2027, 6, 30))),
                LocalDate.of(2027, 9, 1));
    }

    static RequestContext context() {
        return new RequestContext(YearGroup.P4, false, new BigDecimal("25"), false, false, false, false,
                planWithRole(), null, Set.of());
    }

    static RequestContext context(YearGroup year, boolean learningCentre) {
        RequestContext c = context();
        return new RequestContext(year, learningCentre, c.weekHours(), false, false, false, false, c.plan(), null,
                Set.of());
    }

    /** The findings as "SEVERITY field key" lines, for compact table rows. */
    static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.message().field() + " " + f.message().messageKey())
                .toList();
    }

    static List<String> expected(@Nullable String line) {
        return line == null ? List.of() : List.of(line.split(";"));
    }

    @Test
    void a_complete_request_has_no_refusal_warning_or_note_and_is_considered_at_the_hours_asked() {
        Check check = HoursEligibility.check(complete(), context(), TODAY);
        assertThat(check.findings()).isEmpty();
        assertThat(check.mayBeSubmitted()).isTrue();
        assertThat(check.hoursConsidered()).isEqualByComparingTo("15");
    }

    @Test
    void an_empty_request_is_refused_for_each_missing_answer_and_warned_for_each_consideration() {
        Check check = HoursEligibility.check(new RequestAnswers(), context(), TODAY);
        assertThat(check.refusals()).extracting(Violation::messageKey).containsExactly("asn.rule.stageMissing",
                "asn.rule.categoryMissing", "asn.rule.needsMissing", "asn.rule.hoursMissing");
        assertThat(check.warnings()).extracting(Violation::messageKey).containsExactly("asn.rule.differentiation",
                "asn.rule.independence", "asn.rule.equipment");
        assertThat(check.mayBeSubmitted()).isFalse();
        assertThat(check.hoursConsidered()).isNull();
    }

    @ParameterizedTest(name = "stage {0}, medical {1}, care {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "3, false, false, -",
            "2, false, false, REFUSAL sifStage asn.rule.stage",
            "1, false, false, REFUSAL sifStage asn.rule.stage",
            // a medical or personal-care need opens the criteria below stage 3
            "2, true,  false, NOTE sifStage asn.rule.stageMedical",
            "1, false, true,  NOTE sifStage asn.rule.stageMedical",
            "-, true,  true,  REFUSAL sifStage asn.rule.stageMissing",
    })
    void only_stage_three_unless_a_medical_or_personal_care_need(@Nullable Integer stage, boolean medical,
                                                                 boolean care, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setSifStage(stage);
        a.setMedicalNeed(medical);
        a.setPersonalCareNeed(care);
        assertThat(lines(HoursEligibility.stage(a))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "category {0}, needs ''{1}'', diagnosis {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "INDIVIDUALISED_CURRICULUM, Needs an adult to start every task, false, -",
            // a plan alone never entitles: the category of need has to be named
            "-,                         Needs an adult to start every task, false, REFUSAL category asn.rule.categoryMissing",
            // nor does a diagnosis: the sentence says so when one is recorded
            "-,                         Needs an adult to start every task, true,  REFUSAL category asn.rule.diagnosisAlone",
            "PERSISTENT_DISTRESS,       '',                                 true,  REFUSAL needs asn.rule.needsMissing",
            "-,                         '',                                 false, REFUSAL category asn.rule.categoryMissing;REFUSAL needs asn.rule.needsMissing",
    })
    void a_plan_or_a_diagnosis_alone_never_entitles(@Nullable AsnCategory category, String needs, boolean diagnosis,
                                                    @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setCategory(category);
        a.setNeeds(needs);
        RequestContext c = context();
        RequestContext withDiagnosis = new RequestContext(c.yearGroup(), false, c.weekHours(), false, false, false,
                diagnosis, c.plan(), null, Set.of());
        assertThat(lines(HoursEligibility.needNotDiagnosis(a, withDiagnosis))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0}, medical {1}, sensory {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "MEDICAL_OR_SENSORY,        true,  false, -",
            "MEDICAL_OR_SENSORY,        false, true,  -",
            "MEDICAL_OR_SENSORY,        false, false, REFUSAL category asn.rule.medicalUnrecorded",
            "INDIVIDUALISED_CURRICULUM, false, false, -",
    })
    void the_medical_or_sensory_category_rests_on_a_recorded_need(AsnCategory category, boolean medical,
                                                                  boolean sensory, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setCategory(category);
        a.setMedicalNeed(medical);
        RequestContext c = context();
        RequestContext withSensory = new RequestContext(c.yearGroup(), false, c.weekHours(), false, sensory, false,
                false, c.plan(), null, Set.of());
        assertThat(lines(HoursEligibility.categoryEvidence(a, withSensory))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0}, marked {1}, reason ''{2}'': {3}")
    @CsvSource(nullValues = "-", value = {
            "EXCEPTIONAL,               false, '',                       REFUSAL exceptionalReason asn.rule.exceptionalReason",
            "EXCEPTIONAL,               false, Arrived from a closed unit, -",
            "PERSISTENT_DISTRESS,       true,  '  ',                     REFUSAL exceptionalReason asn.rule.exceptionalReason",
            "PERSISTENT_DISTRESS,       false, '',                       -",
    })
    void exceptional_circumstances_come_with_a_reason(AsnCategory category, boolean marked, String reason,
                                                      @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setCategory(category);
        a.setExceptional(marked);
        a.setExceptionalReason(reason);
        assertThat(lines(HoursEligibility.exceptionalReason(a))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "with role,         -",
            "none,              REFUSAL plan asn.rule.noPlan",
            "draft,             REFUSAL plan asn.rule.planNotAgreed",
            "without role,      REFUSAL plan asn.rule.noAssistantRole",
            "'role, no outcome', REFUSAL plan asn.rule.noAssistantRole",
            "review overdue,    WARNING plan asn.rule.planReviewDue",
    })
    void the_childs_plan_must_be_in_force_and_state_the_assistants_role(String plan, @Nullable String outcome) {
        PlanFacts good = planWithRole();
        PlanFacts facts = switch (plan) {
            case "none" -> null;
            case "draft" -> new PlanFacts(7, PlanType.CHILDS_PLAN, null, good.assistantRole(), good.outcomesServed(),
                    null);
            case "without role" -> new PlanFacts(7, PlanType.CHILDS_PLAN, 1, null, List.of(), good.nextReview());
            case "role, no outcome" -> new PlanFacts(7, PlanType.CHILDS_PLAN, 1, good.assistantRole(), List.of(),
                    good.nextReview());
            case "review overdue" -> new PlanFacts(7, PlanType.CHILDS_PLAN, 1, good.assistantRole(),
                    good.outcomesServed(), TODAY.minusDays(1));
            default -> good;
        };
        RequestContext c = context();
        RequestContext withPlan = new RequestContext(c.yearGroup(), false, c.weekHours(), false, false, false, false,
                facts, null, Set.of());
        assertThat(lines(HoursEligibility.childsPlan(withPlan, TODAY))).isEqualTo(expected(outcome));
    }

    @Test
    void an_overdue_review_names_the_day_it_was_due() {
        PlanFacts good = planWithRole();
        RequestContext c = new RequestContext(YearGroup.P4, false, new BigDecimal("25"), false, false, false, false,
                new PlanFacts(7, PlanType.CHILDS_PLAN, 1, good.assistantRole(), good.outcomesServed(),
                        LocalDate.of(2026, 10, 31)), null, Set.of());
        assertThat(HoursEligibility.childsPlan(c, TODAY).getFirst().message().arguments()).containsExactly("31/10/2026");
    }

    @ParameterizedTest(name = "looked after {0}, named person decided otherwise {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "false, false, -",
            // deemed to have additional support needs: said, not refused (stage 3 still applies)
            "true,  false, NOTE namedPersonDecidedOtherwise asn.rule.lookedAfter",
            "true,  true,  REFUSAL namedPersonDecidedOtherwise asn.rule.namedPersonDecided",
            "false, true,  -",
    })
    void a_looked_after_child_has_asn_unless_the_named_person_decided_otherwise(boolean lookedAfter, boolean decided,
                                                                               @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setNamedPersonDecidedOtherwise(decided);
        RequestContext c = context();
        RequestContext looked = new RequestContext(c.yearGroup(), false, c.weekHours(), lookedAfter, false, false,
                false, c.plan(), null, Set.of());
        assertThat(lines(HoursEligibility.lookedAfter(a, looked))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "transition phase {0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "false, -",
            "true,  REFUSAL transitionPhase asn.rule.transition",
    })
    void no_hours_for_a_transition_phase(boolean transition, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setTransitionPhase(transition);
        assertThat(lines(HoursEligibility.transition(a))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0}, learning centre {1}, exceptional {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "S3,  false, false, -",
            "S4,  false, false, REFUSAL hoursAsked asn.rule.seniorPhase",
            "S6,  false, false, REFUSAL hoursAsked asn.rule.seniorPhase",
            // taught in a learning centre: no presumption
            "S5,  true,  false, -",
            // the highest needs rebut the presumption, for the officer to weigh
            "S5,  false, true,  WARNING hoursAsked asn.rule.seniorPhaseExceptional",
            "P7,  false, false, -",
    })
    void a_presumption_of_none_in_the_senior_phase_unless_in_a_learning_centre(YearGroup year, boolean centre,
                                                                              boolean exceptional,
                                                                              @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setExceptional(exceptional);
        a.setExceptionalReason(exceptional ? "Complex medical needs" : "");
        assertThat(lines(HoursEligibility.seniorPhase(a, context(year, centre)))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0} hours, exceptional {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "12,    false, -",
            "24.75, false, -",
            "25,    false, REFUSAL hoursAsked asn.rule.maximumExceptional",
            "25,    true,  -",
            "25.25, true,  REFUSAL hoursAsked asn.rule.overMaximum",
            "30,    false, REFUSAL hoursAsked asn.rule.overMaximum",
            "-,     false, -",
    })
    void never_more_than_25_hours_and_25_only_when_exceptional(@Nullable BigDecimal hours, boolean exceptional,
                                                               @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setHoursAsked(hours);
        a.setExceptional(exceptional);
        a.setExceptionalReason(exceptional ? "Two adults needed for safe moving and handling" : "");
        assertThat(lines(HoursEligibility.maximum(a))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0} asked: {1}")
    @CsvSource(nullValues = "-", value = {
            "10, -",
            "-,  REFUSAL hoursAsked asn.rule.hoursMissing",
    })
    void the_hours_asked_are_stated(@Nullable BigDecimal hours, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setHoursAsked(hours);
        assertThat(lines(HoursEligibility.hoursAsked(a))).isEqualTo(expected(outcome));
    }

    @ParameterizedTest(name = "{0} asked, {1} specialist, {2} independent in a {3}-hour week: considered {4}, {5}")
    @CsvSource(nullValues = "-", value = {
            "15, 3,  2,  25,   15,   -",
            // the week leaves 17 hours once specialist and independent time are set aside
            "20, 5,  3,  25,   17,   NOTE hoursAsked asn.rule.reduced",
            "20, -,  -,  25,   20,   -",
            "20, 10, 10, 27.5, 7.5,  NOTE hoursAsked asn.rule.reduced",
            // nothing left of the week for an assistant
            "5,  15, 10, 25,   0,    REFUSAL specialistHours asn.rule.noTimeLeft",
            "-,  3,  2,  25,   -,    -",
    })
    void hours_are_reduced_by_specialist_teacher_and_independent_time(@Nullable BigDecimal asked,
                                                                     @Nullable BigDecimal specialist,
                                                                     @Nullable BigDecimal independent,
                                                                     BigDecimal week,
                                                                     @Nullable BigDecimal considered,
                                                                     @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setHoursAsked(asked);
        a.setSpecialistHours(specialist);
        a.setIndependentHours(independent);
        RequestContext c = new RequestContext(YearGroup.P4, false, week, false, false, false, false, planWithRole(),
                null, Set.of());
        assertThat(lines(HoursEligibility.timeWithoutAssistant(a, c))).isEqualTo(expected(outcome));
        if (considered == null) {
            assertThat(HoursEligibility.hoursConsidered(a, c)).isNull();
        } else {
            assertThat(HoursEligibility.hoursConsidered(a, c)).isEqualByComparingTo(considered);
        }
    }

    @Test
    void a_reduction_says_how_many_hours_remain_and_why() {
        RequestAnswers a = complete();
        a.setHoursAsked(new BigDecimal("20"));
        a.setSpecialistHours(new BigDecimal("5"));
        a.setIndependentHours(new BigDecimal("3"));
        Violation v = HoursEligibility.timeWithoutAssistant(a, context()).getFirst().message();
        assertThat(v.arguments()).containsExactly(new BigDecimal("20"), new BigDecimal("17"), new BigDecimal("5"),
                new BigDecimal("3"), new BigDecimal("25"));
    }

    @ParameterizedTest(name = "{0}, behavioural {1}, attached {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "INDIVIDUALISED_CURRICULUM, false, -, -",
            "PERSISTENT_DISTRESS,       false, -, REFUSAL attachments asn.rule.distressDocument;REFUSAL attachments asn.rule.distressDocument",
            "PERSISTENT_DISTRESS,       false, INDIVIDUAL_PROTOCOL, REFUSAL attachments asn.rule.distressDocument",
            "PERSISTENT_DISTRESS,       false, INDIVIDUAL_PROTOCOL RISK_ASSESSMENT, -",
            "INDIVIDUALISED_CURRICULUM, true,  -, REFUSAL attachments asn.rule.behaviourDocument;REFUSAL attachments asn.rule.behaviourDocument",
            "INDIVIDUALISED_CURRICULUM, true,  BEHAVIOUR_PROTOCOL RISK_ASSESSMENT, -",
            // distress and behaviour: one risk assessment serves both, each protocol is asked for once
            "PERSISTENT_DISTRESS,       true,  RISK_ASSESSMENT, REFUSAL attachments asn.rule.distressDocument;REFUSAL attachments asn.rule.behaviourDocument",
            "PERSISTENT_DISTRESS,       true,  INDIVIDUAL_PROTOCOL BEHAVIOUR_PROTOCOL RISK_ASSESSMENT, -",
    })
    void distress_and_behaviour_come_with_their_protocols_and_a_risk_assessment(AsnCategory category,
                                                                               boolean behavioural,
                                                                               @Nullable String attached,
                                                                               @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setCategory(category);
        Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
        if (attached != null) {
            for (String k : attached.split(" ")) {
                kinds.add(AttachmentKind.valueOf(k));
            }
        }
        RequestContext c = context();
        RequestContext withDocs = new RequestContext(c.yearGroup(), false, c.weekHours(), false, false, behavioural,
                false, c.plan(), null, kinds);
        assertThat(lines(HoursEligibility.documents(a, withDocs))).isEqualTo(expected(outcome));
    }

    @Test
    void a_missing_document_is_named_in_the_sentence() {
        RequestAnswers a = complete();
        a.setCategory(AsnCategory.PERSISTENT_DISTRESS);
        RequestContext c = context().withAttached(Set.of(AttachmentKind.RISK_ASSESSMENT));
        assertThat(HoursEligibility.documents(a, c)).extracting(f -> f.message().arguments())
                .containsExactly(List.of("enum.AttachmentKind.INDIVIDUAL_PROTOCOL"));
    }

    @ParameterizedTest(name = "differentiation ''{0}'', independence ''{1}'', equipment ''{2}'': {3}")
    @CsvSource(nullValues = "-", value = {
            "Task boards, Visual timetable, Reading pen, -",
            "'',          Visual timetable, Reading pen, WARNING differentiation asn.rule.differentiation",
            "Task boards, '',               Reading pen, WARNING independence asn.rule.independence",
            "Task boards, Visual timetable, '',          WARNING equipment asn.rule.equipment",
    })
    void what_the_guidance_asks_to_consider_is_a_warning_not_a_refusal(String differentiation, String independence,
                                                                       String equipment, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setDifferentiation(differentiation);
        a.setIndependence(independence);
        a.setEquipment(equipment);
        List<Finding> found = new java.util.ArrayList<>();
        found.addAll(HoursEligibility.differentiation(a));
        found.addAll(HoursEligibility.independence(a));
        found.addAll(HoursEligibility.equipment(a));
        assertThat(lines(found)).isEqualTo(expected(outcome));
        assertThat(HoursEligibility.check(a, context(), TODAY).mayBeSubmitted()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} asked, {2} held, exceptional {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "P6,  10, 12, false, -",
            // as much as held now, or more: support is expected to reduce as the pupil gets older
            "P6,  12, 12, false, WARNING hoursAsked asn.rule.reduceWithAge",
            "P3,  15, 12, false, WARNING hoursAsked asn.rule.reduceWithAge",
            // apart from the highest needs
            "P6,  15, 12, true,  -",
            // new hours in secondary school
            "S2,  10, -,  false, WARNING hoursAsked asn.rule.newInSecondary",
            "P2,  10, -,  false, -",
            // early learning and childcare: nothing to reduce from yet
            "ELC, 15, 12, false, -",
    })
    void support_is_expected_to_reduce_with_age(YearGroup year, BigDecimal asked, @Nullable BigDecimal held,
                                                boolean exceptional, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setHoursAsked(asked);
        a.setExceptional(exceptional);
        RequestContext c = new RequestContext(year, false, new BigDecimal("25"), false, false, false, false,
                planWithRole(), held, Set.of());
        assertThat(lines(HoursEligibility.reducingWithAge(a, c))).isEqualTo(expected(outcome));
    }

    @Test
    void every_rule_is_reported_in_the_check_and_a_field_collects_its_own_findings() {
        RequestAnswers a = complete();
        a.setSifStage(2);
        a.setHoursAsked(new BigDecimal("26"));
        a.setTransitionPhase(true);
        a.setEquipment("");
        Check check = HoursEligibility.check(a, context(YearGroup.S5, false), TODAY);
        assertThat(check.findings()).extracting(Finding::rule).containsExactly(Rule.STAGE, Rule.TRANSITION,
                Rule.MAXIMUM, Rule.SENIOR_PHASE, Rule.TIME_WITHOUT_ASSISTANT, Rule.EQUIPMENT, Rule.REDUCING_WITH_AGE);
        assertThat(check.onField("hoursAsked")).extracting(Finding::severity).containsExactly(Severity.REFUSAL,
                Severity.REFUSAL, Severity.NOTE, Severity.WARNING);
        assertThat(check.mayBeSubmitted()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // kind,        exceptional marked, reason given, outcome
            "NONE,          false, false, -",
            "EARLY_YEARS,   false, false, NOTE exceptional asn.rule.midTermEarlyYears",
            "EXCEPTIONAL,   true,  true,  NOTE exceptional asn.rule.midTermExceptional",
            "EXCEPTIONAL,   true,  false, REFUSAL exceptionalReason asn.rule.exceptionalReason;NOTE exceptional asn.rule.midTermExceptional",
    })
    void a_mid_term_request_is_for_early_years_or_exceptional(RequestContext.MidTerm kind, boolean exceptional,
                                                             boolean reason, @Nullable String outcome) {
        RequestAnswers a = complete();
        a.setExceptional(exceptional);
        a.setExceptionalReason(reason ? "Arrived from another council in October with a seizure plan." : "");
        RequestContext c = context();
        RequestContext mid = new RequestContext(c.yearGroup(), false, c.weekHours(), false, false, false, false,
                c.plan(), null, Set.of(), kind);
        List<Finding> found = HoursEligibility.check(a, mid, TODAY).findings().stream()
                .filter(f -> f.rule() == Rule.MID_TERM || f.rule() == Rule.EXCEPTIONAL_REASON).toList();
        assertThat(lines(found)).isEqualTo(expected(outcome));
    }
}
