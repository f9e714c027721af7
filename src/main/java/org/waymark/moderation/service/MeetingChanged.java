package org.waymark.moderation.service;

import org.waymark.cluster.domain.UiSignal;

/**
 * A moderation meeting changed (a decision, an attendee, FNF money, closing): everyone viewing it
 * should redraw, on every node (a {@link UiSignal}, DD016).
 */
public record MeetingChanged(long meetingId) implements UiSignal {
}
