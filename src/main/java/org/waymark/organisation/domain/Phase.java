package org.waymark.organisation.domain;

/** A school's phase. */
public enum Phase {
    EARLY_YEARS,
    PRIMARY,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    LEARNING_CENTRE
}
