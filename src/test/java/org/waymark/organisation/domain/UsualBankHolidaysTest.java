package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.base.domain.BankHolidayCalendar;
import org.waymark.organisation.domain.UsualBankHolidays.Holiday;

class UsualBankHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            // the earliest and latest possible dates
            "1818, 1818-03-22",
            "2285, 2285-03-22",
            "1943, 1943-04-25",
            "2038, 2038-04-25",
            // early and late years near today
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2016, 2016-03-27",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2029, 2029-04-01",
            "2030, 2030-04-21",
            "2031, 2031-04-13",
    })
    void easter_sunday(int year, LocalDate expected) {
        assertThat(UsualBankHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // New Year's Day on a Saturday: the Monday
            "ENGLAND_WALES | 2022 | 2022-01-03 | New Year's Day (substitute day)",
            // in Scotland both 1 and 2 January move: Monday and Tuesday
            "SCOTLAND      | 2022 | 2022-01-04 | 2nd January (substitute day)",
            // New Year's Day on a Sunday: 2 January keeps its Monday, New Year's Day takes Tuesday
            "SCOTLAND      | 2023 | 2023-01-02 | 2nd January",
            "SCOTLAND      | 2023 | 2023-01-03 | New Year's Day (substitute day)",
            "SCOTLAND      | 2021 | 2021-01-04 | 2nd January (substitute day)",
            // Christmas on a Sunday: Boxing Day keeps its Monday, Christmas Day takes Tuesday
            "ENGLAND_WALES | 2022 | 2022-12-27 | Christmas Day (substitute day)",
            "ENGLAND_WALES | 2032 | 2032-12-27 | Christmas Day (substitute day)",
            "ENGLAND_WALES | 2032 | 2032-12-28 | Boxing Day (substitute day)",
            // Easter Monday in England and Wales only
            "ENGLAND_WALES | 2038 | 2038-04-26 | Easter Monday",
            "SCOTLAND      | 2038 | 2038-04-23 | Good Friday",
            // the summer bank holiday: last Monday of August, first Monday in Scotland
            "ENGLAND_WALES | 2031 | 2031-08-25 | Summer bank holiday",
            "SCOTLAND      | 2031 | 2031-08-04 | Summer bank holiday",
            // St Andrew's Day on a Sunday: the Monday
            "SCOTLAND      | 2031 | 2031-12-01 | St Andrew's Day (substitute day)",
            "ENGLAND_WALES | 2031 | 2031-05-05 | Early May bank holiday",
            "ENGLAND_WALES | 2031 | 2031-05-26 | Spring bank holiday",
            // proclaimed once: VE Day, the Platinum Jubilee, the state funeral, the coronation
            "ENGLAND_WALES | 2020 | 2020-05-08 | Early May bank holiday",
            "SCOTLAND      | 2022 | 2022-06-02 | Spring bank holiday",
            "SCOTLAND      | 2022 | 2022-06-03 | Platinum Jubilee bank holiday",
            "ENGLAND_WALES | 2022 | 2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II",
            "ENGLAND_WALES | 2023 | 2023-05-08 | Bank holiday for the coronation of King Charles III",
    })
    void holidays_by_the_rules(BankHolidayCalendar calendar, int year, LocalDate date, String name) {
        assertThat(UsualBankHolidays.of(calendar, year)).contains(new Holiday(date, name));
    }

    @Test
    void a_moved_holiday_is_not_also_kept_on_its_usual_day() {
        assertThat(UsualBankHolidays.of(BankHolidayCalendar.ENGLAND_WALES, 2020)).extracting(Holiday::date)
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(UsualBankHolidays.of(BankHolidayCalendar.ENGLAND_WALES, 2022)).extracting(Holiday::date)
                .doesNotContain(LocalDate.of(2022, 5, 30));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BankHolidayCalendar.class)
    void every_year_has_its_usual_count_on_weekdays_in_order(BankHolidayCalendar calendar) {
        int usual = calendar == BankHolidayCalendar.SCOTLAND ? 9 : 8;
        IntStream.rangeClosed(2024, 2100).forEach(year -> {
            List<Holiday> days = UsualBankHolidays.of(calendar, year);
            assertThat(days).as("%s %d", calendar, year).hasSize(usual)
                    .allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(year))
                    .allSatisfy(h -> assertThat(h.date().getDayOfWeek())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        });
    }

    /** The published 2025-2027 calendars the first migration holds are exactly what the rules give. */
    @Test
    void the_rules_give_the_published_calendars_in_the_migration() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__bank_holidays.sql")) {
            sql = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher row = Pattern.compile("\\('(\\w+)', '([\\d-]+)', '((?:[^']|'')+)'\\)").matcher(sql);
        List<String> published = new ArrayList<>();
        while (row.find()) {
            published.add(row.group(1) + " " + row.group(2) + " " + row.group(3).replace("''", "'"));
        }
        List<String> computed = new ArrayList<>();
        for (BankHolidayCalendar calendar : BankHolidayCalendar.values()) {
            for (int year = 2025; year <= 2027; year++) {
                UsualBankHolidays.of(calendar, year).forEach(h -> computed.add(calendar + " " + h.date() + " "
                        + h.name()));
            }
        }
        assertThat(published).hasSize(51);
        assertThat(computed).containsExactlyInAnyOrderElementsOf(published);
    }
}
