package org.waymark.allocations.domain;

/** Why an allocation stopped before (or on) the end of its period. */
public enum AllocationEnd {
    /** Replaced by a larger allocation from the start of the next term. */
    INCREASED,
    /** Replaced by a smaller one after the end of the next term. */
    REDUCED,
    DISCONTINUED,
    /** The pupil left (not a planned transition): one month after the authority was told. */
    LEFT,
    /** The pupil never took up the place: one month after the authority was told. */
    NEVER_TOOK_UP_PLACE,
    /** The pupil moved school and the allocation continues at the new school. */
    MOVED,
    /**
     * The pupil moved to another school of the authority unplanned: family funding (AFN, FNF)
     * does not follow them and stops at the old school one month after the authority was told.
     */
    MOVED_AWAY,
    /** The pupil moved on by a planned transition: family funding stops on their last day at the school. */
    PLANNED_TRANSITION,
    /** An appeal panel replaced the decision it came from. */
    REPLACED_ON_APPEAL,
    /** AFN the family returned because the authority awarded the pupil HLN. */
    RETURNED_FOR_HLN,
    /** Scotland: the pupil left and their assistant hours stopped from the day they left. */
    LEFT_HOURS_STOPPED
}
