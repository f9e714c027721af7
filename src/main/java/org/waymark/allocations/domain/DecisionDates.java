package org.waymark.allocations.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.pupils.domain.YearGroup;

/**
 * The last day a decision funds, refused with a message instead of a broken ledger line: a
 * period that would end before the funding starts — a chosen end date before the start of the
 * term after the decision, or a key stage or school year whose terms the authority has not
 * entered — is a decision the ledger cannot record, so the decision is not made and the decider
 * is told what to change or what the administrator must enter.
 */
public final class DecisionDates {

    private DecisionDates() {
    }

    public static LocalDate end(AllocationPeriod period, SchoolCalendar calendar, LocalDate decidedOn, LocalDate start,
                                YearGroup yearGroup, @Nullable LocalDate customEnd) {
        if (period == AllocationPeriod.CUSTOM) {
            if (customEnd == null) {
                throw refused("periodEnd", "allocation.period.endRequired");
            }
            if (customEnd.isBefore(start)) {
                throw refused("periodEnd", "allocation.period.endBeforeStart", Dates.DAY_MONTH_YEAR.format(customEnd),
                        Dates.DAY_MONTH_YEAR.format(start));
            }
            return customEnd;
        }
        LocalDate end = period.endFor(calendar, decidedOn, start, yearGroup, null);
        if (end.isBefore(start)) {
            throw refused("termDates", "allocation.period.termsMissing", Dates.DAY_MONTH_YEAR.format(start));
        }
        return end;
    }

    private static ValidationException refused(String field, String key, Object... args) {
        return new ValidationException(List.of(Violation.of(field, key, args)));
    }
}
