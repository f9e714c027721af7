package org.waymark.security.domain;

import org.jspecify.annotations.Nullable;

/**
 * Where a bid sits: the pupil it is for, the school and family that made it, the authority, and
 * whether it has left the school yet. The facts the access policy decides bid access on.
 */
public record BidScope(long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId,
                       boolean submitted) {
}
