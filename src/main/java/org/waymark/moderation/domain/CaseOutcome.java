package org.waymark.moderation.domain;

/** What a moderation meeting decided on one case. */
public enum CaseOutcome {
    /** An AFN bid agreed at a level and amount. */
    AGREED,
    DECLINED,
    RETURNED,
    /** An HLN bid countersigned and forwarded to the authority. */
    FORWARDED,
    /** A pupil holding HLN whose level still fits. */
    LEVEL_CONFIRMED,
    /** A pupil holding HLN whose level no longer fits: the school is asked to review it. */
    REVIEW_ASKED
}
