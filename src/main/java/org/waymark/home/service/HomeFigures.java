package org.waymark.home.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.moderation.service.FamilyMoneyService;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.service.PupilStatistics;

/**
 * What a user's home page shows, chosen by their role: their school's pupils, their family's
 * schools, their authority's register, the authority's configuration, or their own children.
 */
public record HomeFigures(Kind kind, String heading, @Nullable Crest crest, @Nullable PupilStatistics pupils,
                          List<SchoolLine> schools, List<PupilRow> children,
                          @Nullable AuthorityConfiguration configuration,
                          FamilyMoneyService.@Nullable YearBudget familyBudget) {

    /** The authority's crest image (frontend/assets/images/crests/CODE.svg) and its name. */
    public record Crest(String authorityCode, String authorityName) {
    }

    public enum Kind { SCHOOL, FAMILY, AUTHORITY, AUTHORITY_CONFIGURATION, PARENT }

    /** A school of a family with its pupil count. */
    public record SchoolLine(long schoolId, String name, String phase, boolean optedOut, long pupils) {
    }

    /** How far an authority's set-up has got. */
    public record AuthorityConfiguration(String nation, long schools, long families, long users, long pupils,
                                         long termsConfigured, long bankHolidays) {
    }
}
