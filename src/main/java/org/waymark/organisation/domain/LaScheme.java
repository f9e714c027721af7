package org.waymark.organisation.domain;

/** A scheme switched on for an authority; part of the {@link LocalAuthority} aggregate. */
public record LaScheme(Scheme scheme) {
}
