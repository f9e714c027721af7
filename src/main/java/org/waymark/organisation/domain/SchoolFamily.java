package org.waymark.organisation.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A family (cluster) of schools that moderates bids and holds a shared budget. */
public record SchoolFamily(@Id @Nullable Long id, long localAuthorityId, String name,
                           @Version @Nullable Integer version) {

    public static SchoolFamily create(long localAuthorityId, String name) {
        return new SchoolFamily(null, localAuthorityId, name, null);
    }
}
