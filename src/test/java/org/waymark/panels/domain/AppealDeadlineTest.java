package org.waymark.panels.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.organisation.domain.SchoolCalendar;

/** The last day to ask for an appeal: working days from the letter's date on the authority's calendar. */
class AppealDeadlineTest {

    private static final SchoolCalendar CALENDAR = new SchoolCalendar(List.of(), Set.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 5, 3)));

    @ParameterizedTest(name = "letter of {0}, {1} working days: {2}")
    @CsvSource(nullValues = "-", value = {
            // a Monday in an ordinary fortnight: weekends do not count
            "2026-11-02, 10, 2026-11-16",
            // the letter's own day does not count
            "2026-11-02,  1, 2026-11-03",
            // a Friday letter: the next working day is Monday
            "2026-11-06,  1, 2026-11-09",
            // a letter sent on a Saturday still counts from the next working day
            "2026-11-07,  1, 2026-11-09",
            // over Christmas: 25 and 28 December and 1 January are bank holidays
            "2026-12-03, 20, 2027-01-05",
            // the early May bank holiday
            "2027-04-30,  1, 2027-05-04",
            // a letter not yet sent has no deadline yet
            "-,          20, -",
    })
    void counts_working_days_from_the_letters_date(@Nullable LocalDate letterDate, int days,
                                                    @Nullable LocalDate lastDay) {
        assertThat(new AppealDeadline(days).lastDay(letterDate, CALENDAR)).isEqualTo(lastDay);
    }

    @Test
    void the_period_is_at_least_a_day_and_at_most_a_term() {
        assertThat(new AppealDeadline(AppealDeadline.MAX_WORKING_DAYS).workingDays()).isEqualTo(65);
        assertThatThrownBy(() -> new AppealDeadline(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waymark.appeals.days");
        assertThatThrownBy(() -> new AppealDeadline(66)).isInstanceOf(IllegalArgumentException.class);
    }
}
