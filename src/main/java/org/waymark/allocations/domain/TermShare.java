package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;

/**
 * How much of a yearly allocation belongs to one term: the yearly amount times the school days
 * of the term it was held, over the school days of the whole school year. Statements are in
 * arrears, so they are drawn up for terms that have ended.
 */
public final class TermShare {

    private TermShare() {
    }

    /** One allocation's part in a term. */
    public record Share(Allocation allocation, long daysHeld, long daysInYear, BigDecimal amount) {
    }

    /**
     * @param yearTerms every term of the school year {@code term} belongs to
     */
    public static Share of(Allocation allocation, Term term, List<Term> yearTerms, SchoolCalendar calendar) {
        long daysInYear = yearTerms.stream().mapToLong(t -> calendar.schoolDaysBetween(t.startDate().minusDays(1),
                t.endDate())).sum();
        LocalDate from = max(term.startDate(), allocation.getStartDate());
        LocalDate to = min(term.endDate(), allocation.getEndDate());
        long held = to.isBefore(from) ? 0 : calendar.schoolDaysBetween(from.minusDays(1), to);
        BigDecimal amount = daysInYear == 0 ? BigDecimal.ZERO.setScale(2)
                : allocation.getAmount().multiply(BigDecimal.valueOf(held))
                .divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);
        return new Share(allocation, held, daysInYear, amount);
    }

    public static BigDecimal total(List<Share> shares) {
        return shares.stream().map(Share::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
