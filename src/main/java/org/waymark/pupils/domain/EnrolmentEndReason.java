package org.waymark.pupils.domain;

/** Why an enrolment ended. */
public enum EnrolmentEndReason {
    /** A planned move, e.g. from primary to secondary. */
    PLANNED_TRANSITION,
    /** Moved to another school during the year. */
    MOVED_SCHOOL,
    /** Left without a planned transition. */
    LEFT,
    /** Offered a place but never took it up. */
    NEVER_TOOK_UP_PLACE
}
