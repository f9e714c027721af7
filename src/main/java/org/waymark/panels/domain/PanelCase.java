package org.waymark.panels.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.allocations.domain.AllocationPeriod;

/**
 * One case on a panel meeting's list and, once decided, the decision: outcome, level or
 * amount, the period it funds, the reasons (tied to the descriptors and evidence), who and when.
 * Part of {@link PanelMeeting}.
 */
public record PanelCase(CaseKind kind, long pupilId, long schoolId, @Nullable Long bidId, @Nullable Long interimId,
                        @Nullable Long appealId, @Nullable PanelOutcome outcome, @Nullable String level,
                        @Nullable BigDecimal amount, @Nullable AllocationPeriod period, @Nullable LocalDate periodEnd,
                        @Nullable String reasons, @Nullable String decidedBy, @Nullable Instant decidedAt,
                        @Nullable Long rasCaseId) {

    @org.springframework.data.annotation.PersistenceCreator
    public PanelCase {
    }

    /** A case as before the RAS (no RAS case). */
    @SuppressWarnings("java:S107")
    public PanelCase(CaseKind kind, long pupilId, long schoolId, @Nullable Long bidId, @Nullable Long interimId,
                     @Nullable Long appealId, @Nullable PanelOutcome outcome, @Nullable String level,
                     @Nullable BigDecimal amount, @Nullable AllocationPeriod period, @Nullable LocalDate periodEnd,
                     @Nullable String reasons, @Nullable String decidedBy, @Nullable Instant decidedAt) {
        this(kind, pupilId, schoolId, bidId, interimId, appealId, outcome, level, amount, period, periodEnd, reasons,
                decidedBy, decidedAt, null);
    }

    public static PanelCase listed(CaseKind kind, long pupilId, long schoolId, @Nullable Long bidId,
                                   @Nullable Long interimId, @Nullable Long appealId) {
        return new PanelCase(kind, pupilId, schoolId, bidId, interimId, appealId, null, null, null, null, null, null,
                null, null, null);
    }

    /** A RAS case taken to the SEND resource panel. */
    public static PanelCase rasCase(long pupilId, long schoolId, long rasCaseId) {
        return new PanelCase(CaseKind.RAS, pupilId, schoolId, null, null, null, null, null, null, null, null, null,
                null, null, rasCaseId);
    }

    public boolean decided() {
        return outcome != null;
    }

    /** What the panel decides on a case. */
    public record Decision(PanelOutcome outcome, @Nullable String level, @Nullable BigDecimal amount,
                           @Nullable AllocationPeriod period, @Nullable LocalDate periodEnd, String reasons) {
    }

    PanelCase decide(Decision d, String actor, Instant now) {
        return new PanelCase(kind, pupilId, schoolId, bidId, interimId, appealId, d.outcome(), d.level(), d.amount(),
                d.period(), d.periodEnd(), d.reasons().strip(), actor, now, rasCaseId);
    }
}
