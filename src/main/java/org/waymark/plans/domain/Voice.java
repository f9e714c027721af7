package org.waymark.plans.domain;

/** Whose words a piece of the plan is: the child's, the parents' or carers', or staff's. */
public enum Voice {
    CHILD,
    PARENT,
    STAFF
}
