package org.waymark.pupils.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the pupil grid is filtered by. {@code text} matches the start of the surname, of
 * "surname first-name", of the first name, or a whole UPN / candidate number.
 */
public record PupilFilter(@Nullable String text, @Nullable YearGroup yearGroup, @Nullable Long schoolId,
                          @Nullable AreaOfNeed area) {

    public static PupilFilter none() {
        return new PupilFilter(null, null, null, null);
    }
}
