package org.waymark.allocations.domain;

/** Where an allocation's money (or hours) comes from. */
public enum FundingStream {
    /** Additional family needs: top-up agreed by the family from its AFN budget. */
    AFN,
    /** Family needs funding: training, Family SENCO time, transition support. */
    FNF,
    /** High-level needs: decided by the authority's panel. */
    HLN,
    /** Scotland: assistant hours per week. */
    ASN_HOURS,
    /** Gloucestershire: resource from the resource allocation system. */
    RAS;

    /** Lines of this stream hold hours a week (Scotland's assistant hours), not a yearly amount of money. */
    public boolean inHours() {
        return this == ASN_HOURS;
    }

    /** HLN follows a pupil to a new school; family money stays with the family (SPEC §7). */
    public boolean followsPupil() {
        return this == HLN || this == ASN_HOURS || this == RAS;
    }
}
