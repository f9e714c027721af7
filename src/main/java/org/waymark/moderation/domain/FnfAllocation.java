package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * Money from the family's FNF budget agreed in a meeting: what for, how much, why, who and when,
 * and the pupil it is for when it is for one (transition support for a pupil, say).
 */
public record FnfAllocation(FnfPurpose purpose, BigDecimal amount, String note, String recordedBy,
                            Instant recordedAt, @Nullable Long pupilId) {

    @PersistenceCreator
    public FnfAllocation {
    }

    /** Family money for the family as a whole. */
    public FnfAllocation(FnfPurpose purpose, BigDecimal amount, String note, String recordedBy, Instant recordedAt) {
        this(purpose, amount, note, recordedBy, recordedAt, null);
    }
}
