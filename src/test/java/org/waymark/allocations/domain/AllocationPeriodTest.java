package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.organisation.domain.CalendarFixtures;
import org.waymark.pupils.domain.YearGroup;

class AllocationPeriodTest {

    @ParameterizedTest(name = "{0} {1} for {4} decided {2} from {3}: ends {6}")
    @CsvSource(nullValues = "-", value = {
            // Year 4: key stage 2 ends with Year 6 in 2028/29, whose terms are not entered yet
            "ENGLAND,  KEY_STAGE,     2026-11-27, 2027-01-04, Y4, -,          2029-08-31",
            // Year 6: the end of this year's summer term
            "ENGLAND,  KEY_STAGE,     2026-11-27, 2027-01-04, Y6, -,          2027-07-21",
            // decided at the end of Year 6, starting in Year 7: key stage 3 (to Year 9)
            "ENGLAND,  KEY_STAGE,     2026-07-10, 2026-09-02, Y6, -,          2029-08-31",
            "ENGLAND,  ACADEMIC_YEAR, 2026-11-27, 2027-01-04, Y9, -,          2027-07-21",
            "SCOTLAND, KEY_STAGE,     2026-11-27, 2027-01-07, P7, -,          2027-06-30",
            "SCOTLAND, ACADEMIC_YEAR, 2026-06-30, 2026-08-18, S2, -,          2027-06-30",
            "ENGLAND,  CUSTOM,        2026-11-27, 2027-01-04, N2, 2027-03-25, 2027-03-25",
    })
    void a_period_ends_with_the_summer_term_of_its_last_year(String nation, AllocationPeriod period,
                                                             LocalDate decidedOn, LocalDate start,
                                                             YearGroup yearGroup, @Nullable LocalDate customEnd,
                                                             LocalDate end) {
        assertThat(period.endFor(CalendarFixtures.of(nation), decidedOn, start, yearGroup, customEnd)).isEqualTo(end);
    }

    @Test
    void a_custom_period_needs_an_end_after_its_start() {
        assertThatThrownBy(() -> AllocationPeriod.CUSTOM.endFor(CalendarFixtures.england(),
                LocalDate.parse("2026-11-27"), LocalDate.parse("2027-01-04"), YearGroup.R, LocalDate.parse("2026-12-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void years_left_in_a_stage() {
        assertThat(AllocationPeriod.yearsLeftInStage(YearGroup.Y3)).isEqualTo(3);
        assertThat(AllocationPeriod.yearsLeftInStage(YearGroup.Y11)).isZero();
        assertThat(AllocationPeriod.yearsLeftInStage(YearGroup.S4)).isEqualTo(2);
    }
}
