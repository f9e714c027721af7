package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanDiffTest {

    @Test
    void the_same_content_has_no_differences() {
        assertThat(PlanDiff.between(PlanFixtures.content(), PlanFixtures.content())).isEmpty();
    }

    @Test
    void an_added_outcome_a_changed_date_and_a_removed_agency_are_reported() {
        PlanContent before = PlanFixtures.content();
        PlanContent after = before
                .withOutcomes(List.of(
                        new PlanContent.Outcome("O1", "Follows a two-step instruction in class", LocalDate.of(2028, 7, 20)),
                        new PlanContent.Outcome("O2", "Joins a playground game with a friend", LocalDate.of(2027, 7, 21)),
                        new PlanContent.Outcome("O3", "Reads a short book aloud", LocalDate.of(2028, 7, 20))))
                .withSupportAround(before.assistantRole(), before.equipment(), List.of());
        List<PlanDiff.Change> changes = PlanDiff.between(before, after);
        assertThat(changes).extracting(PlanDiff.Change::kind, PlanDiff.Change::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.CHANGED, "outcomes/O1/targetDate"),
                org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.REMOVED, "agencies/1"),
                org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.ADDED, "outcomes/O3/text"),
                org.assertj.core.groups.Tuple.tuple(PlanDiff.Kind.ADDED, "outcomes/O3/targetDate"));
        assertThat(changes.getFirst().before()).isEqualTo("2027-07-21");
        assertThat(changes.getFirst().after()).isEqualTo("2028-07-20");
        assertThat(changes.getFirst().section()).isEqualTo("outcomes");
    }

    @Test
    void reordering_outcomes_is_not_a_change_but_whose_words_a_statement_is_is() {
        PlanContent before = PlanFixtures.content();
        PlanContent reordered = before.withOutcomes(List.of(before.outcomes().get(1), before.outcomes().get(0)));
        assertThat(PlanDiff.between(before, reordered)).isEmpty();
        PlanContent revoiced = before.withProfile(
                List.of(new PlanContent.Statement(Voice.PARENT, "Drawing dragons and my dog Pip")),
                before.likedFor(), before.howToSupport());
        assertThat(PlanDiff.between(before, revoiced)).singleElement()
                .satisfies(c -> assertThat(c.path()).isEqualTo("whatMatters/1"));
    }

    @Test
    void a_changed_cost_is_reported_but_a_different_scale_of_the_same_number_is_not() {
        PlanContent before = PlanFixtures.content();
        PlanContent.Provision p = before.provisions().getFirst();
        PlanContent sameValue = before.withProvisions(List.of(new PlanContent.Provision(p.outcomeKey(), p.what(),
                p.who(), p.frequency(), new BigDecimal("1.50"), new BigDecimal("1850.00"), p.language(), p.groupSize())));
        assertThat(PlanDiff.between(before, sameValue)).isEmpty();
        PlanContent dearer = before.withProvisions(List.of(new PlanContent.Provision(p.outcomeKey(), p.what(),
                p.who(), p.frequency(), p.hoursPerWeek(), new BigDecimal("2100"), p.language(), p.groupSize())));
        assertThat(PlanDiff.between(before, dearer)).extracting(PlanDiff.Change::path)
                .containsExactly("provisions/O1.1/annualCost");
    }
}
