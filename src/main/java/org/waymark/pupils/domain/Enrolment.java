package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A spell at one school. An open enrolment (no end date) is the current one. Part of {@link Pupil}. */
public record Enrolment(long schoolId, LocalDate startDate, @Nullable LocalDate endDate,
                        @Nullable EnrolmentEndReason endReason) {

    public boolean isCurrent() {
        return endDate == null;
    }

    Enrolment end(LocalDate on, EnrolmentEndReason reason) {
        if (on.isBefore(startDate)) {
            throw new IllegalArgumentException("An enrolment cannot end before it starts");
        }
        return new Enrolment(schoolId, startDate, on, reason);
    }
}
