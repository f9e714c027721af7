package org.waymark.ehc.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A statutory exception recorded on an assessment: the days from {@code fromOn} to {@code toOn}
 * (both counting; while {@code toOn} is empty, up to today) do not count on its clock.
 */
public record EhcPause(ClockException reason, String notes, LocalDate fromOn, @Nullable LocalDate toOn,
                         String recordedBy) {

    public boolean open() {
        return toOn == null;
    }

    public EhcClock.Pause period() {
        return new EhcClock.Pause(fromOn, toOn);
    }
}
