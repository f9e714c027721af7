package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annual review's statutory dates, in calendar days, on pinned dates across year ends and leap days. */
class AnnualReviewClockTest {

    @ParameterizedTest(name = "issued or last reviewed {0} → meeting by {1}")
    @CsvSource({
            "2026-11-18, 2027-11-18",
            "2026-12-31, 2027-12-31",
            "2028-02-29, 2029-02-28",   // a leap day: 12 calendar months on is the last day of February
            "2027-02-28, 2028-02-28",
            "2025-01-31, 2026-01-31",
    })
    void the_meeting_is_due_within_twelve_months(LocalDate from, LocalDate due) {
        assertThat(AnnualReviewClock.meetingDue(from)).isEqualTo(due);
    }

    @ParameterizedTest(name = "meeting {0} → papers by {1}")
    @CsvSource({
            "2027-01-05, 2026-12-22",   // across the year end, backwards
            "2028-03-07, 2028-02-22",   // across a leap February
            "2027-03-07, 2027-02-21",
            "2026-11-18, 2026-11-04",
    })
    void the_papers_go_out_two_weeks_before_the_meeting(LocalDate meeting, LocalDate due) {
        assertThat(AnnualReviewClock.paperworkDue(meeting)).isEqualTo(due);
    }

    @ParameterizedTest(name = "held {0} → report by {1}, decision by {2}")
    @CsvSource({
            "2026-12-20, 2027-01-03, 2027-01-17",
            "2028-02-15, 2028-02-29, 2028-03-14",
            "2027-02-15, 2027-03-01, 2027-03-15",
            "2026-11-18, 2026-12-02, 2026-12-16",
    })
    void report_in_two_weeks_and_decision_in_four(LocalDate held, LocalDate report, LocalDate decision) {
        assertThat(AnnualReviewClock.reportDue(held)).isEqualTo(report);
        assertThat(AnnualReviewClock.decisionDue(held)).isEqualTo(decision);
    }

    @ParameterizedTest(name = "amendments sent {0} → comments by {1}, amended plan by {2}")
    @CsvSource({
            "2026-12-10, 2026-12-24, 2027-02-04",
            "2027-12-20, 2028-01-03, 2028-02-14",
            "2028-01-10, 2028-01-24, 2028-03-06",   // eight weeks across 29 February
    })
    void amendments_fifteen_days_to_comment_and_eight_weeks_to_issue(LocalDate sent, LocalDate comments,
                                                                     LocalDate issue) {
        assertThat(AnnualReviewClock.commentsDue(sent)).isEqualTo(comments);
        assertThat(AnnualReviewClock.amendedPlanDue(sent)).isEqualTo(issue);
    }

    @ParameterizedTest(name = "due {0}, today {1} → {2} days left, overdue {3}")
    @CsvSource({
            "2027-01-03, 2026-12-30, 4, false",
            "2027-01-03, 2027-01-03, 0, false",
            "2027-01-03, 2027-01-04, -1, true",
            "2026-12-31, 2027-01-10, -10, true",
            "2028-03-01, 2028-02-28, 2, false",
    })
    void days_left_and_overdue(LocalDate due, LocalDate today, long left, boolean overdue) {
        AnnualReviewClock.StepDue step = new AnnualReviewClock.StepDue(AnnualReviewClock.Step.REPORT, due, null);
        assertThat(step.daysLeft(today)).isEqualTo(left);
        assertThat(step.overdue(today)).isEqualTo(overdue);
    }

    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    @Test
    void before_the_meeting_the_papers_are_the_step_to_watch_and_later_steps_have_no_date() {
        var facts = new AnnualReviewClock.Facts(DUE, LocalDate.of(2027, 1, 10), null, null, null, null, null, null,
                null);
        List<AnnualReviewClock.StepDue> steps = AnnualReviewClock.steps(facts);
        assertThat(steps).extracting(AnnualReviewClock.StepDue::step).containsExactly(AnnualReviewClock.Step.PAPERWORK,
                AnnualReviewClock.Step.MEETING, AnnualReviewClock.Step.REPORT, AnnualReviewClock.Step.DECISION);
        assertThat(steps).extracting(AnnualReviewClock.StepDue::dueBy).containsExactly(LocalDate.of(2026, 12, 27),
                DUE, null, null);
        assertThat(AnnualReviewClock.next(facts)).map(AnnualReviewClock.StepDue::step)
                .contains(AnnualReviewClock.Step.PAPERWORK);
    }

    @Test
    void after_a_late_meeting_the_report_is_next_and_the_meeting_counts_as_late() {
        var facts = new AnnualReviewClock.Facts(DUE, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 20), null, null, null, null, null);
        List<AnnualReviewClock.StepDue> steps = AnnualReviewClock.steps(facts);
        assertThat(steps.get(1).late()).isTrue();
        assertThat(steps.get(0).late()).isFalse(); // papers on 2 Jan for a 20 Jan meeting: due by 6 Jan
        assertThat(AnnualReviewClock.next(facts)).map(AnnualReviewClock.StepDue::step)
                .contains(AnnualReviewClock.Step.REPORT);
    }

    @Test
    void a_decision_to_amend_adds_the_amended_plan_and_nothing_else_follows_other_decisions() {
        var amend = new AnnualReviewClock.Facts(DUE, DUE, DUE.minusDays(20), DUE, DUE.plusDays(7),
                ReviewDecision.AMEND, DUE.plusDays(20), DUE.plusDays(20), null);
        assertThat(AnnualReviewClock.next(amend)).map(AnnualReviewClock.StepDue::dueBy)
                .contains(DUE.plusDays(20 + 56));
        var cease = new AnnualReviewClock.Facts(DUE, DUE, DUE.minusDays(20), DUE, DUE.plusDays(7),
                ReviewDecision.CEASE, DUE.plusDays(20), null, null);
        assertThat(AnnualReviewClock.steps(cease)).hasSize(4);
        assertThat(AnnualReviewClock.next(cease)).isEmpty();
    }

    @Test
    void papers_never_recorded_for_a_meeting_held_are_passed_not_overdue() {
        var facts = new AnnualReviewClock.Facts(DUE, LocalDate.of(2027, 1, 10), null, LocalDate.of(2027, 1, 10),
                null, null, null, null, null);
        List<AnnualReviewClock.StepDue> steps = AnnualReviewClock.steps(facts);
        assertThat(AnnualReviewClock.passed(steps, steps.getFirst())).isTrue();
        assertThat(AnnualReviewClock.passed(steps, steps.get(2))).isFalse();
        assertThat(AnnualReviewClock.next(facts)).map(AnnualReviewClock.StepDue::step)
                .contains(AnnualReviewClock.Step.REPORT);
        // the decision made: an unrecorded report is passed too, and nothing is left
        var decided = new AnnualReviewClock.Facts(DUE, LocalDate.of(2027, 1, 10), null, LocalDate.of(2027, 1, 10),
                null, ReviewDecision.MAINTAIN, LocalDate.of(2027, 1, 30), null, null);
        assertThat(AnnualReviewClock.next(decided)).isEmpty();
    }
}
