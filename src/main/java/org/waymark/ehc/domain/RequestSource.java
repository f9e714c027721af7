package org.waymark.ehc.domain;

/** Who asked for an EHC needs assessment. */
public enum RequestSource {
    SCHOOL,
    PARENT,
    YOUNG_PERSON,
    /** A professional (a doctor, a health visitor, a social worker …), recorded by a caseworker. */
    PROFESSIONAL
}
