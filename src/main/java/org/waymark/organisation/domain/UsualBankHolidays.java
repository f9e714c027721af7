package org.waymark.organisation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.waymark.base.domain.BankHolidayCalendar;

/**
 * The bank holidays a UK calendar has in a year by the usual rules (the Banking and Financial
 * Dealings Act 1971 and the St Andrew's Day Bank Holiday (Scotland) Act 2007): fixed days that
 * fall on a weekend are replaced by the next weekday not already a holiday, and Easter is
 * computed. Days proclaimed once (a jubilee, a coronation, a state funeral, a moved May holiday)
 * since 2011 are included. A later one-off proclamation is not known here: administrators add it
 * on the Calendar page.
 */
public final class UsualBankHolidays {

    /** One bank holiday: its date and the name the published calendar gives it. */
    public record Holiday(LocalDate date, String name) {
    }

    private static final String EARLY_MAY = "Early May bank holiday";
    private static final String SPRING = "Spring bank holiday";

    /** Proclaimed one-off days of both calendars, by year: what they add, and which usual day they move. */
    private record OneOff(List<Holiday> added, Map<String, LocalDate> moved) {
    }

    private static final Map<Integer, OneOff> ONE_OFFS = Map.of(
            2011, new OneOff(List.of(new Holiday(LocalDate.of(2011, 4, 29), "Royal wedding")), Map.of()),
            2012, new OneOff(List.of(new Holiday(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee")),
                    Map.of(SPRING, LocalDate.of(2012, 6, 4))),
            2020, new OneOff(List.of(), Map.of(EARLY_MAY, LocalDate.of(2020, 5, 8))),
            2022, new OneOff(List.of(new Holiday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
                    new Holiday(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II")),
                    Map.of(SPRING, LocalDate.of(2022, 6, 2))),
            2023, new OneOff(List.of(new Holiday(LocalDate.of(2023, 5, 8),
                    "Bank holiday for the coronation of King Charles III")), Map.of()));

    private UsualBankHolidays() {
    }

    /**
     * Easter Sunday of a year in the Gregorian calendar (the anonymous algorithm published by
     * Meeus, after Jones and Butcher), valid for every year from 1583.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /** The calendar's bank holidays of one calendar year, in date order. */
    public static List<Holiday> of(BankHolidayCalendar calendar, int year) {
        boolean scotland = calendar == BankHolidayCalendar.SCOTLAND;
        LocalDate easter = easterSunday(year);
        OneOff oneOff = ONE_OFFS.getOrDefault(year, new OneOff(List.of(), Map.of()));
        List<Holiday> days = new ArrayList<>();
        days.addAll(substituted(scotland
                ? List.of(new Holiday(LocalDate.of(year, 1, 1), "New Year's Day"),
                        new Holiday(LocalDate.of(year, 1, 2), "2nd January"))
                : List.of(new Holiday(LocalDate.of(year, 1, 1), "New Year's Day"))));
        days.add(new Holiday(easter.minusDays(2), "Good Friday"));
        if (!scotland) {
            days.add(new Holiday(easter.plusDays(1), "Easter Monday"));
        }
        days.add(new Holiday(oneOff.moved().getOrDefault(EARLY_MAY, firstMonday(year, Month.MAY)), EARLY_MAY));
        days.add(new Holiday(oneOff.moved().getOrDefault(SPRING, lastMonday(year, Month.MAY)), SPRING));
        days.add(new Holiday(scotland ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST),
                "Summer bank holiday"));
        if (scotland) {
            days.addAll(substituted(List.of(new Holiday(LocalDate.of(year, 11, 30), "St Andrew's Day"))));
        }
        days.addAll(substituted(List.of(new Holiday(LocalDate.of(year, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(year, 12, 26), "Boxing Day"))));
        days.addAll(oneOff.added());
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** The dates of {@link #of} for every year from {@code fromYear} to {@code toYear}, inclusive. */
    public static Set<LocalDate> dates(BankHolidayCalendar calendar, int fromYear, int toYear) {
        Set<LocalDate> dates = new HashSet<>();
        for (int year = fromYear; year <= toYear; year++) {
            of(calendar, year).forEach(h -> dates.add(h.date()));
        }
        return dates;
    }

    /**
     * Fixed-date holidays next to each other (Christmas and Boxing Day): one on a weekday keeps
     * its day; one on a weekend moves to the next weekday not already taken, as a substitute day.
     */
    private static List<Holiday> substituted(List<Holiday> run) {
        Set<LocalDate> taken = new HashSet<>();
        run.stream().filter(h -> !weekend(h.date())).forEach(h -> taken.add(h.date()));
        List<Holiday> result = new ArrayList<>();
        for (Holiday holiday : run) {
            if (!weekend(holiday.date())) {
                result.add(holiday);
                continue;
            }
            LocalDate day = holiday.date();
            while (weekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            result.add(new Holiday(day, holiday.name() + " (substitute day)"));
        }
        return result;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
