package org.waymark.plans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.ConflictException;

/**
 * One annual review of an EHC plan on its statutory clock ({@link AnnualReviewClock}): the meeting
 * due and planned, the papers circulated, the meeting held (the {@link PlanReview} record), the
 * report sent, the authority's decision with who, when and why, and — when it amends — the
 * proposed amendments sent and the amended plan issued. The step due next and its date are kept
 * with it so lists can sort and filter on them. Versioned: a colleague's change in between is a
 * conflict.
 */
public class EhcAnnualReview {

    @Id
    private @Nullable Long id;
    private final long supportPlanId;
    private final long localAuthorityId;
    private final int reviewedVersion;
    private final LocalDate meetingDue;
    private LocalDate meetingOn;
    private @Nullable LocalDate paperworkSentOn;
    private @Nullable LocalDate heldOn;
    private @Nullable LocalDate reportSentOn;
    private @Nullable ReviewDecision decision;
    private @Nullable LocalDate decidedOn;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReason;
    private @Nullable LocalDate amendmentsSentOn;
    private @Nullable LocalDate amendedPlanIssuedOn;
    private boolean closed;
    private AnnualReviewClock.@Nullable Step nextStep;
    private @Nullable LocalDate nextDueOn;
    private final String startedBy;
    private final Instant startedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // a record of each statutory step
    EhcAnnualReview(@Nullable Long id, long supportPlanId, long localAuthorityId, int reviewedVersion,
                    LocalDate meetingDue, LocalDate meetingOn, @Nullable LocalDate paperworkSentOn,
                    @Nullable LocalDate heldOn, @Nullable LocalDate reportSentOn, @Nullable ReviewDecision decision,
                    @Nullable LocalDate decidedOn, @Nullable String decidedBy, @Nullable Instant decidedAt,
                    @Nullable String decisionReason, @Nullable LocalDate amendmentsSentOn,
                    @Nullable LocalDate amendedPlanIssuedOn, boolean closed, AnnualReviewClock.@Nullable Step nextStep,
                    @Nullable LocalDate nextDueOn, String startedBy, Instant startedAt, @Nullable Integer version) {
        this.id = id;
        this.supportPlanId = supportPlanId;
        this.localAuthorityId = localAuthorityId;
        this.reviewedVersion = reviewedVersion;
        this.meetingDue = meetingDue;
        this.meetingOn = meetingOn;
        this.paperworkSentOn = paperworkSentOn;
        this.heldOn = heldOn;
        this.reportSentOn = reportSentOn;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
        this.amendmentsSentOn = amendmentsSentOn;
        this.amendedPlanIssuedOn = amendedPlanIssuedOn;
        this.closed = closed;
        this.nextStep = nextStep;
        this.nextDueOn = nextDueOn;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.version = version;
    }

    /** A review is set up with its meeting date; the meeting is due 12 months after the anchor date. */
    public static EhcAnnualReview schedule(long supportPlanId, long localAuthorityId, int reviewedVersion,
                                           LocalDate issuedOrLastReviewed, LocalDate meetingOn, String actor,
                                           Instant now) {
        EhcAnnualReview r = new EhcAnnualReview(null, supportPlanId, localAuthorityId, reviewedVersion,
                AnnualReviewClock.meetingDue(issuedOrLastReviewed), meetingOn, null, null, null, null, null, null,
                null, null, null, null, false, null, null, actor, now, null);
        r.recount();
        return r;
    }

    public AnnualReviewClock.Facts facts() {
        return new AnnualReviewClock.Facts(meetingDue, meetingOn, paperworkSentOn, heldOn, reportSentOn, decision,
                decidedOn, amendmentsSentOn, amendedPlanIssuedOn);
    }

    /** The meeting moves (before it is held). */
    public void moveMeeting(LocalDate newDate) {
        requireOpen();
        if (heldOn != null) {
            throw new ConflictException("annual review " + id + ": " + "the meeting was held");
        }
        meetingOn = newDate;
        recount();
    }

    public void paperworkSent(LocalDate on) {
        requireOpen();
        paperworkSentOn = on;
        recount();
    }

    public void held(LocalDate on) {
        requireOpen();
        heldOn = on;
        meetingOn = on;
        recount();
    }

    public void reportSent(LocalDate on) {
        requireOpen();
        if (heldOn == null) {
            throw new ConflictException("annual review " + id + ": " + "the meeting is not held yet");
        }
        reportSentOn = on;
        recount();
    }

    /**
     * The authority decides, after the meeting. Maintain and cease close the review; amend sends
     * the proposed amendments the same day and leaves the amended plan to issue.
     */
    public void decide(ReviewDecision what, LocalDate on, String reason, String actor, Instant now) {
        requireOpen();
        if (heldOn == null || decision != null) {
            throw new ConflictException("annual review " + id + ": already decided or not yet held");
        }
        decision = what;
        decidedOn = on;
        decisionReason = reason;
        decidedBy = actor;
        decidedAt = now;
        if (what == ReviewDecision.AMEND) {
            amendmentsSentOn = on;
        } else {
            closed = true;
        }
        recount();
    }

    /** The amended plan is issued: the review is over. */
    public void amendedPlanIssued(LocalDate on) {
        requireOpen();
        if (decision != ReviewDecision.AMEND) {
            throw new ConflictException("annual review " + id + ": " + "not an amendment");
        }
        amendedPlanIssuedOn = on;
        closed = true;
        recount();
    }

    /** The plan ceased by another route while this review was open: nothing more falls due. */
    public void close() {
        closed = true;
        recount();
    }

    private void requireOpen() {
        if (closed) {
            throw new ConflictException("annual review " + id + ": " + "closed");
        }
    }

    private void recount() {
        Optional<AnnualReviewClock.StepDue> next = closed ? Optional.empty() : AnnualReviewClock.next(facts());
        nextStep = next.map(AnnualReviewClock.StepDue::step).orElse(null);
        nextDueOn = next.map(AnnualReviewClock.StepDue::dueBy).orElse(null);
    }

    public @Nullable Long getId() { return id; }
    public long getSupportPlanId() { return supportPlanId; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public int getReviewedVersion() { return reviewedVersion; }
    public LocalDate getMeetingDue() { return meetingDue; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public @Nullable LocalDate getPaperworkSentOn() { return paperworkSentOn; }
    public @Nullable LocalDate getHeldOn() { return heldOn; }
    public @Nullable LocalDate getReportSentOn() { return reportSentOn; }
    public @Nullable ReviewDecision getDecision() { return decision; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable String getDecisionReason() { return decisionReason; }
    public @Nullable LocalDate getAmendmentsSentOn() { return amendmentsSentOn; }
    public @Nullable LocalDate getAmendedPlanIssuedOn() { return amendedPlanIssuedOn; }
    public boolean isClosed() { return closed; }
    public AnnualReviewClock.@Nullable Step getNextStep() { return nextStep; }
    public @Nullable LocalDate getNextDueOn() { return nextDueOn; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public @Nullable Integer getVersion() { return version; }
}
