package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of the pupil grid.
 *
 * @param leftOn for a school's own list: the day the pupil left that school, when they are
 *               listed only for its read-only history period (DD014); null for a pupil enrolled
 *               there, and in every other list
 */
public record PupilRow(long id, String firstName, String lastName, @Nullable String preferredName,
                       LocalDate dateOfBirth, YearGroup yearGroup, long schoolId, String schoolName,
                       AreaOfNeed primaryNeed, boolean lookedAfter, @Nullable LocalDate leftOn) {

    public PupilRow(long id, String firstName, String lastName, @Nullable String preferredName,
                    LocalDate dateOfBirth, YearGroup yearGroup, long schoolId, String schoolName,
                    AreaOfNeed primaryNeed, boolean lookedAfter) {
        this(id, firstName, lastName, preferredName, dateOfBirth, yearGroup, schoolId, schoolName, primaryNeed,
                lookedAfter, null);
    }

    /** This row marked as a pupil who left the listing school on {@code day}. */
    public PupilRow leftOn(LocalDate day) {
        return new PupilRow(id, firstName, lastName, preferredName, dateOfBirth, yearGroup, schoolId, schoolName,
                primaryNeed, lookedAfter, day);
    }

    public String displayName() {
        return lastName + ", " + (preferredName != null ? preferredName : firstName);
    }
}
