package org.waymark.asn.domain;

/** Where an hours request stands: with the school, with the officers or the inclusion team, or finished. */
public enum AsnRequestStatus {
    /** The school is filling it in. */
    DRAFT,
    /** With the Education Support Officer: for scrutiny, or (a mid-term request) for the lead officer's assessment. */
    SUBMITTED,
    /** A mid-term request the lead officer assessed: waiting for the second officer's joint view. */
    ASSESSED,
    /** A mid-term request both officers scrutinised: waiting for the inclusion and equality team's approval. */
    RECOMMENDED,
    /** Hours a week decided (by the officer's scrutiny, or approved by the inclusion team), with reasons. */
    DECIDED,
    /** No hours decided, with reasons. */
    DECLINED,
    /** The school took it back. */
    WITHDRAWN,
    /**
     * Not a status a request is in but a step of its history: a mid-term allocation was reviewed
     * (its hours kept or reduced); the request stays decided.
     */
    REVIEWED;

    /** Still waiting for someone to act on it. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == ASSESSED || this == RECOMMENDED;
    }
}
