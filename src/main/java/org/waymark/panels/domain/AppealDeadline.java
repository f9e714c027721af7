package org.waymark.panels.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.SchoolCalendar;

/**
 * How long a head teacher has to ask for an appeal against a panel's decision: a number of
 * working days from the date of the decision letter, counted on the authority's calendar
 * (weekends and its nation's bank holidays do not count; the letter's own day does not either).
 * The funding arrangements (para 4.28) allow an appeal through the family of schools but set no
 * period, so the authority configures one: {@code waymark.appeals.days}, 20 working days unless set.
 */
public record AppealDeadline(int workingDays) {

    public static final int DEFAULT_WORKING_DAYS = 20;
    /** A period longer than a school term would leave a decision open for most of a year. */
    public static final int MAX_WORKING_DAYS = 65;

    public AppealDeadline {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("waymark.appeals.days must be from 1 to " + MAX_WORKING_DAYS
                    + " working days, was " + workingDays);
        }
    }

    /** The last day to ask for an appeal against a letter dated {@code letterDate}; none for a letter not yet sent. */
    public @Nullable LocalDate lastDay(@Nullable LocalDate letterDate, SchoolCalendar calendar) {
        return letterDate == null ? null : calendar.addWorkingDays(letterDate, workingDays);
    }
}
