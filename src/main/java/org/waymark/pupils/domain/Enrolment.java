package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A spell at one school. An open enrolment (no end date) is the current one. Part of {@link Pupil}.
 *
 * @param notifiedOn the day the authority was told the spell ended (the one-month rule for
 *                   leavers counts from it); null for spells ended before it was recorded
 */
public record Enrolment(long schoolId, LocalDate startDate, @Nullable LocalDate endDate,
                        @Nullable EnrolmentEndReason endReason, @Nullable LocalDate notifiedOn) {

    /** A spell whose end (if any) was not notified: a current one, or one ended before notice was recorded. */
    public Enrolment(long schoolId, LocalDate startDate, @Nullable LocalDate endDate,
                     @Nullable EnrolmentEndReason endReason) {
        this(schoolId, startDate, endDate, endReason, null);
    }

    public boolean isCurrent() {
        return endDate == null;
    }

    Enrolment end(LocalDate on, EnrolmentEndReason reason, @Nullable LocalDate notified) {
        if (on.isBefore(startDate)) {
            throw new IllegalArgumentException("An enrolment cannot end before it starts");
        }
        return new Enrolment(schoolId, startDate, on, reason, notified);
    }
}
