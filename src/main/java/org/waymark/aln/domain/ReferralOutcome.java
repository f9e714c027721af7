package org.waymark.aln.domain;

/**
 * The authority's decision on a referral: it takes the case (it decides whether the pupil has ALN
 * and, if so, prepares and maintains the IDP), or the school is best placed to decide (the duty to
 * decide rests with the school, which maintains any IDP).
 */
public enum ReferralOutcome {
    AUTHORITY_DECIDES(Decider.AUTHORITY),
    SCHOOL_BEST_PLACED(Decider.SCHOOL);

    private final Decider decider;

    ReferralOutcome(Decider decider) {
        this.decider = decider;
    }

    /** Who decides the case after this outcome. */
    public Decider decider() {
        return decider;
    }
}
