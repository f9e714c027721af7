package org.waymark.reporting.domain;

/** What kind of restrictive practice an incident was. */
public enum RestrictiveKind {
    /** Holding or moving a pupil by force. */
    PHYSICAL_INTERVENTION,
    /** Keeping a pupil alone in a room or area they cannot leave. */
    SECLUSION,
    /** Restricting a pupil's movement with equipment. */
    MECHANICAL_RESTRAINT
}
