package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One row of the pupil grid. */
public record PupilRow(long id, String firstName, String lastName, @Nullable String preferredName,
                       LocalDate dateOfBirth, YearGroup yearGroup, long schoolId, String schoolName,
                       AreaOfNeed primaryNeed, boolean lookedAfter) {

    public String displayName() {
        return lastName + ", " + (preferredName != null ? preferredName : firstName);
    }
}
