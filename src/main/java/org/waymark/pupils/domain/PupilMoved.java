package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A pupil moved to another school of the authority ({@code toSchoolId} set), left, or never
 * took up the place. Published inside the transaction that records it.
 *
 * @param on        the first day at the new school, or the day the pupil left
 * @param yearGroup the pupil's year group when it happened (a Year 6 move to secondary matters)
 */
public record PupilMoved(long pupilId, long localAuthorityId, long fromSchoolId, @Nullable Long toSchoolId,
                         LocalDate on, EnrolmentEndReason reason, YearGroup yearGroup, String actor) {
}
