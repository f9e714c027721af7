package org.waymark.panels.domain;

/** The authority's panels (SPEC §6). */
public enum PanelKind {
    HLN_MAIN,
    /** Sits with the main panel's members. */
    HLN_RESUBMISSION,
    /** Independent of the original decision. */
    APPEALS,
    /** Weekly (Gloucestershire). */
    SEND_RESOURCE;

    /** The panel whose standing members sit on this one. */
    public PanelKind membersFrom() {
        return this == HLN_RESUBMISSION ? HLN_MAIN : this;
    }
}
