package org.waymark.organisation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.BankHoliday;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.CalendarCsv;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermBreak;
import org.waymark.organisation.domain.TermName;
import org.waymark.security.service.CurrentUser;

/**
 * The authority's calendar for its administrators: term dates per academic year (edited one by
 * one or imported from a file) and the bank holidays of its nation's calendar, from which working
 * days and school days are counted. A change someone else saved meanwhile is a conflict.
 */
@Service
public class CalendarService {

    private static final String SUBJECT = "AUTHORITY";

    private final LocalAuthorityRepository authorities;
    private final BankHolidayRepository bankHolidays;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    CalendarService(LocalAuthorityRepository authorities, BankHolidayRepository bankHolidays, CurrentUser currentUser,
                    AuditLog auditLog) {
        this.authorities = authorities;
        this.bankHolidays = bankHolidays;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The administrator's authority with its terms and version. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LA_ADMIN')")
    public LocalAuthority authority() {
        Long laId = currentUser.require().localAuthorityId();
        return authorities.findById(Objects.requireNonNull(laId))
                .orElseThrow(() -> new NotFoundException("authority " + laId));
    }

    /** Adds or changes one term's dates. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void saveTerm(int expectedVersion, String academicYear, @Nullable TermName termName,
                         @Nullable LocalDate start, @Nullable LocalDate end) {
        LocalAuthority authority = requireVersion(expectedVersion);
        String line = String.join(",", academicYear.strip(), termName == null ? "" : termName.name(),
                start == null ? "" : start.toString(), end == null ? "" : end.toString());
        CalendarCsv.Parsed<Term> parsed = CalendarCsv.terms(("academic_year,term,start,end\n" + line)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!parsed.ok()) {
            throw new ValidationException(parsed.problems());
        }
        apply(authority, parsed.rows());
        auditLog.record("SAVE_TERM", SUBJECT, authority.getId(), line);
    }

    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void removeTerm(int expectedVersion, String academicYear, TermName termName) {
        LocalAuthority authority = requireVersion(expectedVersion);
        authority.removeTerm(academicYear, termName);
        save(authority);
        auditLog.record("REMOVE_TERM", SUBJECT, authority.getId(), academicYear + " " + termName);
    }

    /**
     * Imports term dates from a file: all of them or none. Terms in the file replace the same
     * terms already held; others are kept.
     */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public List<Violation> importTerms(int expectedVersion, byte[] file) {
        LocalAuthority authority = requireVersion(expectedVersion);
        CalendarCsv.Parsed<Term> parsed = CalendarCsv.terms(file);
        if (!parsed.ok()) {
            auditLog.record("IMPORT_TERMS_REFUSED", SUBJECT, authority.getId(), parsed.problems().size() + " problems");
            return parsed.problems();
        }
        apply(authority, parsed.rows());
        auditLog.record("IMPORT_TERMS", SUBJECT, authority.getId(), parsed.rows().size() + " terms");
        return List.of();
    }

    private void apply(LocalAuthority authority, List<Term> terms) {
        List<Violation> problems = new ArrayList<>();
        for (Term term : terms) {
            List<TermBreak> left = authority.breaksLeftOutBy(term);
            if (!left.isEmpty()) {
                problems.add(Violation.of("start", "calendar.breakLeftOut", term.academicYear(),
                        "enum.TermName." + term.termName().name(),
                        org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(left.getFirst().startDate())));
                continue;
            }
            try {
                authority.setTerm(term);
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of("start", "calendar.overlapsHeld", term.academicYear(),
                        "enum.TermName." + term.termName().name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        save(authority);
    }

    /**
     * Adds a break inside a term (a half-term week, say): its days are not school days, so clocks
     * counted in school days stop over it. It lies within one term and overlaps no other break.
     */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void saveBreak(int expectedVersion, @Nullable LocalDate start, @Nullable LocalDate end) {
        LocalAuthority authority = requireVersion(expectedVersion);
        List<Violation> problems = new ArrayList<>();
        if (start == null) {
            problems.add(Violation.of("breakStart", "calendar.break.startRequired"));
        }
        if (end == null) {
            problems.add(Violation.of("breakEnd", "calendar.break.endRequired"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Violation.of("breakEnd", "calendar.break.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TermBreak termBreak = new TermBreak(Objects.requireNonNull(start), Objects.requireNonNull(end));
        if (authority.termsInOrder().stream().noneMatch(t -> t.contains(termBreak.startDate())
                && t.contains(termBreak.endDate()))) {
            throw new ValidationException(List.of(Violation.of("breakStart", "calendar.break.notInTerm")));
        }
        try {
            authority.setBreak(termBreak);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(Violation.of("breakStart", "calendar.break.overlaps")));
        }
        save(authority);
        auditLog.record("SAVE_TERM_BREAK", SUBJECT, authority.getId(), start + " to " + end);
    }

    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void removeBreak(int expectedVersion, LocalDate start) {
        LocalAuthority authority = requireVersion(expectedVersion);
        authority.removeBreak(start);
        save(authority);
        auditLog.record("REMOVE_TERM_BREAK", SUBJECT, authority.getId(), start.toString());
    }

    /** The bank holidays of the authority's nation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LA_ADMIN')")
    public List<BankHoliday> bankHolidays() {
        return bankHolidays.findByCalendarOrderByHolidayDate(authority().getNation().bankHolidayCalendar());
    }

    /** Adds a bank holiday (a new year's, or a one-off) to the nation's calendar. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void addBankHoliday(@Nullable LocalDate date, String name) {
        var calendar = authority().getNation().bankHolidayCalendar();
        List<Violation> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Violation.of("date", "calendar.holidayDate.required"));
        } else if (bankHolidays.existsByCalendarAndHolidayDate(calendar, date)) {
            problems.add(Violation.of("date", "calendar.holidayExists",
                    org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(date)));
        }
        if (name.isBlank() || name.length() > 100) {
            problems.add(Violation.of("name", "calendar.holidayName.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        bankHolidays.save(new BankHoliday(null, calendar, Objects.requireNonNull(date), name.strip(), null));
        auditLog.record("ADD_BANK_HOLIDAY", SUBJECT, authority().getId(), calendar + " " + date);
    }

    /** Imports bank holidays; dates already held are left as they are. All or nothing. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public List<Violation> importBankHolidays(byte[] file) {
        var calendar = authority().getNation().bankHolidayCalendar();
        CalendarCsv.Parsed<CalendarCsv.Holiday> parsed = CalendarCsv.holidays(file);
        if (!parsed.ok()) {
            return parsed.problems();
        }
        int added = 0;
        for (CalendarCsv.Holiday h : parsed.rows()) {
            if (!bankHolidays.existsByCalendarAndHolidayDate(calendar, h.date())) {
                bankHolidays.save(new BankHoliday(null, calendar, h.date(), h.name(), null));
                added++;
            }
        }
        auditLog.record("IMPORT_BANK_HOLIDAYS", SUBJECT, authority().getId(), added + " added");
        return List.of();
    }

    private LocalAuthority requireVersion(int expectedVersion) {
        LocalAuthority authority = authority();
        if (!Objects.equals(authority.getVersion(), expectedVersion)) {
            throw new ConflictException("authority " + authority.getId() + " changed");
        }
        return authority;
    }

    private void save(LocalAuthority authority) {
        try {
            authorities.save(authority);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("authority " + authority.getId() + " changed while saving");
        }
    }
}
