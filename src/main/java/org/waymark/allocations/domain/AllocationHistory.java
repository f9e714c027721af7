package org.waymark.allocations.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One thing that happened to an allocation: who, when, what, why. Part of {@link Allocation}. */
public record AllocationHistory(Instant happenedAt, String actor, String event, @Nullable String note) {
}
