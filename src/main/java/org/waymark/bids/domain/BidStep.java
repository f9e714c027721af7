package org.waymark.bids.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a bid's history: the status it reached, who moved it, when, and why. */
public record BidStep(BidStatus status, String actor, Instant occurredAt, @Nullable String note) {
}
