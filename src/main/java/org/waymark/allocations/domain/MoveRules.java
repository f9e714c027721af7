package org.waymark.allocations.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.YearGroup;

/**
 * What a move or a leaver does to each of a pupil's ledger lines (seed 4.15, 4.23, 4.30;
 * SPEC §6-7):
 * <ul>
 * <li><b>Leaver</b> (left, not by planned transition, or never took up the place): every line
 * stops one calendar month after the day the <em>authority was told</em> (the same day next
 * month, or that month's last day when it is shorter) — the seed asks schools to tell the
 * authority as soon as they know, and the month runs from then, not from the leaving day.</li>
 * <li><b>Unplanned move</b> within the authority: HLN (and other streams that follow the pupil)
 * stops at the old school the day before the move and goes on at the new school from the move
 * to its own end. AFN and FNF do not follow the pupil (seed 4.15): the old school keeps them
 * for one month after the authority was told, as for a leaver, and then they stop.</li>
 * <li><b>Planned transition</b>: HLN follows as on any move. AFN and FNF do not follow and, the
 * move being planned, get no month's run-on — the seed keeps the month for pupils who leave
 * "other than through planned transition" — so they stop on the pupil's last day at the old
 * school (a transition at the end of a school year usually finds them already ended).</li>
 * <li><b>Year 6 transfer</b>: a new HLN award made while the pupil was in Year 6 follows them to
 * the receiving secondary school and is reviewed by the May after the move (seed 4.23); it
 * runs there at least to that review. A move recorded after the award ran to the end of Key
 * Stage 2 (the usual case: a September start, perhaps after the pupil's year group rolled on
 * to Year 7) still finds it, as long as the award ran to the end of a school year and the move
 * falls no later than the end of the term that follows it (the summer holiday or the autumn
 * term of Year 7), and the pupil holds no other HLN line by then. The secondary school is the
 * one the move names: the pupil record keeps no separate transfer school.</li>
 * <li><b>Scotland's assistant hours</b> follow the pupil on a move within the authority like HLN
 * (the receiving school gains them from the move); when the pupil leaves they stop the day before
 * the move, not a month after the authority was told: the school's hours drop from the move and
 * finance recovers what was paid since (the ASN feature works out that overpayment).</li>
 * </ul>
 * A line that ended before the move, or never ran, is otherwise left as it is.
 */
public final class MoveRules {

    private MoveRules() {
    }

    /**
     * A move or a leaver as the pupil record reports it.
     *
     * @param on          the first day at the new school, or the day the pupil left
     * @param notifiedOn  the day the authority was told
     * @param yearGroup   the pupil's year group when the move was recorded
     * @param toSecondary the new school takes secondary pupils ({@link #receivesSecondaryPupils})
     */
    public record Move(EnrolmentEndReason reason, LocalDate on, LocalDate notifiedOn, YearGroup yearGroup,
                       boolean toSecondary) {

        boolean leaving() {
            return reason == EnrolmentEndReason.LEFT || reason == EnrolmentEndReason.NEVER_TOOK_UP_PLACE;
        }
    }

    /**
     * A ledger line as the rules see it.
     *
     * @param endReason     why it stopped early (null when it runs, or ran, to its own end)
     * @param decidedInYear the pupil's year group when it was decided (null when not recorded)
     */
    public record Line(FundingStream stream, LocalDate start, LocalDate end, @Nullable AllocationEnd endReason,
                       @Nullable YearGroup decidedInYear) {

        public static Line of(Allocation a) {
            return new Line(a.getStream(), a.getStartDate(), a.getEndDate(), a.getEndReason(), a.getDecidedInYear());
        }

        boolean ranNever() {
            return end.isBefore(start);
        }
    }

    /** What to do with one line. */
    public enum Action {
        /** Nothing changes. */
        NONE,
        /** The line stops on {@code lastDay}. */
        STOP,
        /** The line stops at the old school on {@code lastDay} and goes on at the new school. */
        FOLLOW,
        /** The line, already ended, goes on at the secondary school (a Year 6 transfer). */
        CARRY_ON
    }

    /**
     * @param lastDay     the line's new last day (STOP, FOLLOW); before its start when it never ran
     * @param endReason   why it stops (STOP, FOLLOW)
     * @param newStart    the first day at the new school (FOLLOW, CARRY_ON)
     * @param newEnd      the last day at the new school (FOLLOW, CARRY_ON)
     * @param reviewDueBy when the line at the new school is to be reviewed (a Year 6 transfer)
     */
    public record Outcome(Action action, @Nullable LocalDate lastDay, @Nullable AllocationEnd endReason,
                          @Nullable LocalDate newStart, @Nullable LocalDate newEnd, @Nullable LocalDate reviewDueBy) {

        static final Outcome NONE = new Outcome(Action.NONE, null, null, null, null, null);
    }

    /** Schools a Year 6 pupil transfers to: secondary schools, and all-through schools from Year 7. */
    public static boolean receivesSecondaryPupils(Phase phase) {
        return phase == Phase.SECONDARY || phase == Phase.ALL_THROUGH;
    }

    /** The outcome for each line, in the order given. */
    public static List<Outcome> plan(List<Line> lines, Move move, SchoolCalendar calendar) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Line line : lines) {
            outcomes.add(outcome(line, move));
        }
        int carried = endedYear6Award(lines, move, calendar);
        if (carried >= 0) {
            LocalDate review = year6ReviewDue(move.on());
            outcomes.set(carried, new Outcome(Action.CARRY_ON, null, null, move.on(), review, review));
        }
        return outcomes;
    }

    /** The last funded day after the authority was told, on {@code notifiedOn}, that a pupil left. */
    public static LocalDate oneMonthAfter(LocalDate notifiedOn) {
        return notifiedOn.plusMonths(1);
    }

    /** A Year 6 HLN award that moves to secondary school is reviewed by the May after the move. */
    public static LocalDate year6ReviewDue(LocalDate movedOn) {
        LocalDate endOfMay = LocalDate.of(movedOn.getYear(), Month.MAY, 31);
        return endOfMay.isAfter(movedOn) ? endOfMay : endOfMay.plusYears(1);
    }

    private static Outcome outcome(Line line, Move move) {
        if (line.ranNever() || line.end().isBefore(move.on())) {
            return Outcome.NONE;
        }
        if (move.leaving()) {
            if (line.stream().inHours()) {
                // assistant hours drop from the move: finance recovers what the school was paid since
                return stop(line, move.on().minusDays(1), AllocationEnd.LEFT_HOURS_STOPPED);
            }
            return stop(line, oneMonthAfter(move.notifiedOn()), move.reason() == EnrolmentEndReason.NEVER_TOOK_UP_PLACE
                    ? AllocationEnd.NEVER_TOOK_UP_PLACE : AllocationEnd.LEFT);
        }
        if (line.stream().followsPupil()) {
            LocalDate review = line.stream() == FundingStream.HLN && move.toSecondary() && madeInYear6(line, move)
                    ? year6ReviewDue(move.on()) : null;
            LocalDate end = review != null && review.isAfter(line.end()) ? review : line.end();
            return new Outcome(Action.FOLLOW, lastDay(line, move.on().minusDays(1)), AllocationEnd.MOVED,
                    line.start().isAfter(move.on()) ? line.start() : move.on(), end, review);
        }
        // AFN and FNF stay with the family and do not follow the pupil
        return move.reason() == EnrolmentEndReason.PLANNED_TRANSITION
                ? stop(line, move.on().minusDays(1), AllocationEnd.PLANNED_TRANSITION)
                : stop(line, oneMonthAfter(move.notifiedOn()), AllocationEnd.MOVED_AWAY);
    }

    /** A stop that shortens the line; one that would not is no change. */
    private static Outcome stop(Line line, LocalDate lastDay, AllocationEnd reason) {
        return lastDay.isBefore(line.end())
                ? new Outcome(Action.STOP, lastDay(line, lastDay), reason, null, null, null)
                : Outcome.NONE;
    }

    /** A last day before the line starts becomes the day before it starts: it never ran. */
    private static LocalDate lastDay(Line line, LocalDate lastDay) {
        return lastDay.isBefore(line.start()) ? line.start().minusDays(1) : lastDay;
    }

    /** Made in Year 6: as recorded on the line, or for a line recorded without it, the pupil in Year 6 now. */
    private static boolean madeInYear6(Line line, Move move) {
        return line.decidedInYear() != null ? line.decidedInYear() == YearGroup.Y6 : move.yearGroup() == YearGroup.Y6;
    }

    /**
     * The index of the Year 6 award that ended before a move to secondary school and goes on
     * there, or -1: the latest such line, none when the pupil holds HLN at the move anyway.
     */
    private static int endedYear6Award(List<Line> lines, Move move, SchoolCalendar calendar) {
        if (move.leaving() || !move.toSecondary()) {
            return -1;
        }
        boolean holdsHln = lines.stream().anyMatch(l -> l.stream() == FundingStream.HLN && !l.ranNever()
                && !l.end().isBefore(move.on()));
        if (holdsHln) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.stream() == FundingStream.HLN && !l.ranNever() && l.endReason() == null
                    && l.decidedInYear() == YearGroup.Y6 && l.end().isBefore(move.on())
                    && endsSchoolYear(l.end(), calendar) && !move.on().isAfter(transferWindowEnd(l.end(), calendar))
                    && (found < 0 || l.end().isAfter(lines.get(found).end()))) {
                found = i;
            }
        }
        return found;
    }

    /** The last day of a summer term, or 31 August where the authority has not entered that year's terms. */
    private static boolean endsSchoolYear(LocalDate day, SchoolCalendar calendar) {
        return calendar.terms().stream().anyMatch(t -> t.termName() == TermName.SUMMER && t.endDate().equals(day))
                || day.getMonth() == Month.AUGUST && day.getDayOfMonth() == 31;
    }

    /** The end of the first term after the award ended (31 December when that term is not entered). */
    private static LocalDate transferWindowEnd(LocalDate awardEnd, SchoolCalendar calendar) {
        return calendar.termAfter(awardEnd).map(Term::endDate)
                .orElse(LocalDate.of(awardEnd.getYear(), Month.DECEMBER, 31));
    }
}
