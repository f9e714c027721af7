package org.waymark.aln.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * Who maintains a pupil's IDP, decided and recorded with its reasons (SPEC §9): the facts it was
 * decided on as they stood that day (dual registration, looked after, the hours of TA support, a
 * special school or learning support centre), the school's grounds, and who decided it — the school
 * by the rules ({@link WhoMaintains}) or the authority deciding a referral. Kept as made; a later
 * decision for the same case supersedes it.
 */
public class MaintainerDecision {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long alnDecisionId;
    private final boolean duallyRegistered;
    private final boolean lookedAfter;
    private final boolean specialPlacement;
    private final @Nullable BigDecimal taHours;
    private final String grounds;
    private final Maintainer maintainer;
    private final String reasons;
    private final Decider decidedAs;
    private final String decidedBy;
    private final Instant decidedAt;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    MaintainerDecision(@Nullable Long id, long localAuthorityId, long pupilId, long alnDecisionId,
                       boolean duallyRegistered, boolean lookedAfter, boolean specialPlacement,
                       @Nullable BigDecimal taHours, String grounds, Maintainer maintainer, String reasons,
                       Decider decidedAs, String decidedBy, Instant decidedAt) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.alnDecisionId = alnDecisionId;
        this.duallyRegistered = duallyRegistered;
        this.lookedAfter = lookedAfter;
        this.specialPlacement = specialPlacement;
        this.taHours = taHours;
        this.grounds = grounds;
        this.maintainer = maintainer;
        this.reasons = reasons;
        this.decidedAs = decidedAs;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The school's decision by the rules: the outcome {@link WhoMaintains#decide} gives for the facts. */
    public static MaintainerDecision byRules(long localAuthorityId, long pupilId, long alnDecisionId,
                                            WhoMaintains.Facts facts, String actor, Instant now) {
        WhoMaintains.Outcome outcome = WhoMaintains.decide(facts);
        return new MaintainerDecision(null, localAuthorityId, pupilId, alnDecisionId, facts.dualRegistered(),
                facts.lookedAfter(), facts.specialPlacement(), facts.taHoursPerWeek(), Codes.join(facts.grounds()),
                outcome.maintainer(), Codes.join(outcome.reasons()), Decider.SCHOOL, actor, now);
    }

    /**
     * The authority's decision on a referral: it takes the case (the authority maintains the IDP,
     * for every reason the rules give and because it decided so) or finds the school best placed.
     */
    public static MaintainerDecision onReferral(long localAuthorityId, long pupilId, long alnDecisionId,
                                               WhoMaintains.Facts facts, ReferralOutcome referralOutcome,
                                               String actor, Instant now) {
        List<MaintainerReason> why = new ArrayList<>();
        Maintainer maintainer;
        if (referralOutcome == ReferralOutcome.AUTHORITY_DECIDES) {
            WhoMaintains.Outcome rules = WhoMaintains.decide(facts);
            if (rules.maintainer() == Maintainer.AUTHORITY) {
                why.addAll(rules.reasons());
            }
            why.add(MaintainerReason.AUTHORITY_DECIDES);
            maintainer = Maintainer.AUTHORITY;
        } else {
            if (!WhoMaintains.factsForAuthority(facts).isEmpty()) {
                throw new IllegalArgumentException("A case the facts make the authority's stays with the authority");
            }
            why.add(MaintainerReason.SCHOOL_BEST_PLACED);
            maintainer = Maintainer.SCHOOL;
        }
        return new MaintainerDecision(null, localAuthorityId, pupilId, alnDecisionId, facts.dualRegistered(),
                facts.lookedAfter(), facts.specialPlacement(), facts.taHoursPerWeek(), Codes.join(facts.grounds()),
                maintainer, Codes.join(why), Decider.AUTHORITY, actor, now);
    }

    public List<MaintainerReason> reasons() {
        return Codes.split(reasons, MaintainerReason.class);
    }

    public Set<MaintainerReason> grounds() {
        return Set.copyOf(Codes.split(grounds, MaintainerReason.class));
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getAlnDecisionId() { return alnDecisionId; }
    public boolean isDuallyRegistered() { return duallyRegistered; }
    public boolean isLookedAfter() { return lookedAfter; }
    public boolean isSpecialPlacement() { return specialPlacement; }
    public @Nullable BigDecimal getTaHours() { return taHours; }
    public Maintainer getMaintainer() { return maintainer; }
    public Decider getDecidedAs() { return decidedAs; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
