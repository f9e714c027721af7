package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.allocations.domain.MoveRules.Action;
import org.waymark.allocations.domain.MoveRules.Line;
import org.waymark.allocations.domain.MoveRules.Move;
import org.waymark.allocations.domain.MoveRules.Outcome;
import org.waymark.organisation.domain.CalendarFixtures;
import org.waymark.organisation.domain.Phase;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.YearGroup;

/**
 * Moves and leavers on the English calendar fixture: 2025/26 summer term 13 Apr - 22 Jul 2026;
 * 2026/27 autumn 2 Sep - 18 Dec 2026, spring 4 Jan - 25 Mar 2027, summer 12 Apr - 21 Jul 2027.
 */
class MoveRulesTest {

    @ParameterizedTest(name = "[{index}] {0} {1} {2}..{3} ({4}, made in {5}, now {6}, to secondary {7}) on {8}"
            + " told {9}: {10}")
    @CsvSource(nullValues = "-", value = {
            // reason,          stream, line start, line end,   ended, made, now, 2ry,  on,         told,
            //   action,   last day,   why,                new start,  new end,    review by

            // Scotland's assistant hours: a leaver's stop the day before they left, whenever the authority was told
            "LEFT,          ASN_HOURS, 2026-09-02, 2027-07-21, -,     P3,   P3,  false, 2026-10-05, 2026-10-20,"
                    + " STOP,     2026-10-04, LEFT_HOURS_STOPPED, -,          -,          -",
            "NEVER_TOOK_UP_PLACE, ASN_HOURS, 2026-09-02, 2027-07-21, -, P3, P3, false, 2026-10-05, 2026-10-05,"
                    + " STOP,     2026-10-04, LEFT_HOURS_STOPPED, -,          -,          -",
            // and follow a pupil who moves within the authority: the receiving school gains them from the move
            "MOVED_SCHOOL,  ASN_HOURS, 2026-09-02, 2027-07-21, -,     P3,   P3,  false, 2026-11-02, 2026-11-10,"
                    + " FOLLOW,   2026-11-01, MOVED,              2026-11-02, 2027-07-21, -",
            // a leaver: one month from the day the authority was told, not from the leaving day
            "LEFT,                AFN, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2026-10-05, 2026-10-20,"
                    + " STOP,     2026-11-20, LEFT,               -,          -,          -",
            "LEFT,                HLN, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2026-10-05, 2026-10-05,"
                    + " STOP,     2026-11-05, LEFT,               -,          -,          -",
            // month-end clamping: told on 31 January, funded to the end of February
            "NEVER_TOOK_UP_PLACE, HLN, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2027-01-04, 2027-01-31,"
                    + " STOP,     2027-02-28, NEVER_TOOK_UP_PLACE, -,         -,          -",
            "LEFT,                AFN, 2027-09-02, 2028-07-21, -,     Y4,   Y4,  false, 2028-01-20, 2028-01-31,"
                    + " STOP,     2028-02-29, LEFT,               -,          -,          -",
            "LEFT,                AFN, 2026-09-02, 2027-07-21, -,     Y4,   Y4,  false, 2026-12-18, 2026-12-31,"
                    + " STOP,     2027-01-31, LEFT,               -,          -,          -",
            "LEFT,                AFN, 2026-09-02, 2027-07-21, -,     Y4,   Y4,  false, 2026-11-30, 2026-11-30,"
                    + " STOP,     2026-12-30, LEFT,               -,          -,          -",
            // the line ends within the month anyway: it runs to its own end
            "LEFT,                AFN, 2026-09-02, 2027-07-21, -,     Y4,   Y4,  false, 2027-07-01, 2027-07-01,"
                    + " NONE,     -,          -,                  -,          -,          -",
            // a line due to start after the month never runs
            "LEFT,                AFN, 2027-01-04, 2027-07-21, -,     Y4,   Y4,  false, 2026-11-02, 2026-11-02,"
                    + " STOP,     2027-01-03, LEFT,               -,          -,          -",

            // an unplanned move within the authority: AFN and FNF stop at the old school one month
            // after the authority was told; HLN follows the pupil from the day of the move
            "MOVED_SCHOOL,        AFN, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2026-11-02, 2026-11-16,"
                    + " STOP,     2026-12-16, MOVED_AWAY,         -,          -,          -",
            "MOVED_SCHOOL,        FNF, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2026-11-02, 2026-11-16,"
                    + " STOP,     2026-12-16, MOVED_AWAY,         -,          -,          -",
            "MOVED_SCHOOL,        HLN, 2026-09-02, 2027-07-21, -,     Y3,   Y3,  false, 2026-11-02, 2026-11-16,"
                    + " FOLLOW,   2026-11-01, MOVED,              2026-11-02, 2027-07-21, -",
            // a line that starts after the move goes on at the new school from its own start
            "MOVED_SCHOOL,        HLN, 2027-01-04, 2027-07-21, -,     Y3,   Y3,  false, 2026-11-02, 2026-11-02,"
                    + " FOLLOW,   2027-01-03, MOVED,              2027-01-04, 2027-07-21, -",

            // a planned transition: HLN follows; AFN stops on the last day at the old school (no month)
            "PLANNED_TRANSITION,  AFN, 2026-09-02, 2027-07-21, -,     Y9,   Y9,  false, 2027-01-04, 2027-01-06,"
                    + " STOP,     2027-01-03, PLANNED_TRANSITION, -,          -,          -",
            "PLANNED_TRANSITION,  HLN, 2026-09-02, 2027-07-21, -,     Y9,   Y9,  false, 2027-01-04, 2027-01-06,"
                    + " FOLLOW,   2027-01-03, MOVED,              2027-01-04, 2027-07-21, -",
            // at the end of the year the family's money has already ended: nothing to do
            "PLANNED_TRANSITION,  AFN, 2025-09-03, 2026-07-22, -,     Y6,   Y7,  true,  2026-09-02, 2026-09-02,"
                    + " NONE,     -,          -,                  -,          -,          -",

            // Year 6 award moving in July, while it runs: to the secondary school, run on to the review
            "PLANNED_TRANSITION,  HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y6,  true,  2026-07-13, 2026-07-13,"
                    + " FOLLOW,   2026-07-12, MOVED,              2026-07-13, 2027-05-31, 2027-05-31",
            // ... and in September, after it ran to the end of Key Stage 2, year group rolled on or not
            "PLANNED_TRANSITION,  HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y7,  true,  2026-09-02, 2026-09-20,"
                    + " CARRY_ON, -,          -,                  2026-09-02, 2027-05-31, 2027-05-31",
            "PLANNED_TRANSITION,  HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y6,  true,  2026-09-02, 2026-09-02,"
                    + " CARRY_ON, -,          -,                  2026-09-02, 2027-05-31, 2027-05-31",
            "MOVED_SCHOOL,        HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y7,  true,  2026-11-09, 2026-11-10,"
                    + " CARRY_ON, -,          -,                  2026-11-09, 2027-05-31, 2027-05-31",
            // ... but not to a primary school, nor after the autumn term of Year 7
            "MOVED_SCHOOL,        HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y7,  false, 2026-09-02, 2026-09-02,"
                    + " NONE,     -,          -,                  -,          -,          -",
            "MOVED_SCHOOL,        HLN, 2026-04-13, 2026-07-22, -,     Y6,   Y7,  true,  2027-01-04, 2027-01-04,"
                    + " NONE,     -,          -,                  -,          -,          -",
            // ... nor an award that ended before the end of the year, or was stopped
            "PLANNED_TRANSITION,  HLN, 2025-09-03, 2026-02-27, -,     Y6,   Y7,  true,  2026-09-02, 2026-09-02,"
                    + " NONE,     -,          -,                  -,          -,          -",
            "PLANNED_TRANSITION,  HLN, 2026-04-13, 2026-07-22, LEFT,  Y6,   Y7,  true,  2026-09-02, 2026-09-02,"
                    + " NONE,     -,          -,                  -,          -,          -",
            // an award made in Year 4 for the key stage ended with it: not carried (seed 4.24)
            "PLANNED_TRANSITION,  HLN, 2024-09-04, 2026-07-22, -,     Y4,   Y7,  true,  2026-09-02, 2026-09-02,"
                    + " NONE,     -,          -,                  -,          -,          -",
            // not Year 6: a move to secondary school follows without a review
            "MOVED_SCHOOL,        HLN, 2026-09-02, 2027-07-21, -,     Y8,   Y8,  true,  2026-11-02, 2026-11-02,"
                    + " FOLLOW,   2026-11-01, MOVED,              2026-11-02, 2027-07-21, -",
            "MOVED_SCHOOL,        HLN, 2026-09-02, 2027-07-21, -,     Y5,   Y5,  true,  2026-11-02, 2026-11-02,"
                    + " FOLLOW,   2026-11-01, MOVED,              2026-11-02, 2027-07-21, -",
            // a line recorded before the year group was kept: the pupil's year group now decides
            "PLANNED_TRANSITION,  HLN, 2026-04-13, 2026-07-22, -,     -,    Y6,  true,  2026-07-13, 2026-07-13,"
                    + " FOLLOW,   2026-07-12, MOVED,              2026-07-13, 2027-05-31, 2027-05-31",
    })
    void each_line_is_moved_stopped_or_carried_by_the_rules(
            EnrolmentEndReason reason, FundingStream stream, LocalDate start, LocalDate end,
            @Nullable AllocationEnd ended, @Nullable YearGroup madeIn, YearGroup now, boolean toSecondary,
            LocalDate on, LocalDate told, Action action, @Nullable LocalDate lastDay, @Nullable AllocationEnd why,
            @Nullable LocalDate newStart, @Nullable LocalDate newEnd, @Nullable LocalDate reviewBy) {
        List<Outcome> outcomes = MoveRules.plan(List.of(new Line(stream, start, end, ended, madeIn)),
                new Move(reason, on, told, now, toSecondary), CalendarFixtures.england());
        assertThat(outcomes).containsExactly(new Outcome(action, lastDay, why, newStart, newEnd, reviewBy));
    }

    @Test
    void an_ended_year_6_award_is_not_carried_when_the_pupil_already_holds_hln_at_the_move() {
        Line year6 = new Line(FundingStream.HLN, LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"), null,
                YearGroup.Y6);
        Line newAward = new Line(FundingStream.HLN, LocalDate.parse("2026-09-02"), LocalDate.parse("2027-07-21"), null,
                YearGroup.Y7);
        Move move = new Move(EnrolmentEndReason.PLANNED_TRANSITION, LocalDate.parse("2026-09-14"),
                LocalDate.parse("2026-09-14"), YearGroup.Y7, true);
        List<Outcome> outcomes = MoveRules.plan(List.of(year6, newAward), move, CalendarFixtures.england());
        assertThat(outcomes).extracting(Outcome::action).containsExactly(Action.NONE, Action.FOLLOW);
        assertThat(outcomes.get(1).reviewDueBy()).isNull();
    }

    @Test
    void of_two_ended_year_6_lines_only_the_later_is_carried() {
        // the award moved between primary schools during Year 6: the first line ended on the move
        Line atFirst = new Line(FundingStream.HLN, LocalDate.parse("2026-01-05"), LocalDate.parse("2026-03-01"),
                AllocationEnd.MOVED, YearGroup.Y6);
        Line atSecond = new Line(FundingStream.HLN, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-07-22"), null,
                YearGroup.Y6);
        Move move = new Move(EnrolmentEndReason.PLANNED_TRANSITION, LocalDate.parse("2026-09-02"),
                LocalDate.parse("2026-09-02"), YearGroup.Y7, true);
        assertThat(MoveRules.plan(List.of(atFirst, atSecond), move, CalendarFixtures.england()))
                .extracting(Outcome::action).containsExactly(Action.NONE, Action.CARRY_ON);
    }

    @ParameterizedTest(name = "told {0}: funded to {1}")
    @CsvSource({
            "2027-03-15, 2027-04-15",
            // at month end: the last day of the shorter month
            "2027-01-31, 2027-02-28",
            "2028-01-31, 2028-02-29",
            "2026-11-30, 2026-12-30",
            "2026-12-31, 2027-01-31",
    })
    void funding_runs_one_month_from_the_day_the_authority_was_told(LocalDate told, LocalDate lastDay) {
        assertThat(MoveRules.oneMonthAfter(told)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "moved {0}: review by {1}")
    @CsvSource({
            "2027-09-01, 2028-05-31",
            "2027-07-21, 2028-05-31",
            "2027-05-31, 2028-05-31",
            "2027-01-10, 2027-05-31",
    })
    void a_year_6_transfer_is_reviewed_by_the_following_may(LocalDate movedOn, LocalDate due) {
        assertThat(MoveRules.year6ReviewDue(movedOn)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} takes Year 7: {1}")
    @CsvSource({"SECONDARY, true", "ALL_THROUGH, true", "PRIMARY, false", "SPECIAL, false", "EARLY_YEARS, false"})
    void secondary_and_all_through_schools_receive_year_6_transfers(Phase phase, boolean receives) {
        assertThat(MoveRules.receivesSecondaryPupils(phase)).isEqualTo(receives);
    }
}
