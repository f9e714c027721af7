package org.waymark.ras.domain;

/** Where a RAS case stands (seed 004: scored, verified, moderated, costed at the TAC, routed, decided). */
public enum RasCaseStatus {
    /** An annual review's case: the setting was asked for updated reports; the outcomes are looked back on next. */
    REPORTS_AWAITED,
    /** The case co-ordinator scores the outcomes (again, when returned). */
    SCORING,
    /** Waiting for the lead SEND co-ordinator to verify. */
    TO_VERIFY,
    /** Verified; waiting for the personalisation officer to moderate and set the indicative resource. */
    VERIFIED,
    /** Indicative resource set: the TAC meeting costs the provision. */
    MODERATED,
    /** Within the indicative resource and under the sign-off limit: the lead co-ordinator signs off. */
    TO_SIGN_OFF,
    /** Taken to the SEND resource panel. */
    AT_PANEL,
    /** Signed off by the lead co-ordinator. */
    SIGNED_OFF,
    /** Decided by the SEND resource panel. */
    DECIDED;

    public boolean open() {
        return this != SIGNED_OFF && this != DECIDED;
    }

    /** Whether documents may still be added as evidence (before the scores go for verification). */
    public boolean takesEvidence() {
        return this == REPORTS_AWAITED || this == SCORING;
    }
}
