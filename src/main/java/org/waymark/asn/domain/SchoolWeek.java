package org.waymark.asn.domain;

import java.math.BigDecimal;

import org.waymark.organisation.domain.Phase;
import org.waymark.pupils.domain.YearGroup;

/**
 * The hours of a pupil's week in school, against which time with a specialist teacher and time
 * working without adult support are set: by default a Scottish primary week of 25 hours, a
 * secondary (and learning-centre, special or all-through) week of 27.5, and the 30 hours a week of
 * funded early learning and childcare. An authority may set its own lengths ({@link AsnSettings}).
 */
public final class SchoolWeek {

    public static final BigDecimal EARLY_YEARS = new BigDecimal("30");
    public static final BigDecimal PRIMARY = new BigDecimal("25");
    public static final BigDecimal SECONDARY = new BigDecimal("27.5");

    private SchoolWeek() {
    }

    /** The default week at a school of this phase. */
    public static BigDecimal hours(Phase phase) {
        return hours(phase, null, EARLY_YEARS, PRIMARY, SECONDARY);
    }

    /**
     * The week of a pupil at a school of this phase, from the authority's lengths: a child in early
     * learning and childcare (the ELC year group, say a primary school's nursery class) has the
     * early-years week wherever they are taught.
     */
    public static BigDecimal hours(Phase phase, @org.jspecify.annotations.Nullable YearGroup yearGroup,
                                   BigDecimal earlyYears, BigDecimal primary, BigDecimal secondary) {
        if (yearGroup == YearGroup.ELC) {
            return earlyYears;
        }
        return switch (phase) {
            case EARLY_YEARS -> earlyYears;
            case PRIMARY -> primary;
            case SECONDARY, ALL_THROUGH, SPECIAL, LEARNING_CENTRE -> secondary;
        };
    }
}
