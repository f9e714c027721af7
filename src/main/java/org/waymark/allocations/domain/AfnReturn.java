package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * AFN a family returns when the authority awards HLN to the same pupil (SPEC §5, §7): the AFN
 * line stops the day before the HLN starts, and the family gets back the share of the yearly
 * amount for the days it no longer runs — by calendar days of the line's own period, to the penny.
 */
public final class AfnReturn {

    private AfnReturn() {
    }

    /**
     * @param amount  the AFN line's amount for its whole period
     * @param start   the first day of the line
     * @param end     the last day it would have run
     * @param lastDay the last day it now runs (before {@code start}: it never ran, all of it comes back)
     */
    public static BigDecimal share(BigDecimal amount, LocalDate start, LocalDate end, LocalDate lastDay) {
        if (!lastDay.isBefore(end)) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (lastDay.isBefore(start)) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long notRun = ChronoUnit.DAYS.between(lastDay, end);
        return amount.multiply(BigDecimal.valueOf(notRun)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    /** The last day AFN runs for a pupil whose HLN starts on {@code highNeedsStart}. */
    public static LocalDate lastDayBefore(LocalDate highNeedsStart) {
        return highNeedsStart.minusDays(1);
    }
}
