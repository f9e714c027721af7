package org.waymark.aln.domain;

/** Where an ALN decision record stands: to be decided, referred to the authority, or decided. */
public enum DecisionStatus {
    OPEN,
    REFERRED,
    DECIDED
}
