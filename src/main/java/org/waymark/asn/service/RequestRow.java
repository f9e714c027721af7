package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.AsnRequestStatus;

/** One request as a list shows it. */
public record RequestRow(long requestId, long pupilId, String pupilName, AsnRequestStatus status,
                         @Nullable AsnCategory category, @Nullable BigDecimal hoursAsked,
                         @Nullable BigDecimal decidedHours, Instant updatedAt, boolean midTerm) {
}
