package org.waymark.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Two real-shaped calendars for table-driven tests: an English authority and a Scottish one. */
public final class CalendarFixtures {

    private CalendarFixtures() {
    }

    public static SchoolCalendar england() {
        return new SchoolCalendar(List.of(
                term("2025/26", TermName.AUTUMN, "2025-09-03", "2025-12-19"),
                term("2025/26", TermName.SPRING, "2026-01-05", "2026-03-27"),
                term("2025/26", TermName.SUMMER, "2026-04-13", "2026-07-22"),
                term("2026/27", TermName.AUTUMN, "2026-09-02", "2026-12-18"),
                term("2026/27", TermName.SPRING, "2027-01-04", "2027-03-25"),
                term("2026/27", TermName.SUMMER, "2027-04-12", "2027-07-21")),
                days("2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                        "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26",
                        "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30"));
    }

    public static SchoolCalendar scotland() {
        return new SchoolCalendar(List.of(
                term("2025/26", TermName.AUTUMN, "2025-08-19", "2025-12-19"),
                term("2025/26", TermName.SPRING, "2026-01-06", "2026-04-02"),
                term("2025/26", TermName.SUMMER, "2026-04-20", "2026-06-26"),
                term("2026/27", TermName.AUTUMN, "2026-08-18", "2026-12-22"),
                term("2026/27", TermName.SPRING, "2027-01-07", "2027-03-26"),
                term("2026/27", TermName.SUMMER, "2027-04-12", "2027-06-30")),
                days("2025-12-25", "2025-12-26", "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04",
                        "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28", "2027-01-01",
                        "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02"));
    }

    /**
     * A Welsh county's 2026/27 (the usual pattern, as its demo county has it) with its half-term
     * weeks entered as breaks in term: 26-30 October, 15-19 February, 31 May-4 June.
     */
    public static SchoolCalendar wales() {
        return new SchoolCalendar(List.of(
                term("2025/26", TermName.SUMMER, "2026-04-13", "2026-07-20"),
                term("2026/27", TermName.AUTUMN, "2026-09-01", "2026-12-18"),
                term("2026/27", TermName.SPRING, "2027-01-04", "2027-03-19"),
                term("2026/27", TermName.SUMMER, "2027-04-06", "2027-07-20")),
                days("2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01",
                        "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30"),
                List.of(new TermBreak(LocalDate.parse("2026-05-25"), LocalDate.parse("2026-05-29")),
                        new TermBreak(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-10-30")),
                        new TermBreak(LocalDate.parse("2027-02-15"), LocalDate.parse("2027-02-19")),
                        new TermBreak(LocalDate.parse("2027-05-31"), LocalDate.parse("2027-06-04"))));
    }

    public static SchoolCalendar of(String which) {
        return "SCOTLAND".equals(which) ? scotland() : england();
    }

    private static Term term(String year, TermName name, String start, String end) {
        return new Term(year, name, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Set<LocalDate> days(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
    }
}
