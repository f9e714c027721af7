package org.waymark.moderation.service;

/** A moderation meeting changed (a decision, an attendee, FNF money, closing): everyone viewing it should redraw. */
public record MeetingChanged(long meetingId) {
}
