package org.waymark.allocations.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.HourlyRates;
import org.waymark.allocations.domain.HoursCost;
import org.waymark.allocations.domain.TermShare;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.Recoupment;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Budget effects (SPEC §7): per school per term, in arrears, the adjustment each allocation
 * makes (its yearly amount shared by school days); per home authority, the recoupment for
 * pupils another authority is responsible for. On screen, as CSV and as PDF.
 */
@Service
public class StatementService {

    private static final String READERS = "hasAnyRole('FINANCE_OFFICER','CASEWORKER','LEAD_SEND_COORDINATOR',"
            + "'SCHOOL_SENCO','HEAD_TEACHER','FAMILY_SENCO')";
    private static final String AUTHORITY = "hasAnyRole('FINANCE_OFFICER','CASEWORKER','LEAD_SEND_COORDINATOR')";

    private final AllocationRepository allocations;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final ObjectProvider<HourlyRates> hourlyRates;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    StatementService(AllocationRepository allocations, OrganisationService organisation, PupilService pupils,
                     CurrentUser currentUser, AuditLog auditLog, MessageSource messages,
                     ObjectProvider<HourlyRates> hourlyRates, Clock clock) {
        this.hourlyRates = hourlyRates;
        this.allocations = allocations;
        this.organisation = organisation;
        this.pupils = pupils;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The terms of the caller's authority that have ended, newest first: statements are in arrears. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<Term> endedTerms() {
        LocalDate today = LocalDate.now(clock);
        List<Term> ended = new ArrayList<>(organisation.ownAuthority().map(a -> a.termsInOrder()).orElse(List.of())
                .stream().filter(t -> t.endDate().isBefore(today)).toList());
        java.util.Collections.reverse(ended);
        return ended;
    }

    /** One line of a statement. */
    public record Line(String pupilName, String schoolName, String homeAuthority, TermShare.Share share) {
    }

    /** A statement: its heading, lines and total. */
    public record Statement(String title, Term term, List<Line> lines, java.math.BigDecimal total) {
    }

    /** A school's adjustments for an ended term: its SENCO and head see their own, authority officers any. */
    @Transactional
    @PreAuthorize(READERS)
    public Statement schoolStatement(long schoolId, Term term) {
        schoolStatementAccess(schoolId);
        SchoolScope school = organisation.schoolScope(schoolId);
        requireEnded(term);
        SchoolCalendar calendar = organisation.calendarOf(school.localAuthorityId());
        List<Term> year = yearOf(calendar, term);
        String schoolName = organisation.schoolOfRecord(schoolId).name();
        List<Line> lines = new ArrayList<>();
        List<Allocation> held = allocations
                .findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                        schoolId, term.endDate(), term.startDate());
        var pupilNames = pupils.namesOf(held.stream().map(Allocation::getPupilId).filter(Objects::nonNull).toList());
        for (Allocation a : held) {
            // assistant hours are hours a week, not a yearly amount: their own statement costs them (schoolHours)
            if (a.ranNever() || a.getPupilId() == null || a.getStream().inHours()) {
                continue;
            }
            lines.add(new Line(pupilNames.getOrDefault(a.getPupilId(), ""), schoolName,
                    a.getRecoupFrom() == null ? "" : a.getRecoupFrom(), TermShare.of(a, term, year, calendar)));
        }
        auditLog.record("READ_STATEMENT", "SCHOOL", schoolId, term.academicYear() + " " + term.termName());
        return new Statement(schoolName, term, lines, TermShare.total(lines.stream().map(Line::share).toList()));
    }

    /**
     * One pupil's assistant hours in a term: their hours a week, the school days they were held in
     * the term, the hours that makes (a fifth of the week's hours a school day) and, at the
     * council's hourly rate, the cost (null while no rate is set).
     */
    public record HoursLine(String pupilName, String schoolName, Allocation allocation, long daysHeld,
                            BigDecimal hoursInTerm, @Nullable BigDecimal cost) {
    }

    /** A school's assistant hours in an ended term, with their total and cost. */
    public record HoursStatement(String title, Term term, @Nullable BigDecimal hourlyRate, List<HoursLine> lines,
                                 BigDecimal totalHours, @Nullable BigDecimal totalCost) {
    }

    /** One school in the council's hours statement: its pupils with hours, their hours in the term and the cost. */
    public record SchoolHours(long schoolId, String schoolName, int pupils, BigDecimal hoursInTerm,
                              @Nullable BigDecimal cost) {
    }

    /** The council's assistant hours and their cost per school in an ended term. */
    public record CouncilHours(Term term, @Nullable BigDecimal hourlyRate, List<SchoolHours> schools,
                               BigDecimal totalHours, @Nullable BigDecimal totalCost) {
    }

    /** Whether the caller's authority counts assistant hours (Scotland's ASN hours): the statements then show them. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public boolean showsHours() {
        return organisation.ownAuthority().map(a -> a.schemeSet().contains(Scheme.ASN_HOURS)).orElse(false);
    }

    /**
     * A school's assistant hours in an ended term, pupil by pupil, at the council's hourly rate:
     * for those who may read the school's statement (its own staff, the authority's officers).
     */
    @Transactional
    @PreAuthorize(READERS)
    public HoursStatement schoolHours(long schoolId, Term term) {
        schoolStatementAccess(schoolId);
        requireEnded(term);
        SchoolScope school = organisation.schoolScope(schoolId);
        SchoolCalendar calendar = organisation.calendarOf(school.localAuthorityId());
        BigDecimal rate = rate(school.localAuthorityId());
        String schoolName = organisation.schoolOfRecord(schoolId).name();
        List<Allocation> held = allocations
                .findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                        schoolId, term.endDate(), term.startDate()).stream()
                .filter(a -> a.getStream().inHours() && !a.ranNever() && a.getPupilId() != null).toList();
        var names = pupils.namesOf(held.stream().map(Allocation::getPupilId).filter(Objects::nonNull).toList());
        List<HoursLine> lines = held.stream().map(a -> hoursLine(a, names.getOrDefault(a.getPupilId(), ""), schoolName,
                term, calendar, rate)).toList();
        auditLog.record("READ_HOURS_STATEMENT", "SCHOOL", schoolId, term.academicYear() + " " + term.termName());
        return new HoursStatement(schoolName, term, rate, lines,
                lines.stream().map(HoursLine::hoursInTerm).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                rate == null ? null : lines.stream().map(l -> Objects.requireNonNull(l.cost()))
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** The council's assistant hours and their cost per school in an ended term: for the authority's officers. */
    @Transactional
    @PreAuthorize(AUTHORITY)
    public CouncilHours councilHours(Term term) {
        UserScope user = currentUser.require();
        long laId = Objects.requireNonNull(user.localAuthorityId());
        requireEnded(term);
        SchoolCalendar calendar = organisation.calendarOf(laId);
        BigDecimal rate = rate(laId);
        List<Allocation> held = allocations
                .findByLocalAuthorityIdAndStreamAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                        laId, FundingStream.ASN_HOURS, term.endDate(), term.startDate()).stream()
                .filter(a -> !a.ranNever() && a.getSchoolId() != null && a.getPupilId() != null).toList();
        Map<Long, List<HoursLine>> bySchool = new TreeMap<>();
        for (Allocation a : held) {
            bySchool.computeIfAbsent(a.getSchoolId(), k -> new ArrayList<>()).add(hoursLine(a, "", "", term, calendar,
                    rate));
        }
        var names = organisation.schoolNames(new ArrayList<>(bySchool.keySet()));
        List<SchoolHours> schools = bySchool.entrySet().stream().map(e -> new SchoolHours(e.getKey(),
                        names.getOrDefault(e.getKey(), ""),
                        (int) e.getValue().stream().map(l -> l.allocation().getPupilId()).distinct().count(),
                        e.getValue().stream().map(HoursLine::hoursInTerm).reduce(BigDecimal.ZERO.setScale(2),
                                BigDecimal::add),
                        rate == null ? null : e.getValue().stream().map(l -> Objects.requireNonNull(l.cost()))
                                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)))
                .sorted(java.util.Comparator.comparing(SchoolHours::schoolName)).toList();
        auditLog.record("READ_HOURS_STATEMENT", "AUTHORITY", laId, term.academicYear() + " " + term.termName());
        return new CouncilHours(term, rate, schools,
                schools.stream().map(SchoolHours::hoursInTerm).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                rate == null ? null : schools.stream().map(x -> Objects.requireNonNull(x.cost()))
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** The council's hours statement as CSV: one row per school and a total row. */
    @PreAuthorize(AUTHORITY)
    public byte[] councilHoursCsv(CouncilHours c) {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            csv.printRecord("academic_year", "term", "school", "pupils", "assistant_hours_in_term", "hourly_rate",
                    "cost");
            String rate = c.hourlyRate() == null ? "" : c.hourlyRate().toPlainString();
            for (SchoolHours s : c.schools()) {
                csv.printRecord(c.term().academicYear(), c.term().termName(), s.schoolName(), s.pupils(),
                        s.hoursInTerm().toPlainString(), rate, s.cost() == null ? "" : s.cost().toPlainString());
            }
            csv.printRecord(c.term().academicYear(), c.term().termName(), "TOTAL", "",
                    c.totalHours().toPlainString(), rate, c.totalCost() == null ? "" : c.totalCost().toPlainString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HoursLine hoursLine(Allocation a, String pupilName, String schoolName, Term term,
                                       SchoolCalendar calendar, @Nullable BigDecimal rate) {
        long days = HoursCost.schoolDaysHeld(a, term.startDate(), term.endDate(), calendar);
        return new HoursLine(pupilName, schoolName, a, days, HoursCost.hours(a.getAmount(), days),
                rate == null ? null : HoursCost.cost(a.getAmount(), rate, days));
    }

    private @Nullable BigDecimal rate(long localAuthorityId) {
        HourlyRates rates = hourlyRates.getIfAvailable();
        return rates == null ? null : rates.hourlyRate(localAuthorityId).orElse(null);
    }

    /** The school's staff (and its family's SENCO) read their own school's statements; the authority's officers any. */
    private void schoolStatementAccess(long schoolId) {
        UserScope user = currentUser.require();
        SchoolScope school = organisation.schoolScope(schoolId);
        boolean ownSchool = (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER))
                && Objects.equals(user.schoolId(), schoolId)
                || user.has(Role.FAMILY_SENCO) && school.familyId() != null
                && Objects.equals(user.familyId(), school.familyId());
        boolean authority = isAuthorityReader(user) && Objects.equals(user.localAuthorityId(), school.localAuthorityId());
        if (!ownSchool && !authority) {
            auditLog.recordDenied("READ_STATEMENT", "SCHOOL", schoolId, null);
            throw new AccessDeniedException("school " + schoolId);
        }
    }

    /**
     * A family's money for an ended term: the AFN its schools' pupils held and the FNF it agreed —
     * for the family as a whole (training, Family SENCO time) or for one pupil — each line's share
     * of the term. For the family's SENCO, and the authority's officers.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','CASEWORKER','LEAD_SEND_COORDINATOR','FAMILY_SENCO')")
    public Statement familyStatement(long familyId, Term term) {
        UserScope user = currentUser.require();
        var family = organisation.family(familyId);
        boolean own = user.has(Role.FAMILY_SENCO) && Objects.equals(user.familyId(), familyId);
        boolean authority = isAuthorityReader(user) && Objects.equals(user.localAuthorityId(), family.localAuthorityId());
        if (!own && !authority) {
            auditLog.recordDenied("READ_STATEMENT", "FAMILY", familyId, null);
            throw new AccessDeniedException("family " + familyId);
        }
        requireEnded(term);
        SchoolCalendar calendar = organisation.calendarOf(family.localAuthorityId());
        List<Term> year = yearOf(calendar, term);
        List<Allocation> held = allocations.findByFamilyIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                familyId, term.endDate(), term.startDate());
        var schoolNames = organisation.schoolNames(held.stream().map(Allocation::getSchoolId).filter(Objects::nonNull)
                .distinct().toList());
        var pupilNames = pupils.namesOf(held.stream().map(Allocation::getPupilId).filter(Objects::nonNull).toList());
        List<Line> lines = new ArrayList<>();
        for (Allocation a : held) {
            if (a.ranNever() || a.getStream() != FundingStream.AFN && a.getStream() != FundingStream.FNF) {
                continue;
            }
            String who = a.getPupilId() == null ? family.name() : pupilNames.getOrDefault(a.getPupilId(), "");
            lines.add(new Line(who, a.getSchoolId() == null ? "" : schoolNames.getOrDefault(a.getSchoolId(), ""),
                    a.getRecoupFrom() == null ? "" : a.getRecoupFrom(), TermShare.of(a, term, year, calendar)));
        }
        auditLog.record("READ_STATEMENT", "FAMILY", familyId, term.academicYear() + " " + term.termName());
        return new Statement(family.name(), term, lines, TermShare.total(lines.stream().map(Line::share).toList()));
    }

    /** The families whose statements the caller may read: a Family SENCO's own, every family for officers. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<org.waymark.organisation.domain.SchoolFamily> families() {
        UserScope user = currentUser.require();
        if (isAuthorityReader(user)) {
            return organisation.familiesOfOwnAuthority();
        }
        return user.has(Role.FAMILY_SENCO) && user.familyId() != null
                ? List.of(organisation.family(user.familyId())) : List.of();
    }

    /** The recoupment statements of an ended term: one per home authority, for authority officers. */
    @Transactional
    @PreAuthorize(AUTHORITY)
    public List<Statement> recoupment(Term term) {
        UserScope user = currentUser.require();
        long laId = Objects.requireNonNull(user.localAuthorityId());
        requireEnded(term);
        SchoolCalendar calendar = organisation.calendarOf(laId);
        List<Term> year = yearOf(calendar, term);
        // one statement per other authority, however its name's case was typed
        Map<String, List<Line>> byHome = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        LocalAuthority own = organisation.authority(laId);
        // only lines recouped from another authority: a few among thousands, chosen by the query
        List<Allocation> held = allocations
                .findByLocalAuthorityIdAndRecoupFromIsNotNullAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                        laId, term.endDate(), term.startDate());
        var schoolNames = organisation.schoolNames(held.stream().map(Allocation::getSchoolId).filter(Objects::nonNull)
                .distinct().toList());
        var pupilNames = pupils.namesOf(held.stream().map(Allocation::getPupilId).filter(Objects::nonNull).toList());
        for (Allocation a : held) {
            // lines recorded before the recoupment rule may name the authority itself: never "other"
            if (a.ranNever() || a.getRecoupFrom() == null || a.getPupilId() == null || a.getStream().inHours()
                    || Recoupment.isOwn(a.getRecoupFrom(), own)) {
                continue;
            }
            byHome.computeIfAbsent(a.getRecoupFrom(), k -> new ArrayList<>()).add(new Line(
                    pupilNames.getOrDefault(a.getPupilId(), ""),
                    schoolNames.getOrDefault(a.getSchoolId(), ""), a.getRecoupFrom(), TermShare.of(a, term, year, calendar)));
        }
        auditLog.record("READ_RECOUPMENT", "AUTHORITY", laId, term.academicYear() + " " + term.termName());
        return byHome.entrySet().stream().map(e -> new Statement(e.getKey(), term, e.getValue(),
                TermShare.total(e.getValue().stream().map(Line::share).toList()))).toList();
    }

    /** A statement as CSV: one row per allocation with its share of the term, and a total row. */
    @PreAuthorize(READERS)
    public byte[] csv(Statement s) {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            csv.printRecord("statement", "academic_year", "term", "pupil", "school", "home_authority", "stream", "level",
                    "yearly_amount", "from", "to", "school_days_held", "school_days_in_year", "amount_for_term");
            for (Line l : s.lines()) {
                Allocation a = l.share().allocation();
                csv.printRecord(s.title(), s.term().academicYear(), s.term().termName(), l.pupilName(), l.schoolName(),
                        l.homeAuthority(), a.getStream(), a.getLevel() == null ? "" : a.getLevel(),
                        a.getAmount().toPlainString(), a.getStartDate(), a.getEndDate(), l.share().daysHeld(),
                        l.share().daysInYear(), l.share().amount().toPlainString());
            }
            csv.printRecord(s.title(), s.term().academicYear(), s.term().termName(), "TOTAL", "", "", "", "", "", "", "",
                    "", "", s.total().toPlainString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Statements as one PDF, in the reader's language. */
    @PreAuthorize(READERS)
    public byte[] pdf(List<Statement> statements, String titleKey, Locale locale) {
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        String title = labels.get(titleKey);
        PdfPages pages = new PdfPages(labels, title, title);
        pages.title(title);
        for (Statement s : statements) {
            pages.heading(s.title() + " — " + s.term().academicYear() + " "
                    + labels.get("enum.TermName." + s.term().termName().name()));
            List<List<String>> rows = new ArrayList<>();
            for (Line l : s.lines()) {
                Allocation a = l.share().allocation();
                rows.add(List.of(l.pupilName(), l.schoolName(), a.getStream().name()
                                + (a.getLevel() == null ? "" : " " + a.getLevel()), Money.pounds(a.getAmount()),
                        Dates.DAY_MONTH_YEAR.format(a.getStartDate()) + "–" + Dates.DAY_MONTH_YEAR.format(a.getEndDate()),
                        l.share().daysHeld() + "/" + l.share().daysInYear(), Money.pounds(l.share().amount())));
            }
            pages.table(new float[] {3, 3, 2, 2, 3, 1.5f, 2}, List.of("statement.pupil", "statement.school",
                    "statement.stream", "statement.yearly", "statement.period", "statement.days", "statement.amount"),
                    rows);
            pages.paragraph(labels.get("statement.total", Money.pounds(s.total())));
        }
        return pages.finish();
    }

    private void requireEnded(Term term) {
        if (!term.endDate().isBefore(LocalDate.now(clock))) {
            throw new ValidationException(List.of(Violation.of("term", "statement.notEnded")));
        }
    }

    private static List<Term> yearOf(SchoolCalendar calendar, Term term) {
        return calendar.terms().stream().filter(t -> t.academicYear().equals(term.academicYear())).toList();
    }

    private static boolean isAuthorityReader(UserScope user) {
        return user.has(Role.FINANCE_OFFICER) || user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR);
    }
}
