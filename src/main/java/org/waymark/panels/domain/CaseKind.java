package org.waymark.panels.domain;

/** Why a case is on a panel's list. */
public enum CaseKind {
    /** An HLN bid countersigned by the family and forwarded to the authority. */
    NEW_BID,
    /** An allocation ending: the school asked again. */
    RESUBMISSION,
    /** An interim decision made outside a panel, brought to the next main panel. */
    INTERIM_REVIEW,
    /** A head teacher's appeal, supported by the family. */
    APPEAL,
    /** A RAS case the TAC could not sign off within the indicative resource and the limit (SEND resource panel). */
    RAS
}
