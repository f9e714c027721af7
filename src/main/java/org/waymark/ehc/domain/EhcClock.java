package org.waymark.ehc.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The statutory clock of an EHC needs assessment (SEND Regulations 2014; SEND Code of Practice 9.
 * 14–9.16): time limits in <em>calendar</em> weeks and days — school holidays and bank holidays count
 * like any other day — from the day a step starts (the request received, the advice asked for, the
 * draft sent, the school consulted), that day not counting. A statutory exception recorded on the
 * case ({@link EhcPause}) stops the clock: each day of it after the step started pushes the due
 * date back one day; while an exception is still open its days run up to today.
 */
public final class EhcClock {

    public static final int DECISION_WEEKS = 6;
    public static final int ADVICE_WEEKS = 6;
    public static final int NO_PLAN_WEEKS = 16;
    public static final int FINAL_WEEKS = 20;
    public static final int COMMENT_DAYS = 15;
    public static final int CONSULTATION_DAYS = 15;
    /** The shortest period of the exceptions that need 4 weeks or more. */
    public static final int FOUR_WEEKS = 28;

    private EhcClock() {
    }

    /** A period that does not count: both ends counting; an open end runs to today. */
    public record Pause(LocalDate from, @Nullable LocalDate to) {
    }

    /** The time limit of a step in calendar days. */
    public static int days(AssessmentStep step) {
        return switch (step) {
            case DECISION -> DECISION_WEEKS * 7;
            case ADVICE -> ADVICE_WEEKS * 7;
            case DRAFT -> NO_PLAN_WEEKS * 7;
            case COMMENTS -> COMMENT_DAYS;
            case CONSULTATION -> CONSULTATION_DAYS;
            case FINAL -> FINAL_WEEKS * 7;
        };
    }

    /** The due date of a step started on {@code start}, with no exception recorded. */
    public static LocalDate due(AssessmentStep step, LocalDate start) {
        return start.plusDays(days(step));
    }

    /**
     * The due date of a step started on {@code start}, pushed back by the days of the exceptions
     * that fall after the start and on or before the (pushed) due date; an open exception counts up
     * to {@code today}.
     */
    public static LocalDate due(AssessmentStep step, LocalDate start, List<Pause> pauses, LocalDate today) {
        LocalDate due = due(step, start);
        for (Pause p : merged(pauses, today)) {
            if (p.from().isAfter(due)) {
                break;
            }
            LocalDate from = p.from().isAfter(start) ? p.from() : start.plusDays(1);
            LocalDate to = p.to() == null ? today : p.to();
            if (!to.isBefore(from)) {
                due = due.plusDays(ChronoUnit.DAYS.between(from, to) + 1);
            }
        }
        return due;
    }

    /** Pauses in order, overlapping or touching ones joined, open ones ending today. */
    static List<Pause> merged(List<Pause> pauses, LocalDate today) {
        List<Pause> sorted = new ArrayList<>(pauses.stream()
                .map(p -> new Pause(p.from(), p.to() == null ? today : p.to()))
                .filter(p -> !p.to().isBefore(p.from()))
                .sorted(Comparator.comparing(Pause::from)).toList());
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            if (!out.isEmpty() && !p.from().isAfter(out.getLast().to().plusDays(1))) {
                Pause last = out.removeLast();
                out.add(new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether an exception is open on {@code today}. */
    public static boolean paused(List<Pause> pauses, LocalDate today) {
        return pauses.stream().anyMatch(p -> !p.from().isAfter(today) && (p.to() == null || !p.to().isBefore(today)));
    }

    /**
     * Where a step stands on a day: its due date; when not overdue the calendar days left after today
     * up to and including the due date (0 on the due day); when overdue the days since the due date
     * (today counting); whether an exception pauses the clock today.
     */
    public record Standing(LocalDate due, boolean overdue, long days, boolean paused) {

        /** Due from today to six days ahead: within this week. */
        public boolean dueWithinWeek() {
            return !overdue && days < 7;
        }
    }

    public static Standing standing(LocalDate due, LocalDate today, boolean paused) {
        if (!today.isAfter(due)) {
            return new Standing(due, false, ChronoUnit.DAYS.between(today, due), paused);
        }
        return new Standing(due, true, ChronoUnit.DAYS.between(due, today), paused);
    }

    /** Whether a step done on {@code doneOn} was late against its due date. */
    public static boolean late(LocalDate due, LocalDate doneOn) {
        return doneOn.isAfter(due);
    }
}
