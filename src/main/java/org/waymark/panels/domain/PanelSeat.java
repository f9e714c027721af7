package org.waymark.panels.domain;

/** A standing member of a panel. Part of {@link Panel}. */
public record PanelSeat(long userId, String displayName, SeatCapacity capacity, SeatRole seatRole) {
}
