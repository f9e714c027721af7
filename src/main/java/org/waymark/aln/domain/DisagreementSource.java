package org.waymark.aln.domain;

/** Who logged a disagreement: a parent, or the school on the young person's behalf. */
public enum DisagreementSource {
    PARENT, SCHOOL_FOR_YOUNG_PERSON
}
