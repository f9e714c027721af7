package org.waymark.organisation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.waymark.base.domain.Nation;

/**
 * A nation's usual pattern of term dates, for demo authorities and for a first guess at a
 * year nobody has entered yet. Authorities publish their own dates, which may differ by a day or
 * two; this is the common shape:
 * <ul>
 * <li>England and Wales: autumn from early September (the first working day on or after 2
 * September in England, 1 September in Wales) to the last Friday on or before 20 December;
 * spring from the first working day on or after 4 January to the Friday before Holy Week;
 * summer from the Monday after Easter week (a fortnight's break around Easter) to the last
 * working day on or before 22 July (England) or 20 July (Wales).</li>
 * <li>Scotland: autumn from the first Tuesday on or after 15 August to 22 December (the Friday
 * before, when the 22nd is a Monday or a weekend); spring from the first working day on or after
 * 6 January to the day before the Easter break, which starts on Good Friday or the first Friday
 * of April, whichever comes first, and lasts two weeks; summer from the Monday after the break
 * to the last working day on or before 28 June.</li>
 * </ul>
 * Terms start and end on working days (not weekends, not the nation's usual bank holidays).
 */
public final class UsualTermDates {

    private UsualTermDates() {
    }

    /** The academic year starting in the autumn of {@code startYear} ("2026/27" for 2026). */
    public static List<Term> academicYear(Nation nation, int startYear) {
        int endYear = startYear + 1;
        Set<LocalDate> holidays = UsualBankHolidays.dates(nation.bankHolidayCalendar(), startYear, endYear);
        String label = label(startYear);
        LocalDate easter = UsualBankHolidays.easterSunday(endYear);
        List<Term> terms = new ArrayList<>();
        if (nation == Nation.SCOTLAND) {
            LocalDate autumnEnd = LocalDate.of(startYear, Month.DECEMBER, 22);
            while (weekend(autumnEnd) || autumnEnd.getDayOfWeek() == DayOfWeek.MONDAY) {
                autumnEnd = autumnEnd.minusDays(1);
            }
            LocalDate firstFridayOfApril = LocalDate.of(endYear, Month.APRIL, 1)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            LocalDate goodFriday = easter.minusDays(2);
            LocalDate breakStart = goodFriday.isBefore(firstFridayOfApril) ? goodFriday : firstFridayOfApril;
            terms.add(term(label, TermName.AUTUMN,
                    LocalDate.of(startYear, Month.AUGUST, 15).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
                    autumnEnd, holidays));
            terms.add(term(label, TermName.SPRING, LocalDate.of(endYear, Month.JANUARY, 6), breakStart.minusDays(1),
                    holidays));
            terms.add(term(label, TermName.SUMMER, breakStart.plusDays(17), LocalDate.of(endYear, Month.JUNE, 28),
                    holidays));
        } else {
            boolean wales = nation == Nation.WALES;
            terms.add(term(label, TermName.AUTUMN, LocalDate.of(startYear, Month.SEPTEMBER, wales ? 1 : 2),
                    LocalDate.of(startYear, Month.DECEMBER, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)),
                    holidays));
            // Holy Week and Easter week off: the term ends the Friday before Palm Sunday
            terms.add(term(label, TermName.SPRING, LocalDate.of(endYear, Month.JANUARY, 4), easter.minusDays(9),
                    holidays));
            terms.add(term(label, TermName.SUMMER, easter.plusDays(8), LocalDate.of(endYear, Month.JULY, wales ? 20 : 22),
                    holidays));
        }
        return List.copyOf(terms);
    }

    /**
     * The terms of the academic years from {@code yearsBack} before the one {@code today} falls
     * in (counted from August) to {@code yearsAhead} after it, in date order.
     */
    public static List<Term> around(Nation nation, LocalDate today, int yearsBack, int yearsAhead) {
        int current = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        List<Term> terms = new ArrayList<>();
        for (int year = current - yearsBack; year <= current + yearsAhead; year++) {
            terms.addAll(academicYear(nation, year));
        }
        return List.copyOf(terms);
    }

    /**
     * The usual half-term weeks of the academic year starting in the autumn of {@code startYear}, in
     * England and Wales: the week from the last Monday of October, the week from the third Monday of
     * February and the week of the late-May bank holiday (Monday to Friday each). Scotland's
     * mid-term breaks differ too much between councils to guess: none.
     */
    public static List<TermBreak> halfTerms(Nation nation, int startYear) {
        if (nation == Nation.SCOTLAND) {
            return List.of();
        }
        int endYear = startYear + 1;
        LocalDate october = LocalDate.of(startYear, Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate february = LocalDate.of(endYear, Month.FEBRUARY, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        LocalDate may = LocalDate.of(endYear, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return List.of(new TermBreak(october, october.plusDays(4)), new TermBreak(february, february.plusDays(4)),
                new TermBreak(may, may.plusDays(4)));
    }

    /** {@link #halfTerms} for the academic years {@link #around} covers, in date order. */
    public static List<TermBreak> halfTermsAround(Nation nation, LocalDate today, int yearsBack, int yearsAhead) {
        int current = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        List<TermBreak> breaks = new ArrayList<>();
        for (int year = current - yearsBack; year <= current + yearsAhead; year++) {
            breaks.addAll(halfTerms(nation, year));
        }
        return List.copyOf(breaks);
    }

    /** "2026/27" for the academic year starting in 2026. */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** A term from the first working day on or after {@code from} to the last on or before {@code to}. */
    private static Term term(String year, TermName name, LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        LocalDate start = from;
        while (weekend(start) || holidays.contains(start)) {
            start = start.plusDays(1);
        }
        LocalDate end = to;
        while (weekend(end) || holidays.contains(end)) {
            end = end.minusDays(1);
        }
        return new Term(year, name, start, end);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
