package org.waymark.allocations.domain;

/** What an allocation came from. */
public enum AllocationSource {
    MODERATION,
    PANEL,
    INTERIM,
    APPEAL,
    /** A family allocation not tied to one pupil's bid, e.g. FNF recorded in a meeting. */
    FAMILY,
    /** Scotland: the Education Support Officer's scrutiny of a school's requests for ASN assistant hours. */
    SCRUTINY,
    /** Scotland: a mid-term allocation of ASN assistant hours, approved by the inclusion and equality team (and its reviews). */
    MID_TERM,
    /** England: a RAS plan signed off by the lead SEND co-ordinator within the indicative resource and limit. */
    RAS
}
