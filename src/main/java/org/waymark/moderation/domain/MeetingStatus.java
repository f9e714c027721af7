package org.waymark.moderation.domain;

/** An open meeting takes decisions; a closed one is a read-only record. */
public enum MeetingStatus {
    OPEN,
    CLOSED
}
