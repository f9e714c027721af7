package org.waymark.plans.domain;

/** How far an outcome was reached by the time of a review. */
public enum OutcomeProgress {
    ACHIEVED,
    PARTLY,
    NOT_YET
}
