package org.waymark.ras.domain;

/** A step recorded on a case, with who, when and why. */
public enum RasStepKind {
    OPENED,
    SETTING_ASKED,
    EVIDENCE_ADDED,
    OUTCOMES_REVIEWED,
    SCORED,
    SUBMITTED,
    RETURNED,
    VERIFIED,
    MODERATED,
    SETTING_TOLD,
    COSTED,
    ROUTED,
    SIGNED_OFF,
    PANEL_DECIDED
}
