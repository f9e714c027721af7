package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCalendarTest {

    @ParameterizedTest(name = "{0}: {2} working days after {1} is {3}")
    @CsvSource({
            // plain weeks
            "ENGLAND,  2026-11-02, 10, 2026-11-16",
            // St Andrew's Day (30 Nov) is a bank holiday in Scotland only
            "ENGLAND,  2026-11-23, 10, 2026-12-07",
            "SCOTLAND, 2026-11-23, 10, 2026-12-08",
            // across Christmas: 25 Dec and the substitute Boxing Day 28 Dec
            "ENGLAND,  2026-12-14, 10, 2026-12-30",
            // Scotland also keeps 1 Jan and the substitute 2nd January (4 Jan 2027)
            "SCOTLAND, 2026-12-21, 10, 2027-01-08",
            "ENGLAND,  2026-12-21, 10, 2027-01-07",
            // across Easter: Good Friday everywhere, Easter Monday not in Scotland
            "ENGLAND,  2027-03-22, 10, 2027-04-07",
            "SCOTLAND, 2027-03-22, 10, 2027-04-06",
            // a meeting on a Saturday: counting starts on Monday
            "ENGLAND,  2026-11-21,  1, 2026-11-23",
            "ENGLAND,  2026-11-20,  0, 2026-11-20",
    })
    void working_days_are_weekdays_that_are_not_bank_holidays(String nation, LocalDate from, int days,
                                                              LocalDate expected) {
        SchoolCalendar calendar = CalendarFixtures.of(nation);
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}: {2} school days after {1} is {3}")
    @CsvSource({
            // Wales' 20 school days: the Christmas holiday does not count (18 Dec last day of term)
            "ENGLAND,  2026-12-07, 20, 2027-01-18",
            // Easter holiday (26 Mar to 11 Apr 2027) skipped
            "ENGLAND,  2027-03-15, 10, 2027-04-13",
            // Scotland's terms start in August and the St Andrew's Day holiday is not a school day
            "SCOTLAND, 2026-11-23,  5, 2026-12-01",
            // from inside a holiday: the first school day is the first day of term
            "ENGLAND,  2026-12-24,  1, 2027-01-04",
    })
    void school_days_are_working_days_in_term(String nation, LocalDate from, int days, LocalDate expected) {
        SchoolCalendar calendar = CalendarFixtures.of(nation);
        assertThat(calendar.addSchoolDays(from, days)).contains(expected);
        assertThat(calendar.schoolDaysBetween(from, expected)).isEqualTo(days);
    }

    @ParameterizedTest(name = "Wales with half-terms: {1} school days after {0} is {2}")
    @CsvSource({
            // the October half-term week (26-30 Oct) is no school days: without it the answer is 4 Nov
            "2026-10-21,  5, 2026-11-04",
            "2026-10-23,  1, 2026-11-02",
            // from inside the break: the first school day after it
            "2026-10-27,  1, 2026-11-02",
            // February's half-term (15-19 Feb)
            "2027-02-12,  1, 2027-02-22",
    })
    void breaks_in_term_are_not_school_days(LocalDate from, int days, LocalDate expected) {
        SchoolCalendar wales = CalendarFixtures.wales();
        assertThat(wales.addSchoolDays(from, days)).contains(expected);
        assertThat(wales.schoolDaysBetween(from, expected)).isEqualTo(days);
    }

    @Test
    void a_break_is_in_term_but_not_a_school_day_nor_does_it_change_the_term_after() {
        SchoolCalendar wales = CalendarFixtures.wales();
        LocalDate halfTerm = LocalDate.parse("2026-10-28");
        assertThat(wales.termContaining(halfTerm)).map(Term::termName).contains(TermName.AUTUMN);
        assertThat(wales.isWorkingDay(halfTerm)).isTrue();
        assertThat(wales.isSchoolDay(halfTerm)).isFalse();
        assertThat(wales.isSchoolDay(LocalDate.parse("2026-11-02"))).isTrue();
        assertThat(wales.termAfter(halfTerm)).map(Term::startDate).contains(LocalDate.parse("2027-01-04"));
        // the same terms without the breaks count the half-term week as school days
        SchoolCalendar whole = new SchoolCalendar(wales.terms(), java.util.Set.of());
        assertThat(whole.isSchoolDay(halfTerm)).isTrue();
    }

    @Test
    void counting_school_days_past_the_last_known_term_gives_nothing() {
        assertThat(CalendarFixtures.england().addSchoolDays(LocalDate.parse("2027-07-01"), 30)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: the term after {1} starts {2}")
    @CsvSource({
            "ENGLAND,  2026-11-27, 2027-01-04",
            // the last day of a term: the term after is the next one
            "ENGLAND,  2026-12-18, 2027-01-04",
            // in the holiday: the term that ends the holiday
            "ENGLAND,  2026-12-30, 2027-01-04",
            // the first day of a term: still the next term
            "ENGLAND,  2027-01-04, 2027-04-12",
            "ENGLAND,  2026-08-10, 2026-09-02",
            "SCOTLAND, 2026-08-10, 2026-08-18",
            "SCOTLAND, 2026-06-30, 2026-08-18",
    })
    void the_term_after_a_date_is_the_first_to_start_after_it(String nation, LocalDate day, LocalDate start) {
        assertThat(CalendarFixtures.of(nation).termAfter(day)).map(Term::startDate).contains(start);
    }

    @Test
    void school_day_needs_a_term_and_a_working_day() {
        SchoolCalendar england = CalendarFixtures.england();
        assertThat(england.isSchoolDay(LocalDate.parse("2026-11-27"))).isTrue();
        assertThat(england.isSchoolDay(LocalDate.parse("2026-11-28"))).isFalse();
        assertThat(england.isSchoolDay(LocalDate.parse("2026-12-21"))).isFalse();
        assertThat(CalendarFixtures.scotland().isSchoolDay(LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(england.isSchoolDay(LocalDate.parse("2026-11-30"))).isTrue();
    }
}
