package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;

/**
 * When a decision takes effect (SPEC §7):
 * <ul>
 * <li>a new or increased allocation starts on the first day of the term after the decision;</li>
 * <li>a reduced or discontinued one keeps its level to the last day of the term after the
 * decision (the reduced amount starts the day after);</li>
 * </ul>
 * Moves and leavers (one month after the authority was told, the Year 6 transfer) are
 * {@link MoveRules}.
 * "The term after" is the first term that starts after the decision day, so a decision made
 * on the last day of a term, or in the holiday that follows it, takes effect with the next term.
 */
public final class EffectiveDates {

    private EffectiveDates() {
    }

    /** How a decision changes what the pupil holds in one stream. */
    public enum Change {
        NEW, INCREASE, REDUCTION, DISCONTINUATION, CONTINUATION, NONE
    }

    /**
     * @param change        what kind of change it is
     * @param newStart      when the decided amount starts (null when nothing new starts)
     * @param currentLastDay the last day of the allocation held now (null when it continues)
     */
    public record Effect(Change change, @Nullable LocalDate newStart, @Nullable LocalDate currentLastDay) {
    }

    public static Change classify(@Nullable BigDecimal current, @Nullable BigDecimal decided) {
        boolean holds = current != null && current.signum() > 0;
        boolean gets = decided != null && decided.signum() > 0;
        if (!holds) {
            return gets ? Change.NEW : Change.NONE;
        }
        if (!gets) {
            return Change.DISCONTINUATION;
        }
        int cmp = decided.compareTo(current);
        return cmp > 0 ? Change.INCREASE : cmp < 0 ? Change.REDUCTION : Change.CONTINUATION;
    }

    public static Effect of(SchoolCalendar calendar, LocalDate decidedOn, @Nullable BigDecimal current,
                            @Nullable BigDecimal decided) {
        Change change = classify(current, decided);
        return switch (change) {
            case NONE, CONTINUATION -> new Effect(change, null, null);
            case NEW -> new Effect(change, termAfter(calendar, decidedOn).startDate(), null);
            case INCREASE -> {
                LocalDate start = termAfter(calendar, decidedOn).startDate();
                yield new Effect(change, start, start.minusDays(1));
            }
            case REDUCTION -> {
                LocalDate last = termAfter(calendar, decidedOn).endDate();
                yield new Effect(change, last.plusDays(1), last);
            }
            case DISCONTINUATION -> new Effect(change, null, termAfter(calendar, decidedOn).endDate());
        };
    }

    private static Term termAfter(SchoolCalendar calendar, LocalDate day) {
        return calendar.termAfter(day).orElseThrow(() -> new ValidationException(
                java.util.List.of(Violation.of("termDates", "calendar.noTermAfter", day))));
    }
}
