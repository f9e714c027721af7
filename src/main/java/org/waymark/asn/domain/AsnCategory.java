package org.waymark.asn.domain;

/** The categories of need for which assistant hours are granted (and exceptional circumstances). */
public enum AsnCategory {
    /** The pupil follows a highly individualised curriculum. */
    INDIVIDUALISED_CURRICULUM,
    /** The pupil persistently shows signs of distress: an individual protocol and a risk assessment go with it. */
    PERSISTENT_DISTRESS,
    /** Medical needs or a long-term sensory impairment. */
    MEDICAL_OR_SENSORY,
    /** None of the above: dealt with case by case, with a reason. */
    EXCEPTIONAL
}
