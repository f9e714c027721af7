package org.waymark.security.domain;

import org.jspecify.annotations.Nullable;

/** Where a pupil's record sits: the facts the access policy decides on. */
public record PupilScope(long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId) {
}
