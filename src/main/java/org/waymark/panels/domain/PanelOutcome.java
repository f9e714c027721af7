package org.waymark.panels.domain;

/** What a panel decided on a case. */
public enum PanelOutcome {
    /** Funding at a level (HLN 1–3) or a variable amount, for a period. */
    AWARDED,
    DECLINED,
    /** An interim decision or an appealed decision stands as it was. */
    CONFIRMED
}
