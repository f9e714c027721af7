package org.waymark.bids.domain;

import org.jspecify.annotations.Nullable;

/** What a bid list is narrowed to: a status, a school, a level asked for. Any may be left open. */
public record BidFilter(@Nullable BidStatus status, @Nullable Long schoolId, @Nullable String levelAsked) {

    public static BidFilter none() {
        return new BidFilter(null, null, null);
    }
}
