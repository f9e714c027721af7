package org.waymark.plans.domain;

/** Where a plan stands. */
public enum PlanStatus {
    DRAFT,
    /** Agreed (school plans) or issued (statutory plans): a version is in force. */
    AGREED,
    UNDER_REVIEW,
    CEASED
}
