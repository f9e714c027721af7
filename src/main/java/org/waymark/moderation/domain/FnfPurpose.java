package org.waymark.moderation.domain;

/** What the family spends its FNF budget on. */
public enum FnfPurpose {
    TRAINING,
    FAMILY_SENCO_TIME,
    TRANSITION_SUPPORT,
    CONTINGENCY_USE
}
