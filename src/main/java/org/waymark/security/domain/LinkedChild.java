package org.waymark.security.domain;

/** A child whose records a parent / carer account may see; part of the {@link AppUser} aggregate. */
public record LinkedChild(long pupilId) {
}
