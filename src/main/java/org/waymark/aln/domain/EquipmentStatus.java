package org.waymark.aln.domain;

/** Where a request for specialist equipment stands: requested → approved or declined → ordered → delivered. */
public enum EquipmentStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    ORDERED,
    DELIVERED;

    /** Still moving: not declined and not yet delivered. */
    public boolean inFlight() {
        return this != DECLINED && this != DELIVERED;
    }
}
