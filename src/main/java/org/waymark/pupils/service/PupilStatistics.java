package org.waymark.pupils.service;

import java.util.Map;

import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

/** Counts of the pupils a user may see, for home pages. */
public record PupilStatistics(long total, Map<AreaOfNeed, Long> byPrimaryNeed, Map<YearGroup, Long> byYearGroup,
                              Map<Long, Long> bySchool) {
}
