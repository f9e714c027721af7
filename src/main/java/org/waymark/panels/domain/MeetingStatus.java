package org.waymark.panels.domain;

/** A panel meeting is open while it decides; closed, it is the record. */
public enum MeetingStatus {
    OPEN, CLOSED
}
