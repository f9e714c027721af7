package org.waymark.asn.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a request's history: the status it reached, who moved it, when, and why. */
public record AsnRequestStep(AsnRequestStatus status, String actor, Instant occurredAt, @Nullable String note) {
}
