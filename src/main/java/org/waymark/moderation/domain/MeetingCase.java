package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One case on a meeting's agenda: a submitted bid, or a pupil holding HLN funding; once decided,
 * the outcome with its level, amount, reason, who and when.
 */
public record MeetingCase(CaseKind kind, long pupilId, @Nullable Long bidId, @Nullable CaseOutcome outcome,
                          @Nullable String level, @Nullable BigDecimal amount, @Nullable String reason,
                          @Nullable String decidedBy, @Nullable Instant decidedAt) {

    public static MeetingCase bid(long pupilId, long bidId) {
        return new MeetingCase(CaseKind.BID, pupilId, bidId, null, null, null, null, null, null);
    }

    public static MeetingCase hlnCheck(long pupilId, @Nullable Long bidId, String level) {
        return new MeetingCase(CaseKind.HLN_CHECK, pupilId, bidId, null, level, null, null, null, null);
    }

    public boolean decided() {
        return outcome != null;
    }

    MeetingCase decide(CaseOutcome newOutcome, @Nullable String newLevel, @Nullable BigDecimal newAmount,
                       String newReason, String actor, Instant now) {
        return new MeetingCase(kind, pupilId, bidId, newOutcome, newLevel == null ? level : newLevel, newAmount,
                newReason, actor, now);
    }
}
