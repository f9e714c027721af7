package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.base.domain.Nation;

class UsualTermDatesTest {

    @ParameterizedTest(name = "{0} {1}: {2} to {3}, {4} to {5}, {6} to {7}")
    @CsvSource({
            // Easter 5 April 2026: the spring term ends the Friday before Holy Week
            "ENGLAND,  2025, 2025-09-02, 2025-12-19, 2026-01-05, 2026-03-27, 2026-04-13, 2026-07-22",
            // early Easter (28 March 2027); 20 December a Sunday: autumn ends Friday 18th
            "ENGLAND,  2026, 2026-09-02, 2026-12-18, 2027-01-04, 2027-03-19, 2027-04-05, 2027-07-22",
            // 2 September a Saturday: the Monday; early Easter (31 March 2024)
            "ENGLAND,  2023, 2023-09-04, 2023-12-15, 2024-01-04, 2024-03-22, 2024-04-08, 2024-07-22",
            // late Easter (24 April 2011): the summer term would start on the early May bank holiday
            "ENGLAND,  2010, 2010-09-02, 2010-12-17, 2011-01-04, 2011-04-15, 2011-05-03, 2011-07-22",
            // Wales starts a day earlier and ends two days earlier
            "WALES,    2026, 2026-09-01, 2026-12-18, 2027-01-04, 2027-03-19, 2027-04-05, 2027-07-20",
            // Scotland: from mid-August; 22 December a Monday, so the Friday; summer ends in June
            "SCOTLAND, 2025, 2025-08-19, 2025-12-19, 2026-01-06, 2026-04-02, 2026-04-20, 2026-06-26",
            // Good Friday (26 March) before the first Friday of April: the break starts on it
            "SCOTLAND, 2026, 2026-08-18, 2026-12-22, 2027-01-06, 2027-03-25, 2027-04-12, 2027-06-28",
            // late Easter (16 April 2028): the break is the first fortnight of April
            "SCOTLAND, 2027, 2027-08-17, 2027-12-22, 2028-01-06, 2028-04-06, 2028-04-24, 2028-06-28",
    })
    void usual_terms_of_a_year(Nation nation, int startYear, LocalDate autumnStart, LocalDate autumnEnd,
                               LocalDate springStart, LocalDate springEnd, LocalDate summerStart,
                               LocalDate summerEnd) {
        String year = UsualTermDates.label(startYear);
        assertThat(UsualTermDates.academicYear(nation, startYear)).containsExactly(
                new Term(year, TermName.AUTUMN, autumnStart, autumnEnd),
                new Term(year, TermName.SPRING, springStart, springEnd),
                new Term(year, TermName.SUMMER, summerStart, summerEnd));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Nation.class)
    void a_century_of_terms_in_order_on_working_days_never_overlapping(Nation nation) {
        List<Term> terms = UsualTermDates.around(nation, LocalDate.of(2050, 11, 1), 50, 49);
        assertThat(terms).hasSize(300);
        Set<LocalDate> holidays = UsualBankHolidays.dates(nation.bankHolidayCalendar(), 1999, 2101);
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            assertThat(term.termName()).isEqualTo(TermName.values()[i % 3]);
            assertThat(term.academicYear()).isEqualTo(UsualTermDates.label(2000 + i / 3));
            for (LocalDate day : List.of(term.startDate(), term.endDate())) {
                assertThat(day.getDayOfWeek()).as("%s", term).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(holidays).as("%s", term).doesNotContain(day);
            }
            long weeks = ChronoUnit.WEEKS.between(term.startDate(), term.endDate().plusDays(1));
            assertThat(weeks).as("%s", term).isBetween(8L, 19L);
            if (i > 0) {
                Term before = terms.get(i - 1);
                assertThat(term.startDate()).as("%s after %s", term, before).isAfter(before.endDate().plusDays(1));
            }
            if (term.termName() == TermName.SUMMER) {
                LocalDate easter = UsualBankHolidays.easterSunday(term.endDate().getYear());
                if (nation == Nation.SCOTLAND) {
                    // Scottish schools break for Easter in April or on Good Friday, whichever is first
                    assertThat(term.startDate()).isBefore(LocalDate.of(easter.getYear(), 4, 26));
                } else {
                    // the fortnight around Easter is the holiday in England and Wales
                    assertThat(terms.get(i - 1).endDate()).isBefore(easter.minusDays(2));
                    assertThat(term.startDate()).isAfter(easter.plusDays(1));
                }
                if (i + 1 < terms.size()) {
                    assertThat(ChronoUnit.WEEKS.between(term.endDate(), terms.get(i + 1).startDate()))
                            .as("summer holiday after %s", term).isBetween(5L, 8L);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "ENGLAND,  2026-11-18, 2022/23, 2030/31",
            "WALES,    2026-11-18, 2022/23, 2030/31",
            "SCOTLAND, 2026-11-18, 2022/23, 2030/31",
            // in the summer holiday: August already counts towards the new academic year
            "ENGLAND,  2026-08-20, 2022/23, 2030/31",
            "SCOTLAND, 2026-08-20, 2022/23, 2030/31",
            "ENGLAND,  2026-07-31, 2021/22, 2029/30",
            "SCOTLAND, 2031-11-18, 2027/28, 2035/36",
            "ENGLAND,  2032-01-01, 2027/28, 2035/36",
    })
    void four_years_either_side_of_today(Nation nation, LocalDate today, String first, String last) {
        List<Term> terms = UsualTermDates.around(nation, today, 4, 4);
        assertThat(terms).hasSize(27);
        assertThat(terms.getFirst().academicYear()).isEqualTo(first);
        assertThat(terms.getLast().academicYear()).isEqualTo(last);
        // today is covered: years of terms before and after it, and always a next term
        assertThat(terms.getFirst().startDate()).isBefore(today.minusYears(3));
        assertThat(terms.getLast().endDate()).isAfter(today.plusYears(3));
        SchoolCalendar calendar = new SchoolCalendar(terms, Set.of());
        assertThat(calendar.termAfter(today)).isPresent();
    }

    @ParameterizedTest(name = "{0} {1}: three half-term weeks, each inside its term")
    @CsvSource({"ENGLAND, 2024", "ENGLAND, 2026", "WALES, 2025", "WALES, 2026", "WALES, 2027", "WALES, 2030",
            "WALES, 2034", "ENGLAND, 2035"})
    void half_terms_fall_inside_the_autumn_spring_and_summer_terms(Nation nation, int startYear) {
        List<Term> terms = UsualTermDates.academicYear(nation, startYear);
        List<TermBreak> breaks = UsualTermDates.halfTerms(nation, startYear);
        assertThat(breaks).hasSize(3);
        for (int i = 0; i < 3; i++) {
            TermBreak b = breaks.get(i);
            assertThat(terms.get(i).contains(b.startDate()) && terms.get(i).contains(b.endDate()))
                    .as(b + " in " + terms.get(i)).isTrue();
            assertThat(b.startDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(b.endDate()).isEqualTo(b.startDate().plusDays(4));
        }
        // an authority takes them as its breaks
        LocalAuthority authority = LocalAuthority.create("T", "Test", null, nation, Set.of());
        terms.forEach(authority::setTerm);
        breaks.forEach(authority::setBreak);
        assertThat(authority.breaksInOrder()).containsExactlyElementsOf(breaks);
    }

    @Test
    void every_year_for_decades_each_half_term_lies_inside_its_term() {
        for (Nation nation : List.of(Nation.ENGLAND, Nation.WALES)) {
            for (int year = 2015; year <= 2045; year++) {
                List<Term> terms = UsualTermDates.academicYear(nation, year);
                List<TermBreak> breaks = UsualTermDates.halfTerms(nation, year);
                for (int i = 0; i < 3; i++) {
                    assertThat(terms.get(i).contains(breaks.get(i).startDate())
                            && terms.get(i).contains(breaks.get(i).endDate())).as(nation + " " + breaks.get(i)).isTrue();
                }
            }
        }
    }

    @Test
    void the_welsh_half_terms_of_2026_27_are_the_usual_weeks() {
        assertThat(UsualTermDates.halfTerms(Nation.WALES, 2026)).extracting(TermBreak::startDate).containsExactly(
                LocalDate.of(2026, 10, 26), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 5, 31));
        assertThat(UsualTermDates.halfTerms(Nation.SCOTLAND, 2026)).isEmpty();
    }
}
