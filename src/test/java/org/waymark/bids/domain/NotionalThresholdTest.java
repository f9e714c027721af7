package org.waymark.bids.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;

/** The £6,000 shown before top-up, pro rata by school days for a pupil who joined mid-year. */
class NotionalThresholdTest {

    // 2025/26 in an English authority: three terms, no half-terms, to keep the arithmetic checkable
    static final List<Term> YEAR = List.of(
            new Term("2025/26", TermName.AUTUMN, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)),
            new Term("2025/26", TermName.SPRING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27)),
            new Term("2025/26", TermName.SUMMER, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 17)));
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25));

    @Test
    void a_pupil_here_all_year_needs_the_whole_threshold() {
        NotionalThreshold.Threshold t = NotionalThreshold.forPupil(NotionalThreshold.DEFAULT, YEAR, HOLIDAYS,
                LocalDate.of(2021, 9, 1));
        // autumn 80 weekdays, spring 60, summer 70 less two bank holidays = 208
        assertThat(t.schoolDaysInYear()).isEqualTo(208);
        assertThat(t.amount()).isEqualByComparingTo("6000");
        assertThat(t.proRata()).isFalse();
    }

    @Test
    void a_pupil_joining_at_the_start_of_spring_counts_spring_and_summer_only() {
        NotionalThreshold.Threshold t = NotionalThreshold.forPupil(NotionalThreshold.DEFAULT, YEAR, HOLIDAYS,
                LocalDate.of(2026, 1, 5));
        assertThat(t.schoolDaysAttended()).isEqualTo(128);
        // 6000 × 128 / 208 = 3692.31 → £3,692
        assertThat(t.amount()).isEqualByComparingTo("3692");
        assertThat(t.proRata()).isTrue();
    }

    @Test
    void joining_in_a_holiday_counts_from_the_next_school_day_and_weekends_do_not_count() {
        NotionalThreshold.Threshold inHoliday = NotionalThreshold.forPupil(NotionalThreshold.DEFAULT, YEAR, HOLIDAYS,
                LocalDate.of(2025, 12, 25));
        NotionalThreshold.Threshold onSaturday = NotionalThreshold.forPupil(NotionalThreshold.DEFAULT, YEAR, HOLIDAYS,
                LocalDate.of(2026, 1, 3));
        assertThat(inHoliday.schoolDaysAttended()).isEqualTo(128);
        assertThat(onSaturday.amount()).isEqualByComparingTo(inHoliday.amount());
    }

    @Test
    void a_bank_holiday_is_not_a_school_day_and_the_last_day_of_year_counts_one() {
        NotionalThreshold.Threshold lastDay = NotionalThreshold.forPupil(new BigDecimal("6000"), YEAR, HOLIDAYS,
                LocalDate.of(2026, 7, 17));
        assertThat(lastDay.schoolDaysAttended()).isEqualTo(1);
        assertThat(lastDay.amount()).isEqualByComparingTo("29"); // 6000 / 208 = 28.85
        NotionalThreshold.Threshold afterYear = NotionalThreshold.forPupil(new BigDecimal("6000"), YEAR, HOLIDAYS,
                LocalDate.of(2026, 7, 20));
        assertThat(afterYear.amount()).isEqualByComparingTo("0");
    }

    @Test
    void without_term_dates_the_full_threshold_applies() {
        assertThat(NotionalThreshold.forPupil(new BigDecimal("5000"), List.of(), Set.of(), LocalDate.of(2026, 2, 1))
                .amount()).isEqualByComparingTo("5000");
    }
}
