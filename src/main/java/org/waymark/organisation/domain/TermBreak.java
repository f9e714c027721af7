package org.waymark.organisation.domain;

import java.time.LocalDate;

/**
 * Days inside a term when the authority's schools do not meet — a half-term week, say — part of
 * the {@link LocalAuthority} aggregate. They are not school days, so a clock counted in school days
 * (the 20 school days within which a Welsh school refers a pupil's case) stops over them. Terms
 * themselves stay whole: "the term after" a date and the terms funding is paid for are unchanged.
 */
public record TermBreak(LocalDate startDate, LocalDate endDate) {

    public TermBreak {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A break cannot end before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    boolean overlaps(TermBreak other) {
        return !endDate.isBefore(other.startDate) && !other.endDate.isBefore(startDate);
    }
}
