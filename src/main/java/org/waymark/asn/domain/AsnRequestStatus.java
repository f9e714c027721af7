package org.waymark.asn.domain;

/** Where an hours request stands: with the school, with the officer, or finished. */
public enum AsnRequestStatus {
    /** The school is filling it in. */
    DRAFT,
    /** With the Education Support Officer for scrutiny. */
    SUBMITTED,
    /** The officer decided hours a week, with reasons. */
    DECIDED,
    /** The officer decided no hours, with reasons. */
    DECLINED,
    /** The school took it back. */
    WITHDRAWN;

    /** Still waiting for someone to act on it. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED;
    }
}
