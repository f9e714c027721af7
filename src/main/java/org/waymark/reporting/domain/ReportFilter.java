package org.waymark.reporting.domain;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.Scheme;
import org.waymark.pupils.domain.AreaOfNeed;

/**
 * What a dashboard is narrowed to, within the caller's scope: the financial year (its starting
 * calendar year, April to March) for dated figures, a family, a school, a primary area of need
 * and a scheme. A family or school outside the caller's scope simply matches nothing.
 */
public record ReportFilter(int financialYear, @Nullable Long familyId, @Nullable Long schoolId,
                           @Nullable AreaOfNeed area, @Nullable Scheme scheme) {

    public static ReportFilter year(int financialYear) {
        return new ReportFilter(financialYear, null, null, null, null);
    }

    public java.time.LocalDate yearStart() {
        return java.time.LocalDate.of(financialYear, 4, 1);
    }

    /** The last day of the financial year (31 March). */
    public java.time.LocalDate yearEnd() {
        return java.time.LocalDate.of(financialYear + 1, 3, 31);
    }
}
