package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

/** What a review record must hold and how it shapes the next draft. */
class ReviewRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    static PlanReview.ReviewRecord record(List<PlanReview.ReviewedOutcome> outcomes, List<PlanReview.NewOutcome> added) {
        return new PlanReview.ReviewRecord(TODAY, "Good progress", outcomes, added);
    }

    static PlanReview.ReviewedOutcome marked(String key, OutcomeProgress progress) {
        return new PlanReview.ReviewedOutcome(key, "text of " + key, progress, "");
    }

    @Test
    void every_outcome_is_marked_exactly_once() {
        PlanContent reviewed = PlanFixtures.content();
        assertThat(ReviewRules.validate(reviewed, record(List.of(marked("O1", OutcomeProgress.ACHIEVED)), List.of()),
                TODAY)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outcomes.O2", "review.outcome.markEach"));
        assertThat(ReviewRules.validate(reviewed, record(List.of(marked("O1", OutcomeProgress.ACHIEVED),
                marked("O1", OutcomeProgress.PARTLY), marked("O2", OutcomeProgress.NOT_YET)), List.of()), TODAY))
                .extracting(Violation::field).containsExactly("outcomes.O1");
        assertThat(ReviewRules.validate(reviewed, record(List.of(marked("O1", OutcomeProgress.ACHIEVED),
                marked("O2", OutcomeProgress.NOT_YET), marked("O9", OutcomeProgress.PARTLY)), List.of()), TODAY))
                .extracting(Violation::messageKey).containsExactly("plan.provision.unknownOutcome");
    }

    @Test
    void the_meeting_is_not_in_the_future_and_new_outcomes_have_text_and_a_later_target() {
        PlanContent reviewed = PlanContent.empty();
        assertThat(ReviewRules.validate(reviewed, new PlanReview.ReviewRecord(TODAY.plusDays(1), "", List.of(),
                List.of()), TODAY)).extracting(Violation::messageKey).containsExactly("review.heldOn.future");
        assertThat(ReviewRules.validate(reviewed, record(List.of(), List.of(
                new PlanReview.NewOutcome(" ", TODAY.plusMonths(6)),
                new PlanReview.NewOutcome("Reads a short book aloud", TODAY))), TODAY))
                .extracting(Violation::field, Violation::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("newOutcomes.0", "plan.text.required"),
                        org.assertj.core.groups.Tuple.tuple("newOutcomes.1", "review.newOutcome.targetDate"));
    }

    @Test
    void achieved_outcomes_leave_with_their_provision_and_new_ones_get_the_next_keys() {
        PlanContent draft = PlanFixtures.content();
        PlanContent next = ReviewRules.carryForward(draft, record(List.of(marked("O1", OutcomeProgress.ACHIEVED),
                marked("O2", OutcomeProgress.PARTLY)), List.of(
                new PlanReview.NewOutcome("Reads a short book aloud", LocalDate.of(2028, 7, 20)))));
        assertThat(next.outcomes()).extracting(PlanContent.Outcome::key).containsExactly("O2", "O3");
        assertThat(next.outcomes().getLast().text()).isEqualTo("Reads a short book aloud");
        assertThat(next.provisions()).isEmpty(); // the only provision served O1
        assertThat(next.assistantRole()).isNull(); // the assistant served O1 only
        assertThat(next.whatMatters()).isEqualTo(draft.whatMatters());
        assertThat(next.equipment()).isEqualTo(draft.equipment());
        assertThat(PlanRules.validate(next)).isEmpty();
    }

    @Test
    void outcomes_not_yet_or_partly_met_stay_with_their_provision() {
        PlanContent draft = PlanFixtures.content();
        PlanContent next = ReviewRules.carryForward(draft, record(List.of(marked("O1", OutcomeProgress.NOT_YET),
                marked("O2", OutcomeProgress.PARTLY)), List.of()));
        assertThat(next).isEqualTo(draft);
    }
}
