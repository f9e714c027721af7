package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.HoursCost;
import org.waymark.allocations.service.AllocationService;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.AsnSchoolNotes;
import org.waymark.asn.domain.AsnSchoolNotesRepository;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.LearningCentreStaffing;
import org.waymark.asn.domain.RequestInput;
import org.waymark.allocations.service.FundingAudience;
import org.waymark.audit.service.AuditLog;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * The Education Support Officer's scrutiny, school by school: every request the school submitted
 * with its eligibility check and the Child's Plan's assistant role, the hours its pupils hold in
 * the ledger, the officer's notes on timetables, other staff and ASN management, and the school's
 * totals. The officer decides hours a week per pupil (or none) with reasons; the decision is the
 * ledger's {@link FundingDecided} event of the {@code ASN_HOURS} stream, handled in the same
 * transaction (a line the ledger cannot record refuses the decision).
 */
@Service
public class ScrutinyService {

    static final String OFFICERS = "hasRole('EDUCATION_SUPPORT_OFFICER')";
    private static final String SUBJECT = AsnAccess.SUBJECT;
    private static final Set<AsnRequestStatus> SCRUTINISED = EnumSet.of(AsnRequestStatus.SUBMITTED,
            AsnRequestStatus.DECIDED, AsnRequestStatus.DECLINED);

    private final AsnAccess access;
    private final AsnRequestRepository requests;
    private final AsnSchoolNotesRepository notes;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AllocationService allocations;
    private final AuditLog auditLog;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final FundingAudience fundingAudience;
    private final NoticeService notices;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    ScrutinyService(AsnAccess access, AsnRequestRepository requests, AsnSchoolNotesRepository notes,
                    OrganisationService organisation, PupilService pupils, AllocationService allocations,
                    AuditLog auditLog, AccountService accounts, ApplicationEventPublisher events,
                    FundingAudience fundingAudience, NoticeService notices, MessageSource messages, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.notes = notes;
        this.organisation = organisation;
        this.pupils = pupils;
        this.allocations = allocations;
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.events = events;
        this.fundingAudience = fundingAudience;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /** One school in the officer's list: how many requests wait, how many were decided, the hours it holds. */
    public record SchoolHours(long schoolId, String schoolName, int waiting, int decided, BigDecimal hoursNow,
                              BigDecimal hoursFromNextTerm) {
    }

    /** A ledger line of assistant hours at the school, with its pupil's name. */
    public record HoursLine(long pupilId, String pupilName, BigDecimal hours, LocalDate start, LocalDate end,
                            AllocationSource source) {
    }

    /**
     * A school under scrutiny.
     *
     * @param hoursNow          the hours a week its pupils hold today
     * @param hoursFromNextTerm the hours a week they hold from the start of the next term, with the decisions made so far
     * @param hoursWaiting      the hours considered (after specialist and independent time) of the requests still to decide
     */
    public record SchoolScrutiny(long schoolId, String schoolName, List<RequestDetails> requests,
                                 List<HoursLine> lines, BigDecimal hoursNow, BigDecimal hoursFromNextTerm,
                                 @Nullable LocalDate nextTermStarts, BigDecimal hoursWaiting,
                                 @Nullable AsnSchoolNotes notes, People people, Costing costing) {
    }

    /**
     * What the school's hours come to in the session (the school year of the term today is in, or
     * of the next term in a holiday), at the council's hourly rate; and, for a learning centre, its
     * staffing from the council's ratio.
     *
     * @param session    the session, or null when the council has entered no term from today on
     * @param hourlyRate the council's rate, or null while none is set (then nothing is costed)
     * @param staffing   a learning centre's staffing, or null (another phase, or no ratio set)
     * @param lines      the school's lines held in the session, each with its school days and cost there
     * @param cost       the session's cost of all the lines, or null without a rate or a session
     */
    public record Costing(@Nullable Session session, @Nullable BigDecimal hourlyRate,
                          @Nullable LearningCentreStaffing staffing, List<CostedLine> lines,
                          @Nullable BigDecimal cost) {
    }

    /** A session: its school year, first and last day, and its school days. */
    public record Session(String academicYear, LocalDate start, LocalDate end, long schoolDays) {
    }

    /** A line held in the session: its school days there and what they cost (null without a rate). */
    public record CostedLine(HoursLine line, long schoolDays, @Nullable BigDecimal cost) {
    }

    /** The schools of the officer's authority, with what waits for scrutiny at each. */
    @Transactional
    @PreAuthorize(OFFICERS)
    public List<SchoolHours> schools() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (!access.runsHours(laId)) {
            auditLog.recordDenied("LIST_ASN_SCRUTINY", "AUTHORITY", laId, null);
            throw new AccessDeniedException("ASN hours");
        }
        List<AsnRequest> all = requests.findByLocalAuthorityIdAndStatusIn(Objects.requireNonNull(laId), SCRUTINISED);
        LocalDate today = access.today();
        LocalDate next = nextTermStart(laId);
        List<SchoolHours> out = new ArrayList<>();
        for (School school : organisation.schoolsOfOwnAuthority()) {
            long id = Objects.requireNonNull(school.id());
            // mid-term requests have their own way (the lead and second officer, the inclusion team)
            List<AsnRequest> ofSchool = all.stream().filter(r -> r.getSchoolId() == id && r.getMidTerm() == null)
                    .toList();
            List<Allocation> lines = allocations.linesAtSchool(id, FundingStream.ASN_HOURS, today);
            out.add(new SchoolHours(id, school.name(),
                    (int) ofSchool.stream().filter(r -> r.getStatus() == AsnRequestStatus.SUBMITTED).count(),
                    (int) ofSchool.stream().filter(r -> r.getStatus() == AsnRequestStatus.DECIDED).count(),
                    total(lines, today), next == null ? total(lines, today) : total(lines, next)));
        }
        return out;
    }

    /** One school's requests, ledger lines, notes and totals. Audited as a read of the school's hours. */
    @Transactional
    @PreAuthorize(OFFICERS)
    public SchoolScrutiny scrutiny(long schoolId) {
        SchoolScope scope = access.requireOfficerFor(schoolId, "READ_ASN_SCRUTINY");
        auditLog.record("READ_ASN_SCRUTINY", "SCHOOL", schoolId, null);
        LocalDate today = access.today();
        List<RequestDetails> details = requests.findBySchoolIdAndStatusInOrderByUpdatedAtDesc(schoolId, SCRUTINISED)
                .stream().filter(r -> r.getMidTerm() == null).map(access::details).toList();
        List<Allocation> lines = allocations.linesAtSchool(schoolId, FundingStream.ASN_HOURS, today);
        Map<Long, String> names = pupils.namesOf(lines.stream().map(Allocation::getPupilId).filter(Objects::nonNull)
                .distinct().toList());
        List<HoursLine> hours = lines.stream().filter(a -> a.getPupilId() != null)
                .map(a -> new HoursLine(a.getPupilId(), names.getOrDefault(a.getPupilId(), ""), a.getAmount(),
                        a.getStartDate(), a.getEndDate(), a.getSource())).toList();
        LocalDate next = nextTermStart(scope.localAuthorityId());
        BigDecimal waiting = details.stream().filter(d -> d.request().getStatus() == AsnRequestStatus.SUBMITTED)
                .map(d -> d.check().hoursConsidered()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        AsnSchoolNotes schoolNotes = notes.findBySchoolId(schoolId).orElse(null);
        List<String> named = new ArrayList<>();
        if (schoolNotes != null) {
            named.add(schoolNotes.getUpdatedBy());
        }
        School school = organisation.schoolOfRecord(schoolId);
        return new SchoolScrutiny(schoolId, school.name(), details, hours,
                total(lines, today), next == null ? total(lines, today) : total(lines, next), next, waiting,
                schoolNotes, accounts.people(named), costing(school));
    }

    /** The school's hours in the session at the council's rate, and a learning centre's staffing. */
    private Costing costing(School school) {
        long schoolId = Objects.requireNonNull(school.id());
        AsnSettings settings = access.settingsOf(school.localAuthorityId());
        LearningCentreStaffing staffing = school.phase() == Phase.LEARNING_CENTRE
                ? LearningCentreStaffing.of(school.numberOnRoll(), settings.getPupilsPerAssistant(),
                settings.weekHours(school.phase(), null)) : null;
        BigDecimal rate = settings.getHourlyRate();
        SchoolCalendar calendar = organisation.calendarOf(school.localAuthorityId());
        Session session = calendar.termOnOrAfter(access.today()).map(t -> {
            List<Term> year = calendar.terms().stream().filter(x -> x.academicYear().equals(t.academicYear()))
                    .toList();
            LocalDate start = year.getFirst().startDate();
            LocalDate end = year.getLast().endDate();
            return new Session(t.academicYear(), start, end, calendar.schoolDaysBetween(start.minusDays(1), end));
        }).orElse(null);
        if (session == null) {
            return new Costing(null, rate, staffing, List.of(), null);
        }
        List<Allocation> held = allocations.linesAtSchoolBetween(schoolId, FundingStream.ASN_HOURS, session.start(),
                session.end()).stream().filter(a -> a.getPupilId() != null).toList();
        Map<Long, String> names = pupils.namesOf(held.stream().map(Allocation::getPupilId).filter(Objects::nonNull)
                .distinct().toList());
        List<CostedLine> costed = held.stream().map(a -> {
            long days = HoursCost.schoolDaysHeld(a, session.start(), session.end(), calendar);
            return new CostedLine(new HoursLine(Objects.requireNonNull(a.getPupilId()),
                    names.getOrDefault(a.getPupilId(), ""), a.getAmount(), a.getStartDate(), a.getEndDate(),
                    a.getSource()), days, rate == null ? null : HoursCost.cost(a.getAmount(), rate, days));
        }).toList();
        BigDecimal cost = rate == null ? null : costed.stream().map(c -> Objects.requireNonNull(c.cost()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Costing(session, rate, staffing, costed, cost);
    }

    /**
     * The school's hours statement for the session as a PDF in the reader's language: each pupil's
     * hours a week with the school days and cost in the session, the school's total hours now and
     * from the next term, the session's cost at the council's rate, and a learning centre's staffing.
     * Audited as a read of the school's hours.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public byte[] hoursStatementPdf(long schoolId, Locale locale) {
        SchoolScrutiny s = scrutiny(schoolId);
        auditLog.record("PRINT_ASN_STATEMENT", "SCHOOL", schoolId, null);
        return HoursStatementPdf.write(s, (key, args) -> messages.getMessage(key, args, key, locale),
                accounts.displayNames(List.of(access.user().username())).getOrDefault(access.user().username(), ""),
                access.today());
    }

    /**
     * Decides hours a week for a submitted request, with reasons: the request is decided and the
     * ledger records the hours from the start of the next term to the end of that school year.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public void decide(long requestId, int expectedVersion, @Nullable BigDecimal hours, String reasons) {
        AsnRequest request = access.requireOfficer(requestId, expectedVersion, "DECIDE_ASN_REQUEST");
        List<Violation> problems = RequestInput.decidedHours(hours, reasons);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        BigDecimal decided = Objects.requireNonNull(hours);
        LocalDate today = access.today();
        request.decide(decided, reasons, access.user().username(), clock.instant(), today);
        access.save(request, "decision");
        auditLog.record("DECIDE_ASN_REQUEST", SUBJECT, request.getPupilId(),
                "hours request " + requestId + ": " + decided.toPlainString() + " hours a week");
        events.publishEvent(FundingDecided.forPupil(request.getLocalAuthorityId(), request.getPupilId(),
                FundingStream.ASN_HOURS, FundingDecided.Outcome.AWARDED, null, decided, today,
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.SCRUTINY, requestId, null, reasons.strip()));
    }

    /**
     * Who a decision on a submitted request would tell, for the officer's confirmation: the
     * pupil's school SENCOs and parents, from the lists the funding notices send to.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(OFFICERS)
    public List<Told> toldOfDecision(long requestId) {
        AsnRequest request = access.requireRead(requestId, "READ_ASN_REQUEST");
        if (!AsnAccess.officer(access.user(), request.getLocalAuthorityId())) {
            access.refuse("READ_ASN_REQUEST", request);
        }
        return notices.told(fundingAudience.of(request.getPupilId(), false, access.today()));
    }

    /**
     * Decides no hours for a submitted request, with reasons: whatever hours the pupil holds end
     * as the ledger's rules for a discontinuation say.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public void decline(long requestId, int expectedVersion, String reasons) {
        AsnRequest request = access.requireOfficer(requestId, expectedVersion, "DECLINE_ASN_REQUEST");
        List<Violation> problems = RequestInput.reasons(reasons);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = access.today();
        request.decline(reasons, access.user().username(), clock.instant(), today);
        access.save(request, "declined");
        auditLog.record("DECLINE_ASN_REQUEST", SUBJECT, request.getPupilId(), "hours request " + requestId);
        events.publishEvent(FundingDecided.forPupil(request.getLocalAuthorityId(), request.getPupilId(),
                FundingStream.ASN_HOURS, FundingDecided.Outcome.REFUSED, null, null, today,
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.SCRUTINY, requestId, null, reasons.strip()));
    }

    /**
     * The officer's notes on the school (assistants' timetables, other support staff, ASN
     * management), at the version the screen showed (null for the first notes).
     *
     * @return the notes' new version
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public int saveNotes(long schoolId, @Nullable Integer expectedVersion, String timetable, String otherStaff,
                         String management) {
        SchoolScope scope = access.requireOfficerFor(schoolId, "SAVE_ASN_NOTES");
        List<Violation> problems = new ArrayList<>();
        for (var field : Map.of("timetableNotes", timetable, "otherStaff", otherStaff, "managementNotes", management)
                .entrySet()) {
            if (field.getValue().length() > AsnSchoolNotes.MAX_NOTE) {
                problems.add(Violation.of(field.getKey(), "asn.input.tooLong", AsnSchoolNotes.MAX_NOTE));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .sorted(java.util.Comparator.comparing(Violation::field)).toList());
        }
        AsnSchoolNotes current = notes.findBySchoolId(schoolId).orElse(null);
        if (!Objects.equals(current == null ? null : current.getVersion(), expectedVersion)) {
            throw new ConflictException("notes of school " + schoolId + " changed");
        }
        String actor = access.user().username();
        AsnSchoolNotes toSave = current != null ? current
                : AsnSchoolNotes.blank(scope.localAuthorityId(), schoolId, actor, clock.instant());
        toSave.write(timetable, otherStaff, management, actor, clock.instant());
        try {
            AsnSchoolNotes saved = notes.save(toSave);
            auditLog.record("SAVE_ASN_NOTES", "SCHOOL", schoolId, null);
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("notes of school " + schoolId + " changed while saving");
        }
    }

    private @Nullable LocalDate nextTermStart(long localAuthorityId) {
        SchoolCalendar calendar = organisation.calendarOf(localAuthorityId);
        return calendar.termAfter(access.today()).map(Term::startDate).orElse(null);
    }

    /** The hours a week of the lines running on a day. */
    private static BigDecimal total(List<Allocation> lines, LocalDate day) {
        return lines.stream().filter(a -> a.activeOn(day)).map(Allocation::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
