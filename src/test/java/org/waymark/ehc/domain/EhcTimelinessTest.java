package org.waymark.ehc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 19: an assessment's steps against their limits, worked by hand at the edges. */
class EhcTimelinessTest {

    private static final LocalDate FROM = LocalDate.parse("2026-04-01");
    private static final LocalDate TO = LocalDate.parse("2027-03-31");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    private static List<EhcTimeliness.Counted> steps(EhcTimeliness.Facts facts) {
        return EhcTimeliness.steps(facts, FROM, TO, TODAY);
    }

    @Test
    void a_step_done_on_its_last_day_is_on_time_and_a_day_later_is_late() {
        // received 1 June: decision due 13 July (6 weeks), final plan due 19 October (20 weeks)
        LocalDate received = LocalDate.parse("2026-06-01");
        EhcTimeliness.Facts onTheDay = new EhcTimeliness.Facts(AssessmentStatus.ISSUED, received,
                LocalDate.parse("2026-07-13"), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-19"), List.of(),
                List.of());
        assertThat(steps(onTheDay)).extracting(EhcTimeliness.Counted::step, EhcTimeliness.Counted::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.DECISION, EhcTimeliness.State.ON_TIME),
                        org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.DRAFT, EhcTimeliness.State.ON_TIME),
                        org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.FINAL, EhcTimeliness.State.ON_TIME));
        EhcTimeliness.Facts dayLate = new EhcTimeliness.Facts(AssessmentStatus.ISSUED, received,
                LocalDate.parse("2026-07-14"), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-20"), List.of(),
                List.of());
        assertThat(steps(dayLate)).extracting(EhcTimeliness.Counted::state)
                .containsExactly(EhcTimeliness.State.LATE, EhcTimeliness.State.ON_TIME, EhcTimeliness.State.LATE);
    }

    @Test
    void an_exception_pushes_the_limit_back_by_its_days() {
        LocalDate received = LocalDate.parse("2026-06-01");
        // the final plan is issued 5 days after its 20 weeks, but a 7-day exception was recorded
        EhcTimeliness.Facts facts = new EhcTimeliness.Facts(AssessmentStatus.ISSUED, received,
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-24"),
                List.of(new EhcClock.Pause(LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-07"))), List.of());
        EhcTimeliness.Counted last = steps(facts).getLast();
        assertThat(last.step()).isEqualTo(EhcTimeliness.Step.FINAL);
        assertThat(last.due()).isEqualTo(LocalDate.parse("2026-10-26"));
        assertThat(last.state()).isEqualTo(EhcTimeliness.State.ON_TIME);
    }

    @Test
    void a_case_closed_without_assessing_counts_its_decision_only_and_open_steps_are_overdue_or_not_yet_due() {
        EhcTimeliness.Facts refused = new EhcTimeliness.Facts(AssessmentStatus.NOT_ASSESSED, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-20"), null, LocalDate.parse("2026-06-20"), List.of(), List.of());
        assertThat(steps(refused)).extracting(EhcTimeliness.Counted::step).containsExactly(EhcTimeliness.Step.DECISION);
        EhcTimeliness.Facts open = new EhcTimeliness.Facts(AssessmentStatus.ASSESSING, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-08-01"), null, null, List.of(),
                List.of(new EhcTimeliness.Advice(LocalDate.parse("2026-10-20"), null)));
        // draft due 21 Oct: overdue; final due 18 Nov (today): not yet due; advice due 1 Dec: not yet due
        assertThat(steps(open)).extracting(EhcTimeliness.Counted::step, EhcTimeliness.Counted::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.DECISION, EhcTimeliness.State.ON_TIME),
                        org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.DRAFT, EhcTimeliness.State.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.FINAL, EhcTimeliness.State.NOT_DUE),
                        org.assertj.core.groups.Tuple.tuple(EhcTimeliness.Step.ADVICE, EhcTimeliness.State.NOT_DUE));
    }

    @Test
    void a_limit_outside_the_year_is_not_counted() {
        EhcTimeliness.Facts lastYear = new EhcTimeliness.Facts(AssessmentStatus.ISSUED, LocalDate.parse("2025-09-01"),
                LocalDate.parse("2025-10-01"), LocalDate.parse("2025-12-01"), LocalDate.parse("2026-01-10"), List.of(),
                List.of());
        assertThat(steps(lastYear)).isEmpty();
    }
}
