package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

/** An EHC plan's own sections: stored and read back, old versions still read, compared, checked and carried. */
class EhcSectionsTest {

    static PlanContent.Provision provision(String key, String what, String hours) {
        return EhcSectionsFixtures.provision(key, what, hours);
    }

    static PlanContent ehcp() {
        return EhcSectionsFixtures.ehcp();
    }

    @Test
    void the_sections_are_stored_and_read_back_unchanged() {
        PlanContent content = ehcp();
        assertThat(PlanContentCodec.decode(PlanContentCodec.encode(content))).isEqualTo(content);
    }

    @Test
    void a_version_stored_before_the_sections_existed_still_reads_with_them_empty() {
        String stored = "{\"whatMatters\":[{\"voice\":\"CHILD\",\"text\":\"Dogs\"}],\"likedFor\":[],\"howToSupport\":[],"
                + "\"needs\":[{\"area\":\"COGNITION_LEARNING\",\"description\":\"Reading\"}],"
                + "\"outcomes\":[{\"key\":\"O1\",\"text\":\"Reads\",\"targetDate\":\"2027-07-21\"}],"
                + "\"provisions\":[{\"outcomeKey\":\"O1\",\"what\":\"Phonics\",\"who\":\"TA\",\"frequency\":\"Daily\","
                + "\"hoursPerWeek\":2.5,\"annualCost\":1500,\"language\":\"ENGLISH\",\"groupSize\":\"PAIRED\"}],"
                + "\"assistantRole\":null,\"equipment\":[],\"agencies\":[\"EP service\"]}";
        PlanContent content = PlanContentCodec.decode(stored);
        assertThat(content.ehc()).isEqualTo(EhcSections.empty());
        assertThat(content.provisions().getFirst().hoursPerWeek()).isEqualByComparingTo("2.5");
        assertThat(content.agencies()).containsExactly("EP service");
        // and the nine-part constructor others use still makes the same content
        assertThat(new PlanContent(content.whatMatters(), content.likedFor(), content.howToSupport(), content.needs(),
                content.outcomes(), content.provisions(), null, content.equipment(), content.agencies()))
                .isEqualTo(content);
    }

    @Test
    void only_section_f_counts_in_the_hours_a_week() {
        assertThat(ehcp().totalHoursPerWeek()).isEqualByComparingTo(PlanFixtures.content().totalHoursPerWeek());
    }

    @Test
    void differences_cover_every_new_section() {
        PlanContent before = PlanFixtures.content();
        List<PlanDiff.Change> changes = PlanDiff.between(before, ehcp());
        assertThat(changes).extracting(PlanDiff.Change::section).containsOnly("aspirations", "healthNeeds",
                "socialCareNeeds", "healthProvision", "socialCareSection2", "otherSocialCare", "placement",
                "personalBudget", "advice");
        assertThat(changes).allMatch(c -> c.kind() == PlanDiff.Kind.ADDED);
        PlanContent moved = ehcp().withEhc(ehcp().ehc().withPlacement(
                new EhcSections.Placement("Brookside Special School", PlacementType.SPECIAL_SCHOOL),
                ehcp().ehc().personalBudget()));
        assertThat(PlanDiff.between(ehcp(), moved)).extracting(PlanDiff.Change::path, PlanDiff.Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("placement/name", "Brookside Special School"),
                        org.assertj.core.groups.Tuple.tuple("placement/type", "SPECIAL_SCHOOL"));
    }

    @Test
    void care_provision_must_serve_an_outcome_and_an_ehcp_is_issued_only_quantified() {
        PlanContent c = ehcp();
        assertThat(PlanRules.validate(c)).isEmpty();
        assertThat(PlanRules.readyToIssueEhcp(c)).isEmpty();
        PlanContent stray = c.withEhc(c.ehc().withCareProvision(List.of(provision("O9", "Physio", "1")), List.of(),
                List.of(provision("O2", "Family support", "0"))));
        assertThat(PlanRules.validate(stray)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("healthProvision.0", "plan.provision.unknownOutcome"));
        assertThat(PlanRules.readyToIssueEhcp(stray)).extracting(Violation::field)
                .contains("otherSocialCare.0");
        // other plans keep today's rule: no quantity needed to agree
        assertThat(PlanRules.readyToAgree(stray.withEhc(EhcSections.empty()))).isEmpty();
    }

    @Test
    void direct_payments_are_part_of_the_budget_and_advice_has_a_date() {
        PlanContent c = ehcp();
        PlanContent over = c.withEhc(c.ehc().withPlacement(c.ehc().placement(),
                new EhcSections.PersonalBudget("Short breaks", new BigDecimal("100"), new BigDecimal("200"))));
        assertThat(PlanRules.validate(over)).extracting(Violation::messageKey)
                .containsExactly("plan.ehc.budget.directPayments");
        PlanContent undated = c.withEhc(c.ehc().withAdvice(List.of(new EhcSections.Advice("EP", LocalDate.MIN))));
        assertThat(PlanRules.validate(undated)).extracting(Violation::field).containsExactly("advice.0");
    }

    @Test
    void gaps_name_the_empty_sections_to_check_before_issuing() {
        assertThat(PlanRules.ehcGaps(ehcp())).isEmpty();
        assertThat(PlanRules.ehcGaps(PlanContent.empty())).containsExactly("plan.ehc.section.A", "plan.ehc.section.B",
                "plan.ehc.section.I", "plan.ehc.section.K");
    }

    @Test
    void an_achieved_outcome_takes_its_health_and_care_provision_with_it() {
        PlanReview.ReviewRecord record = new PlanReview.ReviewRecord(LocalDate.of(2026, 11, 1), "",
                List.of(new PlanReview.ReviewedOutcome("O1", "", OutcomeProgress.ACHIEVED, ""),
                        new PlanReview.ReviewedOutcome("O2", "", OutcomeProgress.PARTLY, "")), List.of());
        PlanContent next = ReviewRules.carryForward(ehcp(), record);
        assertThat(next.ehc().healthProvision()).isEmpty();
        assertThat(next.ehc().socialCareSection2()).extracting(PlanContent.Provision::outcomeKey).containsExactly("O2");
        assertThat(next.ehc().placement()).isEqualTo(ehcp().ehc().placement());
    }
}
