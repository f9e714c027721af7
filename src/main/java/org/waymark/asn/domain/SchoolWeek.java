package org.waymark.asn.domain;

import java.math.BigDecimal;

import org.waymark.organisation.domain.Phase;

/**
 * The hours of a pupil's week in school by the school's phase, against which time with a
 * specialist teacher and time working without adult support are set: a Scottish primary week of
 * 25 hours, a secondary (and learning-centre, special or all-through) week of 27.5, and the 30
 * hours a week of funded early learning and childcare. Defaults until an authority configures its own.
 */
public final class SchoolWeek {

    private SchoolWeek() {
    }

    public static BigDecimal hours(Phase phase) {
        return switch (phase) {
            case EARLY_YEARS -> new BigDecimal("30");
            case PRIMARY -> new BigDecimal("25");
            case SECONDARY, ALL_THROUGH, SPECIAL, LEARNING_CENTRE -> new BigDecimal("27.5");
        };
    }
}
