package org.waymark.organisation.domain;

/** The support schemes an authority can switch on. */
public enum Scheme {
    /** England: descriptor-based top-up funding (AFN / HLN) with family moderation. */
    DESCRIPTOR_TOP_UP,
    /** England: Resource Allocation System for EHCPs. */
    RESOURCE_ALLOCATION,
    /** Wales: ALN decisions and IDPs. */
    IDP,
    /** Scotland: ASN assistant hours and mid-term allocations. */
    ASN_HOURS
}
