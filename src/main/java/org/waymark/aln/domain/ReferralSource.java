package org.waymark.aln.domain;

/** Who referred a pupil's case to the authority. */
public enum ReferralSource {
    SCHOOL,
    PARENT,
    YOUNG_PERSON,
    PROFESSIONAL
}
