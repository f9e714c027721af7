package org.waymark.aln.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;

/**
 * The record of one concern that a pupil may have additional learning needs and of the decision
 * on it (SPEC §9): who raised the concern and when, what it is; the evidence of less-than-expected
 * progress; the inclusive provision already made; both tests answered with reasons; the outcome —
 * ALN, and an IDP drafted, or no ALN with its reason. The school decides, unless the case went to
 * the authority ({@link Decider}). Open → (referred → open again) → decided.
 */
public class AlnDecision {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private Decider decider;
    private DecisionStatus status;
    private final ConcernSource concernSource;
    private final String concernBy;
    private final LocalDate concernOn;
    private final String concernText;
    private final String recordedBy;
    private final Instant recordedAt;
    private String progress;
    private @Nullable String evidence;
    private @Nullable String inclusiveProvision;
    private @Nullable Boolean significantDifficulty;
    private @Nullable Boolean equalityActDisability;
    private @Nullable String test1Reasons;
    private @Nullable Boolean callsForAlp;
    private @Nullable String test2Reasons;
    private @Nullable AlnOutcome outcome;
    private @Nullable OutcomeReason outcomeReason;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable LocalDate decidedOn;
    private @Nullable Long planId;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    AlnDecision(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, Decider decider,
                DecisionStatus status, ConcernSource concernSource, String concernBy, LocalDate concernOn,
                String concernText, String recordedBy, Instant recordedAt, String progress, @Nullable String evidence,
                @Nullable String inclusiveProvision, @Nullable Boolean significantDifficulty,
                @Nullable Boolean equalityActDisability, @Nullable String test1Reasons, @Nullable Boolean callsForAlp,
                @Nullable String test2Reasons, @Nullable AlnOutcome outcome, @Nullable OutcomeReason outcomeReason,
                @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable LocalDate decidedOn,
                @Nullable Long planId, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.decider = decider;
        this.status = status;
        this.concernSource = concernSource;
        this.concernBy = concernBy;
        this.concernOn = concernOn;
        this.concernText = concernText;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.progress = progress;
        this.evidence = evidence;
        this.inclusiveProvision = inclusiveProvision;
        this.significantDifficulty = significantDifficulty;
        this.equalityActDisability = equalityActDisability;
        this.test1Reasons = test1Reasons;
        this.callsForAlp = callsForAlp;
        this.test2Reasons = test2Reasons;
        this.outcome = outcome;
        this.outcomeReason = outcomeReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decidedOn = decidedOn;
        this.planId = planId;
        this.version = version;
    }

    /**
     * A concern recorded: the case is open for {@code decider} to decide. The input must have
     * passed {@link AlnRules#check(AlnRules.ConcernInput, LocalDate)}.
     */
    public static AlnDecision raise(long localAuthorityId, long pupilId, long schoolId, Decider decider,
                                    AlnRules.ConcernInput concern, String actor, Instant now) {
        return new AlnDecision(null, localAuthorityId, pupilId, schoolId, decider, DecisionStatus.OPEN,
                Objects.requireNonNull(concern.source()), concern.raisedBy().strip(),
                Objects.requireNonNull(concern.raisedOn()), concern.concern().strip(), actor, now, "", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The two-step decision: the input (passed {@link AlnRules#check(AlnRules.DecisionInput)}) and
     * its outcome by {@link TwoStepTest}. Only an open case is decided, once.
     */
    public void decide(AlnRules.DecisionInput input, String actor, Instant now, LocalDate today) {
        if (status != DecisionStatus.OPEN) {
            throw new TransitionException("ALN decision", status, DecisionStatus.DECIDED);
        }
        AlnRules.DecisionInput d = input.normalised();
        TwoStepTest.Result result = TwoStepTest.apply(d.answers())
                .orElseThrow(() -> new IllegalArgumentException("The two-step test is not answered"));
        progress = Codes.join(d.progress());
        evidence = d.evidence().strip();
        inclusiveProvision = d.inclusiveProvision().strip();
        significantDifficulty = d.significantDifficulty();
        equalityActDisability = d.equalityActDisability();
        test1Reasons = d.test1Reasons().strip();
        callsForAlp = d.callsForAlp();
        test2Reasons = result.test2Applied() ? d.test2Reasons().strip() : null;
        outcome = result.outcome();
        outcomeReason = result.reason();
        decidedBy = actor;
        decidedAt = now;
        decidedOn = today;
        status = DecisionStatus.DECIDED;
    }

    /** The school refers the case to the authority instead of deciding it. */
    public void refer() {
        if (status != DecisionStatus.OPEN || decider != Decider.SCHOOL) {
            throw new TransitionException("ALN decision", status, DecisionStatus.REFERRED);
        }
        status = DecisionStatus.REFERRED;
    }

    /** The authority decided the referral: the case is open again for whoever now decides it. */
    public void reopenFor(Decider next) {
        if (status != DecisionStatus.REFERRED) {
            throw new TransitionException("ALN decision", status, DecisionStatus.OPEN);
        }
        decider = next;
        status = DecisionStatus.OPEN;
    }

    /** The IDP the ALN outcome called for has been drafted. */
    public void idpDrafted(long draftedPlanId) {
        if (outcome != AlnOutcome.ALN) {
            throw new IllegalStateException("Only a pupil found to have ALN gets an IDP");
        }
        planId = draftedPlanId;
    }

    public Set<ProgressMeasure> progressMeasures() {
        return Set.copyOf(Codes.split(progress, ProgressMeasure.class));
    }

    /** The progress measures in the order the form lists them. */
    public List<ProgressMeasure> progressInOrder() {
        return Codes.split(progress, ProgressMeasure.class);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public Decider getDecider() { return decider; }
    public DecisionStatus getStatus() { return status; }
    public ConcernSource getConcernSource() { return concernSource; }
    public String getConcernBy() { return concernBy; }
    public LocalDate getConcernOn() { return concernOn; }
    public String getConcernText() { return concernText; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public @Nullable String getEvidence() { return evidence; }
    public @Nullable String getInclusiveProvision() { return inclusiveProvision; }
    public @Nullable Boolean getSignificantDifficulty() { return significantDifficulty; }
    public @Nullable Boolean getEqualityActDisability() { return equalityActDisability; }
    public @Nullable String getTest1Reasons() { return test1Reasons; }
    public @Nullable Boolean getCallsForAlp() { return callsForAlp; }
    public @Nullable String getTest2Reasons() { return test2Reasons; }
    public @Nullable AlnOutcome getOutcome() { return outcome; }
    public @Nullable OutcomeReason getOutcomeReason() { return outcomeReason; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable Long getPlanId() { return planId; }
    public @Nullable Integer getVersion() { return version; }
}
