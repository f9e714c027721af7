package org.waymark.organisation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An authority's term dates together with its nation's bank holidays: the one place where
 * working days (weekdays that are not bank holidays) and school days (working days in term, outside
 * the breaks the authority entered within its terms, such as half-term) are counted, and where "the
 * term after" a date is found. Plain Java, so every deadline and effective-date rule can be tested
 * without a database.
 */
public final class SchoolCalendar {

    private final List<Term> terms;
    private final Set<LocalDate> bankHolidays;
    private final List<TermBreak> breaks;

    public SchoolCalendar(List<Term> terms, Set<LocalDate> bankHolidays) {
        this(terms, bankHolidays, List.of());
    }

    /** A calendar whose terms have breaks in them (half-term weeks): those days are not school days. */
    public SchoolCalendar(List<Term> terms, Set<LocalDate> bankHolidays, List<TermBreak> breaks) {
        this.terms = terms.stream().sorted(Comparator.comparing(Term::startDate)).toList();
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.breaks = breaks.stream().sorted(Comparator.comparing(TermBreak::startDate)).toList();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    public boolean isSchoolDay(LocalDate day) {
        return isWorkingDay(day) && termContaining(day).isPresent() && breaks.stream().noneMatch(b -> b.contains(day));
    }

    /** The day that is {@code count} working days after {@code from} (which itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The day that is {@code count} school days after {@code from}; empty when the term dates
     * known to the authority run out first (the administrator has not entered the next year).
     */
    public Optional<LocalDate> addSchoolDays(LocalDate from, int count) {
        LocalDate last = lastTermDay().orElse(from);
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (day.isAfter(last)) {
                return Optional.empty();
            }
            if (isSchoolDay(day)) {
                left--;
            }
        }
        return Optional.of(day);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /** School days after {@code from} up to and including {@code to}. */
    public long schoolDaysBetween(LocalDate from, LocalDate to) {
        return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isSchoolDay).count();
    }

    public Optional<Term> termContaining(LocalDate day) {
        return terms.stream().filter(t -> t.contains(day)).findFirst();
    }

    /**
     * "The term after" a date: the first term that starts after it. A date in a holiday is
     * followed by the term that ends the holiday; a date in term by the next term.
     */
    public Optional<Term> termAfter(LocalDate day) {
        return terms.stream().filter(t -> t.startDate().isAfter(day)).findFirst();
    }

    /** The term a date is in, or the term that follows it when the date falls in a holiday. */
    public Optional<Term> termOnOrAfter(LocalDate day) {
        return terms.stream().filter(t -> !t.endDate().isBefore(day)).findFirst();
    }

    public List<Term> terms() {
        return terms;
    }

    public List<TermBreak> breaks() {
        return breaks;
    }

    private Optional<LocalDate> lastTermDay() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.getLast().endDate());
    }
}
