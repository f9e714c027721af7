package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A pupil moved to another school of the authority ({@code toSchoolId} set), left, or never
 * took up the place. Published inside the transaction that records it.
 *
 * <p>There is no separate "secondary school recorded for transfer" on the pupil record: the move
 * itself names it. A Year 6 pupil's move to a secondary school — planned or not, recorded before
 * or after the pupil's year group rolled on to Year 7 — is the record of their transfer; the
 * ledger decides from the award and the dates whether the Year 6 rule applies.
 *
 * @param on         the first day at the new school, or the day the pupil left
 * @param notifiedOn the day the authority was told (on or after {@code on}); the one-month rule
 *                   for leavers and for family funding at the old school counts from it
 * @param yearGroup  the pupil's year group when it was recorded
 */
public record PupilMoved(long pupilId, long localAuthorityId, long fromSchoolId, @Nullable Long toSchoolId,
                         LocalDate on, LocalDate notifiedOn, EnrolmentEndReason reason, YearGroup yearGroup,
                         String actor) {
}
