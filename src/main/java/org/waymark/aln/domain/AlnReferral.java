package org.waymark.aln.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;

/**
 * A pupil's case referred to the authority (SPEC §9). From a school: prepared when it becomes
 * apparent that the case must go to the authority, due 20 school days after that day
 * ({@link ReferralClock}), then sent with the reasons; the authority decides whether it takes the
 * case. From a parent, the young person or a professional: received by the authority, which
 * decides whether the school is best placed to decide. Preparing → sent → decided.
 */
public class AlnReferral {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private @Nullable Long alnDecisionId;
    private final ReferralSource source;
    private final String referrer;
    private final String summary;
    private final String reasons;
    private final LocalDate startedOn;
    private final @Nullable LocalDate dueBy;
    private ReferralStatus status;
    private final String preparedBy;
    private final Instant preparedAt;
    private @Nullable String sentBy;
    private @Nullable Instant sentAt;
    private @Nullable LocalDate sentOn;
    private @Nullable ReferralOutcome outcome;
    private @Nullable String outcomeReasons;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable LocalDate decidedOn;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    AlnReferral(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, @Nullable Long alnDecisionId,
                ReferralSource source, String referrer, String summary, String reasons, LocalDate startedOn,
                @Nullable LocalDate dueBy, ReferralStatus status, String preparedBy, Instant preparedAt,
                @Nullable String sentBy, @Nullable Instant sentAt, @Nullable LocalDate sentOn,
                @Nullable ReferralOutcome outcome, @Nullable String outcomeReasons, @Nullable String decidedBy,
                @Nullable Instant decidedAt, @Nullable LocalDate decidedOn, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.alnDecisionId = alnDecisionId;
        this.source = source;
        this.referrer = referrer;
        this.summary = summary;
        this.reasons = reasons;
        this.startedOn = startedOn;
        this.dueBy = dueBy;
        this.status = status;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.sentOn = sentOn;
        this.outcome = outcome;
        this.outcomeReasons = outcomeReasons;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decidedOn = decidedOn;
        this.version = version;
    }

    /**
     * A school's referral of an ALN case, prepared: the need became apparent on
     * {@code needApparentOn}, so it is due by {@code dueBy} (none when the authority's term dates do
     * not reach that far yet); {@code reasons} are why the authority should take it.
     */
    @SuppressWarnings("java:S107")
    public static AlnReferral fromSchool(long localAuthorityId, long pupilId, long schoolId, long alnDecisionId,
                                        Collection<MaintainerReason> reasons, String summary, LocalDate needApparentOn,
                                        @Nullable LocalDate dueBy, String actor, Instant now) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A school refers for a reason");
        }
        return new AlnReferral(null, localAuthorityId, pupilId, schoolId, alnDecisionId, ReferralSource.SCHOOL, "",
                summary.strip(), Codes.join(reasons), needApparentOn, dueBy, ReferralStatus.PREPARING, actor, now,
                null, null, null, null, null, null, null, null, null);
    }

    /**
     * A referral from a parent, the young person or a professional, received by the authority on
     * {@code receivedOn} and recorded by its officer: it waits for the authority's decision.
     */
    @SuppressWarnings("java:S107")
    public static AlnReferral received(long localAuthorityId, long pupilId, long schoolId, ReferralSource source,
                                      String referrer, String summary, LocalDate receivedOn, String actor,
                                      Instant now) {
        if (source == ReferralSource.SCHOOL) {
            throw new IllegalArgumentException("A school's referral is prepared by the school");
        }
        return new AlnReferral(null, localAuthorityId, pupilId, schoolId, null, source, referrer.strip(),
                summary.strip(), "", receivedOn, null, ReferralStatus.SENT, actor, now, actor, now, receivedOn, null,
                null, null, null, null, null);
    }

    /** The school sends the referral it prepared. */
    public void send(String actor, Instant now, LocalDate today) {
        if (status != ReferralStatus.PREPARING) {
            throw new TransitionException("referral", status, ReferralStatus.SENT);
        }
        status = ReferralStatus.SENT;
        sentBy = actor;
        sentAt = now;
        sentOn = today;
    }

    /** The authority decides a referral it has: it takes the case, or the school is best placed. */
    public void decide(ReferralOutcome decided, String why, long caseId, String actor, Instant now, LocalDate today) {
        if (status != ReferralStatus.SENT) {
            throw new TransitionException("referral", status, ReferralStatus.DECIDED);
        }
        if (why.isBlank()) {
            throw new IllegalArgumentException("A referral is decided for reasons");
        }
        status = ReferralStatus.DECIDED;
        outcome = decided;
        outcomeReasons = why.strip();
        alnDecisionId = caseId;
        decidedBy = actor;
        decidedAt = now;
        decidedOn = today;
    }

    /** Whether a school's referral went (or is still to go) after its due date, as of {@code today}. */
    public boolean late(LocalDate today) {
        if (dueBy == null) {
            return false;
        }
        return ReferralClock.late(dueBy, sentOn != null ? sentOn : today);
    }

    public List<MaintainerReason> reasons() {
        return Codes.split(reasons, MaintainerReason.class);
    }

    public boolean fromSchool() {
        return source == ReferralSource.SCHOOL;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public @Nullable Long getAlnDecisionId() { return alnDecisionId; }
    public ReferralSource getSource() { return source; }
    public String getReferrer() { return referrer; }
    public String getSummary() { return summary; }
    /** The day the clock starts: the need became apparent (a school's) or the referral was received. */
    public LocalDate getStartedOn() { return startedOn; }
    public @Nullable LocalDate getDueBy() { return dueBy; }
    public ReferralStatus getStatus() { return status; }
    public String getPreparedBy() { return preparedBy; }
    public Instant getPreparedAt() { return preparedAt; }
    public @Nullable String getSentBy() { return sentBy; }
    public @Nullable Instant getSentAt() { return sentAt; }
    public @Nullable LocalDate getSentOn() { return sentOn; }
    public @Nullable ReferralOutcome getOutcome() { return outcome; }
    public @Nullable String getOutcomeReasons() { return outcomeReasons; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable Integer getVersion() { return version; }
}
