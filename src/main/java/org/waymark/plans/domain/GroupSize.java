package org.waymark.plans.domain;

/** How support is shared: one-to-one, paired, shared between a few, or in a group. */
public enum GroupSize {
    ONE_TO_ONE,
    PAIRED,
    SHARED,
    GROUP
}
