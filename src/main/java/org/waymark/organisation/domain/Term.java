package org.waymark.organisation.domain;

import java.time.LocalDate;

/** One term of one academic year ("2025/26"), part of the {@link LocalAuthority} aggregate. */
public record Term(String academicYear, TermName termName, LocalDate startDate, LocalDate endDate) {

    public Term {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A term cannot end before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
