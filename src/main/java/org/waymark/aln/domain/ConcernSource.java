package org.waymark.aln.domain;

/** Who raised the concern that a pupil may have additional learning needs. */
public enum ConcernSource {
    PARENT,
    YOUNG_PERSON,
    TEACHER,
    ALNCO,
    HEALTH_PROFESSIONAL,
    OTHER_PROFESSIONAL
}
