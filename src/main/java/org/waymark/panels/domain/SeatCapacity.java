package org.waymark.panels.domain;

/** In what capacity a member sits: the appeals panel needs a senior officer, a head teacher and a SENCO. */
public enum SeatCapacity {
    SENIOR_OFFICER, OFFICER, HEAD_TEACHER, SENCO, OTHER
}
