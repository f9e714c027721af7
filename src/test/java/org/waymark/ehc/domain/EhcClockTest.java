package org.waymark.ehc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.TransitionException;
import org.waymark.pupils.domain.AreaOfNeed;

/**
 * The EHC needs assessment's clock (SEND Regulations 2014): calendar weeks and days from the day a
 * step starts — Christmas, Easter, half-terms and bank holidays count like any day — pushed back by
 * the days of the statutory exceptions that fall within it.
 */
class EhcClockTest {

    @ParameterizedTest(name = "{0} started {1}: due {2}")
    @CsvSource({
            // decision whether to assess: 6 weeks, across the Christmas holiday (no school days matter)
            "DECISION, 2026-12-01, 2027-01-12",
            // the request on a Saturday: the clock still starts that day
            "DECISION, 2026-11-21, 2027-01-02",
            // across Easter 2027 (Good Friday 26 March, Easter Monday 29 March)
            "ADVICE, 2027-03-15, 2027-04-26",
            // the decision not to issue: 16 weeks
            "DRAFT, 2026-09-07, 2026-12-28",
            // the final plan: 20 weeks, from the autumn term into the spring
            "FINAL, 2026-11-18, 2027-04-07",
            // over a leap day: 20 weeks from 1 Feb 2028 is 20 June
            "FINAL, 2028-02-01, 2028-06-20",
            // the summer holiday counts: 20 weeks from 1 July
            "FINAL, 2027-07-01, 2027-11-18",
            // the parents' 15 days and the school's 15 days, across the New Year
            "COMMENTS, 2026-12-22, 2027-01-06",
            "CONSULTATION, 2027-05-28, 2027-06-12",
    })
    void steps_are_due_in_calendar_days(AssessmentStep step, LocalDate start, LocalDate due) {
        assertThat(EhcClock.due(step, start)).isEqualTo(due);
        assertThat(EhcClock.due(step, start, List.of(), start)).isEqualTo(due);
    }

    @ParameterizedTest(name = "final from 2026-11-18, paused {0}..{1}, today {2}: due {3}")
    @CsvSource({
            // a closed 30-day exception inside the window pushes the plan back 30 days
            "2026-12-14, 2027-01-12, 2027-02-01, 2027-05-07",
            // an exception that began before the request counts only from the day after it
            "2026-11-01, 2026-11-28, 2027-02-01, 2027-04-17",
            // an exception wholly after the due date does not move it
            "2027-05-01, 2027-05-31, 2027-06-01, 2027-04-07",
            // an exception that starts on the due date pushes it by its length
            "2027-04-07, 2027-04-10, 2027-05-01, 2027-04-11",
            // an open exception runs up to today: 10 days so far (5 to 14 January)
            "2027-01-05, , 2027-01-14, 2027-04-17",
            // opened today: one day
            "2026-12-01, , 2026-12-01, 2027-04-08",
    })
    void exceptions_pause_the_clock(LocalDate from, @Nullable LocalDate to, LocalDate today, LocalDate due) {
        assertThat(EhcClock.due(AssessmentStep.FINAL, LocalDate.parse("2026-11-18"),
                List.of(new EhcClock.Pause(from, to)), today)).isEqualTo(due);
    }

    @Test
    void overlapping_exceptions_count_each_day_once_and_a_push_can_bring_the_next_one_in() {
        LocalDate start = LocalDate.parse("2026-11-18"); // decision due 30 Dec
        List<EhcClock.Pause> overlapping = List.of(new EhcClock.Pause(LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-10")), new EhcClock.Pause(LocalDate.parse("2026-12-05"),
                LocalDate.parse("2026-12-14")));
        // 1..14 December is 14 days, not 20
        assertThat(EhcClock.due(AssessmentStep.DECISION, start, overlapping, start.plusYears(1)))
                .isEqualTo(LocalDate.parse("2027-01-13"));
        // the first pause (10 days) pushes the due date to 9 Jan, so a pause from 5 Jan now falls inside it
        List<EhcClock.Pause> chained = List.of(new EhcClock.Pause(LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-10")), new EhcClock.Pause(LocalDate.parse("2027-01-05"),
                LocalDate.parse("2027-01-07")));
        assertThat(EhcClock.due(AssessmentStep.DECISION, start, chained, start.plusYears(1)))
                .isEqualTo(LocalDate.parse("2027-01-12"));
    }

    @ParameterizedTest(name = "due {0}, today {1}: overdue={2}, {3} days, this week={4}")
    @CsvSource({
            "2026-11-18, 2026-11-18, false, 0, true",
            "2026-11-24, 2026-11-18, false, 6, true",
            "2026-11-25, 2026-11-18, false, 7, false",
            // late counted in calendar days, weekends included
            "2026-11-13, 2026-11-16, true, 3, false",
            "2026-12-18, 2027-01-05, true, 18, false",
    })
    void standing_counts_calendar_days(LocalDate due, LocalDate today, boolean overdue, long days, boolean week) {
        EhcClock.Standing s = EhcClock.standing(due, today, false);
        assertThat(s.overdue()).isEqualTo(overdue);
        assertThat(s.days()).isEqualTo(days);
        assertThat(s.dueWithinWeek()).isEqualTo(week);
    }

    @ParameterizedTest(name = "paused {0}..{1} on {2}: {3}")
    @CsvSource({
            "2026-11-01, 2026-11-30, 2026-11-30, true",
            "2026-11-01, 2026-11-30, 2026-12-01, false",
            "2026-11-01, , 2027-03-01, true",
            "2026-12-01, , 2026-11-30, false",
    })
    void paused_while_an_exception_covers_the_day(LocalDate from, @Nullable LocalDate to, LocalDate day,
                                                  boolean paused) {
        assertThat(EhcClock.paused(List.of(new EhcClock.Pause(from, to)), day)).isEqualTo(paused);
    }

    @ParameterizedTest(name = "{0} {1}..{2}: {3}")
    @CsvSource({
            "AWAY_FROM_AREA, 2026-12-01, 2026-12-28, ",
            "AWAY_FROM_AREA, 2026-12-01, 2026-12-27, ehc.pause.fourWeeks",
            "INSTITUTION_CLOSED, 2026-12-01, 2026-12-20, ehc.pause.fourWeeks",
            "PERSONAL_CIRCUMSTANCES, 2026-12-01, 2026-12-03, ",
            "PERSONAL_CIRCUMSTANCES, 2026-12-05, 2026-12-03, ehc.pause.endBeforeStart",
            // still open: the length is not known yet
            "AWAY_FROM_AREA, 2026-12-01, , ",
    })
    void exceptions_that_need_four_weeks_span_at_least_28_days(ClockException reason, LocalDate from,
                                                               @Nullable LocalDate to, @Nullable String refusal) {
        var problems = EhcRules.pause(reason, "Recorded with the parents", from, to, LocalDate.parse("2026-11-01"),
                LocalDate.parse("2027-06-01"));
        if (refusal == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(v -> v.messageKey()).containsExactly(refusal);
        }
    }

    @ParameterizedTest(name = "{0}: open steps {1}")
    @CsvSource(delimiter = '|', value = {
            "REQUESTED | , , , | DECISION",
            "ASSESSING | , , , | DRAFT FINAL",
            "DRAFT | , , , | DRAFT FINAL",
            "DRAFT | 2026-11-01, , , | COMMENTS FINAL",
            "DRAFT | 2026-11-01, 2026-11-10, , | FINAL",
            "DRAFT | 2026-11-01, 2026-11-10, 2026-11-11, | CONSULTATION FINAL",
            "DRAFT | 2026-11-01, , 2026-11-11, 2026-11-20 | COMMENTS FINAL",
            "ISSUED | 2026-11-01, 2026-11-10, 2026-11-11, 2026-11-20 | ",
            "NOT_ASSESSED | , , , | ",
    })
    void the_steps_open_follow_the_case(AssessmentStatus status, String dates, @Nullable String open) {
        String[] d = (dates + " ").split(",", -1);
        List<AssessmentStep> expected = new ArrayList<>();
        if (open != null) {
            for (String s : open.trim().split(" ")) {
                expected.add(AssessmentStep.valueOf(s));
            }
        }
        assertThat(CaseSteps.open(status, day(d[0]), day(d[1]), day(d[2]), day(d[3]))).isEqualTo(expected);
    }

    private static @Nullable LocalDate day(String value) {
        return value.isBlank() ? null : LocalDate.parse(value.trim());
    }

    @Test
    void a_case_walks_from_request_to_issue_and_refuses_steps_out_of_order() {
        LocalDate received = LocalDate.parse("2026-09-07");
        EhcAssessment a = EhcAssessment.request(1, 2, 3, new EhcAssessment.Request(RequestSource.PARENT,
                "Hannah Carver", "", "Reading and speech well behind", List.of(AreaOfNeed.COMMUNICATION_INTERACTION,
                AreaOfNeed.COGNITION_LEARNING), received), "caseworker", "parent", Instant.EPOCH);
        assertThat(a.needAreas()).containsExactly(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.COMMUNICATION_INTERACTION);
        assertThatThrownBy(() -> a.startDraft(9)).isInstanceOf(TransitionException.class);
        a.decideToAssess(received.plusWeeks(5), "");
        a.pause(new EhcPause(ClockException.PERSONAL_CIRCUMSTANCES, "In hospital", received.plusWeeks(6), null, "cw"));
        assertThatThrownBy(() -> a.pause(new EhcPause(ClockException.AWAY_FROM_AREA, "Away",
                received.plusWeeks(7), null, "cw"))).isInstanceOf(IllegalStateException.class);
        a.endPause(received.plusWeeks(6).plusDays(9));
        assertThat(a.openPause()).isNull();
        // ten days paused: the final plan is due ten days later than 20 weeks
        assertThat(EhcClock.due(AssessmentStep.FINAL, received, a.periods(), received.plusWeeks(30)))
                .isEqualTo(received.plusWeeks(20).plusDays(10));
        a.startDraft(9);
        assertThatThrownBy(() -> a.parentsReplied(received.plusWeeks(15), "")).isInstanceOf(IllegalStateException.class);
        a.sendDraft(received.plusWeeks(14));
        a.parentsReplied(received.plusWeeks(16), "Larkfield Primary School");
        a.consultSchool(received.plusWeeks(16), "Larkfield Primary School");
        a.schoolAnswered(received.plusWeeks(18));
        a.issue(received.plusWeeks(19));
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.ISSUED);
        assertThat(a.doneOn(AssessmentStep.FINAL)).isEqualTo(received.plusWeeks(19));
        assertThatThrownBy(() -> a.reassign("other")).isInstanceOf(TransitionException.class);
    }

    @Test
    void advice_is_late_when_it_comes_back_after_six_weeks_or_has_not_by_then() {
        LocalDate asked = LocalDate.parse("2026-12-01");
        EhcAdvice onTime = EhcAdvice.request(1, AdviceKind.HEALTH, "", asked);
        onTime.returned(asked.plusWeeks(6), "cw");
        assertThat(onTime.late(List.of(), asked.plusWeeks(10))).isFalse();
        EhcAdvice late = EhcAdvice.request(1, AdviceKind.HEALTH, "", asked);
        late.returned(asked.plusWeeks(6).plusDays(1), "cw");
        assertThat(late.late(List.of(), asked.plusWeeks(10))).isTrue();
        EhcAdvice missing = EhcAdvice.request(1, AdviceKind.EDUCATIONAL_PSYCHOLOGY, "", asked);
        assertThat(missing.late(List.of(), asked.plusWeeks(6))).isFalse();
        assertThat(missing.late(List.of(), asked.plusWeeks(6).plusDays(1))).isTrue();
        // paused for a week: not late yet
        assertThat(missing.late(List.of(new EhcClock.Pause(asked.plusDays(3), asked.plusDays(9))),
                asked.plusWeeks(6).plusDays(1))).isFalse();
        assertThatThrownBy(() -> EhcAdvice.request(1, AdviceKind.OTHER, " ", asked))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
