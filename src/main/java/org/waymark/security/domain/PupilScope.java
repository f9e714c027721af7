package org.waymark.security.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a pupil's record sits: the facts the access policy decides on. {@code enrolled} says
 * whether the pupil still attends {@code schoolId} (a pupil who left keeps their last school);
 * {@code historySchools} are the schools the pupil left within the read-only history period,
 * which may still read (never change) the record until it ends (issue 20 point 9, DD014).
 */
public record PupilScope(long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId,
                         boolean enrolled, Set<Long> historySchools) {

    public PupilScope {
        historySchools = Set.copyOf(historySchools);
    }

    /** A pupil attending {@code schoolId}, with no former school in its history period. */
    public PupilScope(long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId) {
        this(pupilId, schoolId, familyId, localAuthorityId, true, Set.of());
    }
}
