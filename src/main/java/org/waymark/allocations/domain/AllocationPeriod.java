package org.waymark.allocations.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.pupils.domain.YearGroup;

/**
 * How long a decision funds: to the end of the pupil's key stage, to the end of the academic
 * year it starts in, or to a date of the panel's choosing (very young children, new
 * admissions, support that is changing). A key stage or year ends on the last day of its
 * summer term (31 August where the authority has not entered that year's terms).
 */
public enum AllocationPeriod {
    KEY_STAGE, ACADEMIC_YEAR, CUSTOM;

    /** The last year group of each stage: England and Wales key stages, Scotland's stages. */
    private static final List<YearGroup> STAGE_ENDS = List.of(YearGroup.N2, YearGroup.R, YearGroup.Y2,
            YearGroup.Y6, YearGroup.Y9, YearGroup.Y11, YearGroup.Y14, YearGroup.ELC, YearGroup.P7, YearGroup.S3,
            YearGroup.S6);

    /**
     * @param yearGroup the pupil's year group in the academic year of the decision
     * @param customEnd the chosen end (CUSTOM only)
     */
    public LocalDate endFor(SchoolCalendar calendar, LocalDate decidedOn, LocalDate start, YearGroup yearGroup,
                            @Nullable LocalDate customEnd) {
        return switch (this) {
            case CUSTOM -> {
                if (customEnd == null || customEnd.isBefore(start)) {
                    throw new IllegalArgumentException("A custom period needs an end on or after its start");
                }
                yield customEnd;
            }
            case ACADEMIC_YEAR -> yearEnd(calendar, academicYearOf(calendar, start));
            case KEY_STAGE -> {
                int decisionYear = academicYearOf(calendar, decidedOn);
                LocalDate end = yearEnd(calendar, decisionYear + yearsLeftInStage(yearGroup));
                // decided at the very end of a stage, starting in the next one: that stage counts
                yield end.isBefore(start) ? yearEnd(calendar, decisionYear + 1 + yearsLeftInStage(next(yearGroup)))
                        : end;
            }
        };
    }

    /** Years after the current one until the last year of the pupil's key stage (0 in that year). */
    static int yearsLeftInStage(YearGroup yearGroup) {
        YearGroup[] all = YearGroup.values();
        for (int i = yearGroup.ordinal(); i < all.length; i++) {
            if (STAGE_ENDS.contains(all[i])) {
                return i - yearGroup.ordinal();
            }
        }
        return 0;
    }

    private static YearGroup next(YearGroup yearGroup) {
        YearGroup[] all = YearGroup.values();
        int i = yearGroup.ordinal() + 1;
        boolean scottish = yearGroup.appliesTo(Nation.SCOTLAND);
        return i < all.length && all[i].appliesTo(Nation.SCOTLAND) == scottish ? all[i] : yearGroup;
    }

    /** The academic year (by its starting calendar year) a day belongs to; a holiday goes with the term after it. */
    static int academicYearOf(SchoolCalendar calendar, LocalDate day) {
        return calendar.termOnOrAfter(day).map(t -> Integer.parseInt(t.academicYear().substring(0, 4)))
                .orElse(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1);
    }

    private static LocalDate yearEnd(SchoolCalendar calendar, int academicYear) {
        String label = academicYear + "/" + String.format("%02d", (academicYear + 1) % 100);
        return calendar.terms().stream()
                .filter(t -> t.academicYear().equals(label) && t.termName() == TermName.SUMMER)
                .map(Term::endDate).findFirst()
                .orElse(LocalDate.of(academicYear + 1, 8, 31));
    }
}
