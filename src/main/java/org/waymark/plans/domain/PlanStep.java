package org.waymark.plans.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a plan's lifecycle: the status it reached, who moved it, when, and why. */
public record PlanStep(PlanStatus status, String actor, Instant occurredAt, @Nullable String note) {
}
