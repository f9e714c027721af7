package org.waymark.ehc.domain;

/**
 * The statutory exceptions that excuse an assessment's time limits (SEND Regulations 2014,
 * regulations 10(4), 13(3) and 8(2)), recorded with reasons and a period that does not count.
 */
public enum ClockException {
    /**
     * The authority asked the school or college for advice in the week before it closed for 4 weeks
     * or more; the period runs until a week before it reopens.
     */
    INSTITUTION_CLOSED,
    /** Exceptional personal circumstances affecting the child or the parent. */
    PERSONAL_CIRCUMSTANCES,
    /** The child or the parent away from the authority's area for 4 weeks or more. */
    AWAY_FROM_AREA;

    /** Whether the exception needs a period of at least 4 weeks. */
    public boolean needsFourWeeks() {
        return this != PERSONAL_CIRCUMSTANCES;
    }
}
