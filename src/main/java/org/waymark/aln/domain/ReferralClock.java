package org.waymark.aln.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.waymark.organisation.domain.SchoolCalendar;

/**
 * The clock on a school's referral to the authority (ALN Code 12.40): the school should refer
 * within 20 school days of the day it became apparent that the pupil has ALN it cannot reasonably
 * be expected to provide for (or that the case must go to the authority). School days are counted
 * on the authority's calendar — its terms, minus its breaks in term (half-term) and its nation's
 * bank holidays — the day the need became apparent not counting. A date past the term dates the
 * authority has entered cannot be counted: then there is no due date yet.
 */
public final class ReferralClock {

    public static final int SCHOOL_DAYS = 20;

    private ReferralClock() {
    }

    /** The last day to refer: the 20th school day after the need became apparent. */
    public static Optional<LocalDate> dueBy(SchoolCalendar calendar, LocalDate needApparentOn) {
        return calendar.addSchoolDays(needApparentOn, SCHOOL_DAYS);
    }

    /**
     * Where a referral stands against its due date on a given day: when not overdue, the school days
     * left after today up to and including the due date; when overdue, the school days since the due
     * date up to and including today.
     */
    public record Standing(boolean overdue, long schoolDays) {
    }

    /**
     * On {@code today}: how many school days are left up to and including the due date, or — once
     * the due date has passed — how many school days late it is (today counting).
     */
    public static Standing standing(SchoolCalendar calendar, LocalDate dueBy, LocalDate today) {
        if (!today.isAfter(dueBy)) {
            return new Standing(false, calendar.schoolDaysBetween(today, dueBy));
        }
        return new Standing(true, calendar.schoolDaysBetween(dueBy, today));
    }

    /** Whether a referral sent on {@code sentOn} was late against its due date. */
    public static boolean late(LocalDate dueBy, LocalDate sentOn) {
        return sentOn.isAfter(dueBy);
    }
}
