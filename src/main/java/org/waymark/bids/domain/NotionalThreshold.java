package org.waymark.bids.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.waymark.organisation.domain.Term;

/**
 * The part of the notional SEN budget (£6,000 by default) a school must show it has spent on a
 * pupil before asking for top-up. A pupil who joined part-way through the school year counts
 * pro rata: the threshold times the share of the year's school days (weekdays in term, bank
 * holidays excluded) from the day they joined. Rounded to whole pounds.
 */
public final class NotionalThreshold {

    public static final BigDecimal DEFAULT = new BigDecimal("6000");

    private NotionalThreshold() {
    }

    /** The threshold that applies, and how it was worked out. */
    public record Threshold(BigDecimal amount, BigDecimal fullYear, long schoolDaysAttended, long schoolDaysInYear) {
        public boolean proRata() {
            return schoolDaysAttended < schoolDaysInYear;
        }
    }

    /**
     * @param yearTerms the terms of the school year the bid is made in
     * @param joined    the day the pupil started at the school
     */
    public static Threshold forPupil(BigDecimal fullYear, List<Term> yearTerms, Set<LocalDate> bankHolidays,
                                     LocalDate joined) {
        long total = 0;
        long attended = 0;
        for (Term term : yearTerms) {
            for (LocalDate day = term.startDate(); !day.isAfter(term.endDate()); day = day.plusDays(1)) {
                if (isSchoolDay(day, bankHolidays)) {
                    total++;
                    if (!day.isBefore(joined)) {
                        attended++;
                    }
                }
            }
        }
        if (total == 0) {
            return new Threshold(fullYear, fullYear, 0, 0);
        }
        BigDecimal amount = fullYear.multiply(BigDecimal.valueOf(attended))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP);
        return new Threshold(amount, fullYear, attended, total);
    }

    static boolean isSchoolDay(LocalDate day, Set<LocalDate> bankHolidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }
}
