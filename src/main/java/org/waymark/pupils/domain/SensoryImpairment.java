package org.waymark.pupils.domain;

/** A long-term sensory impairment, if any. */
public enum SensoryImpairment {
    NONE,
    HEARING,
    VISION,
    MULTI_SENSORY
}
