package org.waymark.pupils.domain;

import java.util.Map;

/**
 * A port: an authority's pupils counted by main need, year group and school, read from counts kept
 * as pupils are written (the reporting feature's summaries) instead of from the whole register. The
 * same pupils as {@link PupilDirectory}'s counts for the authority's scope (every pupil of the
 * authority, leavers included), at the cost of a few hundred summary rows rather than an index scan
 * of the register (1.77 million entries at England size).
 */
public interface AuthorityPupilTally {

    /** The counts of one authority; every need present (0 for none), year groups and schools with pupils only. */
    Tally ofAuthority(long localAuthorityId);

    record Tally(Map<AreaOfNeed, Long> byPrimaryNeed, Map<YearGroup, Long> byYearGroup, Map<Long, Long> bySchool) {
    }
}
