package org.waymark.moderation.domain;

/** Someone at a moderation meeting, and in what capacity (e.g. "SENCO, Larkfield Primary School"). */
public record Attendee(String name, String capacity) {
}
