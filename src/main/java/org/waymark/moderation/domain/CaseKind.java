package org.waymark.moderation.domain;

/** Why a case is on a meeting's agenda. */
public enum CaseKind {
    /** A bid the family's school submitted. */
    BID,
    /** A pupil of the family holding HLN funding, checked that the level still fits. */
    HLN_CHECK
}
