package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A decision about funding, from whichever body made it: the family's moderation meeting (AFN,
 * FNF), the authority's panel (HLN), its chair outside a panel (interim), the appeals panel. It is
 * published inside the deciding transaction and handled there: the allocation ledger records it
 * (a line it cannot record refuses the decision with a message), and the people concerned are
 * told. New schemes (Scottish hours, the RAS) publish the same event.
 *
 * @param pupilId   the pupil, or null for family money not tied to a pupil (FNF for training, say)
 * @param familyId  the family whose money it is (FNF); null to take the pupil's family
 * @param amount    the yearly amount awarded; null when refused or confirmed
 * @param startsOn  set for decisions that take effect at once (interim decisions, family money)
 * @param bidId     the bid the decision answers, if any (for the bid's link in notices)
 * @param replaces  the earlier decision an appeal replaced, whose lines stop before they began
 * @param reasons   the reasons given, kept with the ledger line
 */
public record FundingDecided(long localAuthorityId, @Nullable Long pupilId, @Nullable Long familyId,
                             FundingStream stream, Outcome outcome, @Nullable String level,
                             @Nullable BigDecimal amount, LocalDate decidedOn, AllocationPeriod period,
                             @Nullable LocalDate customEnd, @Nullable LocalDate startsOn, AllocationSource source,
                             long sourceId, @Nullable Long bidId, @Nullable Replaces replaces, String reasons) {

    /** What was decided. */
    public enum Outcome {
        /** Funding awarded (new, more, less or the same again). */
        AWARDED,
        /** Nothing awarded: whatever the pupil holds in the stream is discontinued. */
        REFUSED,
        /** An earlier decision stands (an appeal or interim decision confirmed): the ledger is unchanged. */
        CONFIRMED
    }

    /** The decision an appeal replaced. */
    public record Replaces(AllocationSource source, long sourceId) {
    }

    public FundingDecided {
        if (outcome == Outcome.AWARDED && (amount == null || amount.signum() <= 0)) {
            throw new IllegalArgumentException("An award needs a positive amount");
        }
        if (pupilId == null && (familyId == null || stream != FundingStream.FNF)) {
            throw new IllegalArgumentException("Only FNF may be decided for a family without a pupil");
        }
        Objects.requireNonNull(reasons);
    }

    /** A decision about one pupil's funding that starts when the published rules say (the term after). */
    public static FundingDecided forPupil(long localAuthorityId, long pupilId, FundingStream stream, Outcome outcome,
                                          @Nullable String level, @Nullable BigDecimal amount, LocalDate decidedOn,
                                          AllocationPeriod period, @Nullable LocalDate customEnd,
                                          AllocationSource source, long sourceId, @Nullable Long bidId,
                                          String reasons) {
        return new FundingDecided(localAuthorityId, pupilId, null, stream, outcome, level,
                outcome == Outcome.AWARDED ? amount : null, decidedOn, period, customEnd, null, source, sourceId,
                bidId, null, reasons);
    }

    /** The same decision, taking effect on a given day (interim decisions). */
    public FundingDecided startingOn(LocalDate day) {
        return new FundingDecided(localAuthorityId, pupilId, familyId, stream, outcome, level, amount, decidedOn,
                period, customEnd, day, source, sourceId, bidId, replaces, reasons);
    }

    /** The same decision, replacing the lines of an earlier one (an appeal upheld). */
    public FundingDecided replacing(AllocationSource originalSource, long originalSourceId) {
        return new FundingDecided(localAuthorityId, pupilId, familyId, stream, outcome, level, amount, decidedOn,
                period, customEnd, startsOn, source, sourceId, bidId, new Replaces(originalSource, originalSourceId),
                reasons);
    }

    /**
     * Family needs funding agreed at a moderation meeting: family money from the meeting day to
     * the end of that school year, for the family as a whole or for one named pupil (transition
     * support, say).
     */
    public static FundingDecided familyMoney(long localAuthorityId, long familyId, @Nullable Long pupilId,
                                             @Nullable String purpose, BigDecimal amount, LocalDate decidedOn,
                                             long meetingId, String note) {
        return new FundingDecided(localAuthorityId, pupilId, familyId, FundingStream.FNF, Outcome.AWARDED, purpose,
                amount, decidedOn, AllocationPeriod.ACADEMIC_YEAR, null, decidedOn, AllocationSource.FAMILY,
                meetingId, null, null, note);
    }

    public boolean changesLedger() {
        return outcome != Outcome.CONFIRMED;
    }
}
