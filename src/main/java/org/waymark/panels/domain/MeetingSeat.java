package org.waymark.panels.domain;

/** A member sitting at one meeting (copied from the panel when it opens). Part of {@link PanelMeeting}. */
public record MeetingSeat(long userId, String displayName, SeatCapacity capacity, SeatRole seatRole) {

    static MeetingSeat of(PanelSeat seat) {
        return new MeetingSeat(seat.userId(), seat.displayName(), seat.capacity(), seat.seatRole());
    }
}
