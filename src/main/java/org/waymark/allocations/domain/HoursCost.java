package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.waymark.organisation.domain.SchoolCalendar;

/**
 * What hours a week of an ASN assistant come to over school days: a school week is five school
 * days, so a day holds a fifth of the week's hours; the hours over a stretch of school days are
 * the weekly hours times the days over five, and they cost that many hours at the authority's
 * hourly rate. The council's calendar says which days are school days (terms less weekends and
 * bank holidays). Used alike for the cost of a session, a term's statement and the overpayment
 * when a pupil moves.
 */
public final class HoursCost {

    /** School days in a school week. */
    public static final int DAYS_A_WEEK = 5;

    private HoursCost() {
    }

    /** The school days of a line held between two days (both included), by the calendar. */
    public static long schoolDaysHeld(Allocation line, LocalDate from, LocalDate to, SchoolCalendar calendar) {
        LocalDate start = line.getStartDate().isAfter(from) ? line.getStartDate() : from;
        LocalDate end = line.getEndDate().isBefore(to) ? line.getEndDate() : to;
        return end.isBefore(start) || line.ranNever() ? 0 : calendar.schoolDaysBetween(start.minusDays(1), end);
    }

    /** Assistant hours over {@code schoolDays}: the weekly hours times the days over five, to the hundredth. */
    public static BigDecimal hours(BigDecimal hoursAWeek, long schoolDays) {
        return hoursAWeek.multiply(BigDecimal.valueOf(schoolDays))
                .divide(BigDecimal.valueOf(DAYS_A_WEEK), 2, RoundingMode.HALF_UP);
    }

    /** What hours a week cost over {@code schoolDays} at {@code hourlyRate}, to the penny. */
    public static BigDecimal cost(BigDecimal hoursAWeek, BigDecimal hourlyRate, long schoolDays) {
        return hoursAWeek.multiply(hourlyRate).multiply(BigDecimal.valueOf(schoolDays))
                .divide(BigDecimal.valueOf(DAYS_A_WEEK), 2, RoundingMode.HALF_UP);
    }

    /** School days as school weeks, to the tenth. */
    public static BigDecimal weeks(long schoolDays) {
        return BigDecimal.valueOf(schoolDays).divide(BigDecimal.valueOf(DAYS_A_WEEK), 1, RoundingMode.HALF_UP);
    }
}
