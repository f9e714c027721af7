package org.waymark.pupils.domain;

/**
 * A pupil's record is about to be erased outright (the retention rule), published inside the
 * erasing transaction before any row goes. The erasure deletes rows set-wise, past the pupil
 * aggregate's delete events, so listeners that keep figures about pupils and their plans (the
 * dashboards' summaries) take the pupil out of them here, while the rows can still be read.
 */
public record PupilErasing(long pupilId) {
}
