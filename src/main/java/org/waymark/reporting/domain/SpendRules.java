package org.waymark.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Spend of the allocation ledger's lines in a window of days, as the ledger itself shares a line
 * out when AFN is returned: a line's amount is for its whole period, spread evenly over its
 * calendar days, so a window holding {@code d} of a line's {@code n} days costs
 * {@code amount × d / n}. A line whose end comes before its start never ran and costs nothing.
 */
public final class SpendRules {

    private SpendRules() {
    }

    /** A ledger line: its amount for the whole period and its first and last days (both included). */
    public record Line(BigDecimal amount, LocalDate start, LocalDate end) {
        public long days() {
            return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** Days of the line inside the window {@code from}..{@code to} (both included). */
    public static long daysWithin(Line line, LocalDate from, LocalDate to) {
        LocalDate first = line.start().isAfter(from) ? line.start() : from;
        LocalDate last = line.end().isBefore(to) ? line.end() : to;
        return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** What the line costs inside the window, unrounded (sums are rounded once, at the end). */
    public static BigDecimal costWithin(Line line, LocalDate from, LocalDate to) {
        long days = line.days();
        long within = daysWithin(line, from, to);
        if (days == 0 || within == 0) {
            return BigDecimal.ZERO;
        }
        return line.amount().multiply(BigDecimal.valueOf(within)).divide(BigDecimal.valueOf(days), 10,
                RoundingMode.HALF_UP);
    }

    /**
     * Spend of a financial year as it stands {@code today}: spent so far (from the year's first day
     * to today, or the whole year once it is over) and forecast to the year's end from the lines'
     * effective dates — a line ending in June costs nothing after June, one starting in January
     * costs from January.
     */
    public static Position position(Line line, LocalDate yearStart, LocalDate yearEnd, LocalDate today) {
        LocalDate spentTo = today.isBefore(yearEnd) ? today : yearEnd;
        BigDecimal spent = spentTo.isBefore(yearStart) ? BigDecimal.ZERO : costWithin(line, yearStart, spentTo);
        return new Position(spent, costWithin(line, yearStart, yearEnd));
    }

    /** Spent so far and forecast for the whole year (forecast includes what is spent). */
    public record Position(BigDecimal spent, BigDecimal forecast) {
        public static final Position ZERO = new Position(BigDecimal.ZERO, BigDecimal.ZERO);

        public Position plus(Position other) {
            return new Position(spent.add(other.spent), forecast.add(other.forecast));
        }

        public Position rounded() {
            return new Position(spent.setScale(2, RoundingMode.HALF_UP), forecast.setScale(2, RoundingMode.HALF_UP));
        }
    }

    /**
     * What-if: the line's cost in the year if, from {@code effective}, it ran at {@code newYearly}
     * a year for its level instead of its own amount. Before the effective date it costs what it
     * costs; from then to its end (within the year) it costs {@code newYearly × days / days of the year}.
     */
    public static BigDecimal repriced(Line line, LocalDate yearStart, LocalDate yearEnd, LocalDate effective,
                                      BigDecimal newYearly) {
        LocalDate from = effective.isAfter(yearStart) ? effective : yearStart;
        BigDecimal before = from.isAfter(yearStart) ? costWithin(line, yearStart, from.minusDays(1)) : BigDecimal.ZERO;
        long after = daysWithin(line, from, yearEnd);
        long yearDays = ChronoUnit.DAYS.between(yearStart, yearEnd) + 1;
        BigDecimal repriced = newYearly.multiply(BigDecimal.valueOf(after)).divide(BigDecimal.valueOf(yearDays), 10,
                RoundingMode.HALF_UP);
        return before.add(repriced);
    }
}
