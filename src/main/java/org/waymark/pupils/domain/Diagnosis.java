package org.waymark.pupils.domain;

/** A recorded diagnosis; never by itself a reason to allocate support. Part of {@link Pupil}. */
public record Diagnosis(String description) {
}
