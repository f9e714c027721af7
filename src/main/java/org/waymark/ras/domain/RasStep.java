package org.waymark.ras.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who did a step of a case, when, and why (reasons for a return, a moderation change, a decision). */
public record RasStep(RasStepKind step, String actor, Instant actedAt, @Nullable String note) {
}
