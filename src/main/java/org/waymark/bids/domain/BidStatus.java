package org.waymark.bids.domain;

/** Where a bid stands: with the school, the family, the authority, or finished. */
public enum BidStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    AGREED,
    DECLINED,
    FORWARDED,
    DECIDED,
    APPEALED;

    /** The school may still change the bid. */
    public boolean editableBySchool() {
        return this == DRAFT || this == RETURNED;
    }
}
