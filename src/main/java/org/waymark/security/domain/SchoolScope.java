package org.waymark.security.domain;

import org.jspecify.annotations.Nullable;

/** Where a school sits: its family (if any) and its authority. */
public record SchoolScope(long schoolId, @Nullable Long familyId, long localAuthorityId) {
}
