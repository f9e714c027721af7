package org.waymark.allocations.domain;

/** Why an allocation stopped before (or on) the end of its period. */
public enum AllocationEnd {
    /** Replaced by a larger allocation from the start of the next term. */
    INCREASED,
    /** Replaced by a smaller one after the end of the next term. */
    REDUCED,
    DISCONTINUED,
    /** The pupil left (not a planned transition): one month after leaving. */
    LEFT,
    /** The pupil never took up the place: one month after. */
    NEVER_TOOK_UP_PLACE,
    /** The pupil moved school and the allocation continues at the new school. */
    MOVED,
    /** An appeal panel replaced the decision it came from. */
    REPLACED_ON_APPEAL,
    /** AFN the family returned because the authority awarded the pupil HLN. */
    RETURNED_FOR_HLN
}
