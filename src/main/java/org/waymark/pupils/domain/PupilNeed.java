package org.waymark.pupils.domain;

/** One area of need of a pupil; part of the {@link Pupil} aggregate. */
public record PupilNeed(AreaOfNeed area) {
}
