package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Money from the family's FNF budget agreed in a meeting: what for, how much, why, who and when. */
public record FnfAllocation(FnfPurpose purpose, BigDecimal amount, String note, String recordedBy,
                            Instant recordedAt) {
}
