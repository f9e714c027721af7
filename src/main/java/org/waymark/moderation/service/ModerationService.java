package org.waymark.moderation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.service.FamilyFundingService;
import org.waymark.bids.service.AgendaBid;
import org.waymark.bids.service.BidModerationService;
import org.waymark.notifications.service.NoticeService;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;
import org.waymark.moderation.domain.Attendee;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.FnfAllocation;
import org.waymark.moderation.domain.MeetingCase;
import org.waymark.moderation.domain.ModerationMeeting;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Family moderation meetings, run by the Family SENCO: opening one with its agenda (the family's
 * submitted bids and its pupils holding HLN), recording who came, deciding each case (through the
 * bid's own steps, so the school and parents see the outcome), and closing with its record. Every
 * decision is checked against the family's budget and warns — never blocks — when it would eat
 * into the contingency or overspend; the budget, FNF money and AFN returned are the family's money
 * ({@link FamilyMoneyService}).
 */
@Service
public class ModerationService {

    private static final String SUBJECT = MeetingAccess.SUBJECT;
    private static final String CHAIR = "hasRole('FAMILY_SENCO')";

    private final ModerationMeetingRepository meetings;
    private final BidModerationService bids;
    private final FamilyFundingService familyFunding;
    private final FamilyMoneyService money;
    private final MeetingAccess access;
    private final PupilService pupils;
    private final NoticeService notices;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final org.waymark.organisation.service.OrganisationService organisation;
    private final org.waymark.attachments.domain.FileStore files;
    private final org.springframework.context.MessageSource messages;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    ModerationService(ModerationMeetingRepository meetings, BidModerationService bids,
                      FamilyFundingService familyFunding, FamilyMoneyService money, MeetingAccess access,
                      PupilService pupils, NoticeService notices, AccountService accounts,
                      CurrentUser currentUser, AuditLog auditLog, Clock clock,
                      org.waymark.organisation.service.OrganisationService organisation,
                      org.waymark.attachments.domain.FileStore files,
                      org.springframework.context.MessageSource messages) {
        this.organisation = organisation;
        this.files = files;
        this.messages = messages;
        this.meetings = meetings;
        this.bids = bids;
        this.familyFunding = familyFunding;
        this.money = money;
        this.access = access;
        this.pupils = pupils;
        this.notices = notices;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A meeting as its screen shows it: each case with whose it is, the budget, whether the reader
     * chairs it, and the people named on it (who opened, decided, closed) by display name.
     */
    public record MeetingDetails(ModerationMeeting meeting, List<CaseLine> cases, BudgetPosition budget,
                                 boolean chair, List<FamilyFundingService.AfnToReturn> afnToReturn,
                                 Map<Long, String> pupilNames, People people) {
    }

    /**
     * A case with the pupil's name, school and the level in question, and the other authority
     * that pays for the pupil when there is one (the bid's recoupment flag).
     */
    public record CaseLine(int index, MeetingCase meetingCase, String pupilName, String schoolName,
                           @Nullable String level, @Nullable String recoupFrom) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CHAIR)
    public List<ModerationMeeting> meetingsOfMyFamily() {
        return meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(access.myFamily());
    }

    /**
     * Opens a meeting for a date with the family's submitted bids and its HLN holders on the agenda.
     * No date is refused (never taken to mean today): nothing is opened.
     */
    @Transactional
    @PreAuthorize(CHAIR)
    public long open(@Nullable LocalDate date) {
        long familyId = access.myFamily();
        if (date == null) {
            throw new ValidationException(List.of(Violation.of("date", "moderation.dateRequired")));
        }
        UserScope user = currentUser.require();
        List<MeetingCase> agenda = new ArrayList<>();
        bids.submittedToFamily(familyId).forEach(b -> agenda.add(MeetingCase.bid(b.pupilId(), b.bidId())));
        // every HLN line of the family's pupils from the ledger: panel awards, interim decisions,
        // appeals and pupils who moved in with their HLN; expired lines are not checked
        Set<Long> checked = new HashSet<>();
        for (Allocation line : familyFunding.highNeedsOfFamily(familyId, date)) {
            if (checked.add(Objects.requireNonNull(line.getPupilId()))) {
                agenda.add(MeetingCase.hlnCheck(line.getPupilId(), null, line.getLevel() != null ? line.getLevel()
                        : Money.pounds(line.getAmount())));
            }
        }
        ModerationMeeting meeting = meetings.save(ModerationMeeting.open(familyId,
                Objects.requireNonNull(user.localAuthorityId()), Dates.financialYearOf(date), date,
                agenda, user.username(), clock.instant()));
        auditLog.record("OPEN_MODERATION", SUBJECT, familyId, "meeting " + meeting.getId() + " with " + agenda.size()
                + " cases");
        return Objects.requireNonNull(meeting.getId());
    }

    /**
     * The meeting for those of the family who may follow it: its Family SENCO, and its schools'
     * SENCOs and heads. Audited as a read of each child whose case or allocation it shows.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('FAMILY_SENCO','SCHOOL_SENCO','HEAD_TEACHER')")
    public MeetingDetails details(long meetingId) {
        ModerationMeeting meeting = access.require(meetingId);
        auditLog.recordAll("READ_MODERATION", "PUPIL", childrenOf(meeting), "meeting " + meetingId);
        return details(meeting);
    }

    /** The children a meeting names: its cases' pupils and those of its allocations from the family's fund. */
    private static List<Long> childrenOf(ModerationMeeting meeting) {
        java.util.SortedSet<Long> ids = new java.util.TreeSet<>(meeting.getCases().stream().map(MeetingCase::pupilId)
                .toList());
        meeting.getFnfAllocations().stream().map(FnfAllocation::pupilId).filter(Objects::nonNull).forEach(ids::add);
        return List.copyOf(ids);
    }

    private MeetingDetails details(ModerationMeeting meeting) {
        List<CaseLine> lines = new ArrayList<>();
        List<AgendaBid> known = bids.agendaLines(meeting.getCases().stream().map(MeetingCase::bidId)
                .filter(Objects::nonNull).toList());
        Set<Long> pupilIds = new HashSet<>(meeting.getCases().stream().map(MeetingCase::pupilId).toList());
        meeting.getFnfAllocations().stream().map(FnfAllocation::pupilId).filter(Objects::nonNull).forEach(pupilIds::add);
        // names and current schools in one query: HLN holders have no bid line to take them from
        Map<Long, PupilDirectory.NameAtSchool> found = pupils.namesAtSchoolsOf(pupilIds);
        Map<Long, String> names = new HashMap<>();
        found.forEach((id, n) -> names.put(id, n.name()));
        for (int i = 0; i < meeting.getCases().size(); i++) {
            MeetingCase c = meeting.getCases().get(i);
            AgendaBid bid = find(known, c.bidId());
            String name = bid != null ? bid.pupilName() : names.getOrDefault(c.pupilId(), "");
            String school = bid != null ? bid.schoolName()
                    : found.containsKey(c.pupilId()) ? found.get(c.pupilId()).schoolName() : "";
            lines.add(new CaseLine(i, c, name, school,
                    c.kind() == CaseKind.BID && bid != null ? bid.levelAsked() : c.level(),
                    bid != null ? bid.recoupFrom() : null));
        }
        boolean chair = currentUser.require().has(Role.FAMILY_SENCO);
        List<String> named = new ArrayList<>();
        named.add(meeting.getOpenedBy());
        named.add(meeting.getClosedBy());
        meeting.getCases().forEach(c -> named.add(c.decidedBy()));
        named.removeIf(Objects::isNull);
        return new MeetingDetails(meeting, lines, money.position(meeting), chair,
                chair ? familyFunding.afnToReturn(meeting.getFamilyId(), LocalDate.now(clock)) : List.of(), names,
                accounts.people(named));
    }

    /**
     * Decides one case. Bid cases go through the bid's own step (agree, decline, return,
     * countersign and forward), which tells the school and the parents. Returns the budget
     * warnings the decision earned; a case someone decided first is a conflict naming them.
     */
    @Transactional
    @PreAuthorize(CHAIR)
    public List<Violation> decide(long meetingId, int caseIndex, CaseOutcome outcome, @Nullable String level,
                                  @Nullable BigDecimal amount, String reason) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        MeetingCase c = meeting.getCases().get(caseIndex);
        if (c.decided()) {
            throw new ConflictException("case " + caseIndex + " decided by " + c.decidedBy() + ": " + c.outcome());
        }
        if (reason.isBlank()) {
            throw new ValidationException(List.of(Violation.of("reason", "bid.moderate.reason")));
        }
        List<Violation> warnings = outcome == CaseOutcome.AGREED && amount != null
                ? money.position(meeting).warningsFor(BudgetPosition.Kind.AFN, amount) : List.of();
        if (c.kind() == CaseKind.BID) {
            long bidId = Objects.requireNonNull(c.bidId());
            int version = bids.versionForDecision(bidId);
            switch (outcome) {
                case AGREED -> bids.agree(bidId, version, Objects.requireNonNullElse(level, ""),
                        Objects.requireNonNullElse(amount, BigDecimal.ZERO), reason);
                case DECLINED -> bids.decline(bidId, version, reason);
                case RETURNED -> bids.returnForEvidence(bidId, version, reason);
                case FORWARDED -> bids.countersignAndForward(bidId, version, reason);
                default -> throw new ValidationException(List.of(Violation.of("outcome", "moderation.outcome.invalid")));
            }
        } else if (outcome != CaseOutcome.LEVEL_CONFIRMED && outcome != CaseOutcome.REVIEW_ASKED) {
            throw new ValidationException(List.of(Violation.of("outcome", "moderation.outcome.invalid")));
        } else if (outcome == CaseOutcome.REVIEW_ASKED) {
            askSchoolToReview(c, reason);
        }
        meeting.decide(caseIndex, outcome, level, amount, reason, currentUser.require().username(), clock.instant());
        access.save(meeting);
        auditLog.record("MODERATE", "PUPIL", c.pupilId(), "meeting " + meetingId + " case " + caseIndex + ": "
                + outcome);
        return warnings;
    }

    /**
     * Who deciding a case this way would tell, for the decision's confirmation: a bid case as the
     * bid's own step tells (see {@link BidModerationService#toldOfDecision}); asking a school to
     * review an HLN level tells the SENCOs of the pupil's school; confirming a level tells no one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CHAIR)
    public List<org.waymark.notifications.service.Told> toldOfDecision(long meetingId, int caseIndex,
                                                                       CaseOutcome outcome) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        if (caseIndex < 0 || caseIndex >= meeting.getCases().size()) {
            throw new ValidationException(List.of(Violation.of("outcome", "moderation.outcome.invalid")));
        }
        MeetingCase c = meeting.getCases().get(caseIndex);
        if (c.kind() == CaseKind.BID) {
            org.waymark.bids.domain.BidStatus becomes = switch (outcome) {
                case AGREED -> org.waymark.bids.domain.BidStatus.AGREED;
                case DECLINED -> org.waymark.bids.domain.BidStatus.DECLINED;
                case RETURNED -> org.waymark.bids.domain.BidStatus.RETURNED;
                case FORWARDED -> org.waymark.bids.domain.BidStatus.FORWARDED;
                default -> throw new ValidationException(List.of(Violation.of("outcome", "moderation.outcome.invalid")));
            };
            return bids.toldOfDecision(Objects.requireNonNull(c.bidId()), becomes);
        }
        org.waymark.notifications.service.Audience audience = org.waymark.notifications.service.Audience.of();
        if (outcome == CaseOutcome.REVIEW_ASKED) {
            audience.add(Role.SCHOOL_SENCO, reviewers(c.pupilId()));
        }
        return notices.told(audience);
    }

    /** The SENCOs of the pupil's school now: asked to review an HLN level. */
    private List<String> reviewers(long pupilId) {
        return accounts.holdersAtSchool(Role.SCHOOL_SENCO, pupils.facts(pupilId).schoolId());
    }

    @Transactional
    @PreAuthorize(CHAIR)
    public void addAttendee(long meetingId, String name, String capacity) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        if (name.isBlank() || name.length() > 150 || capacity.isBlank() || capacity.length() > 200) {
            throw new ValidationException(List.of(Violation.of("attendee", "moderation.attendee")));
        }
        meeting.addAttendee(new Attendee(name.strip(), capacity.strip()));
        access.save(meeting);
    }

    /**
     * The family found that an HLN holder's level may no longer fit: the SENCO of the pupil's
     * school now is asked to review it (and to ask again, or for less, as the evidence shows).
     */
    private void askSchoolToReview(MeetingCase c, String reason) {
        PupilService.PupilFacts pupil = pupils.facts(c.pupilId());
        auditLog.record("ASK_LEVEL_REVIEW", "PUPIL", c.pupilId(), reason);
        notices.sendAbout(c.pupilId(), reviewers(c.pupilId()), "pupils/" + c.pupilId() + "/allocations",
                "notice.bid.levelReview", pupil.displayName(), levelWords(c.level()), reason);
    }

    /** The level in question by its name in the reader's language; an amount held instead ("£12,000.00") as it is. */
    private static String levelWords(@Nullable String level) {
        return level == null || level.startsWith("£") ? Objects.requireNonNullElse(level, "")
                : org.waymark.notifications.domain.Notice.key("bid.level." + level);
    }

    /**
     * Closes the meeting: it becomes a read-only record, and its record (PDF, in the chair's
     * language) and the virement requests (CSV) are made and kept.
     */
    @Transactional
    @PreAuthorize(CHAIR)
    public void close(long meetingId) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        meeting.close(currentUser.require().username(), clock.instant());
        MeetingDetails details = details(meeting);
        java.util.Locale locale = currentUser.require().locale();
        org.waymark.documents.domain.Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        String familyName = organisation.familiesOfOwnAuthority().stream()
                .filter(f -> Objects.equals(f.id(), meeting.getFamilyId())).map(f -> f.name()).findFirst().orElse("");
        meeting.keepDocuments(files.write(new MeetingRecord(labels).pdf(details, familyName)),
                files.write(MeetingRecord.virements(details)));
        access.save(meeting);
        auditLog.record("CLOSE_MODERATION", SUBJECT, meeting.getFamilyId(), "meeting " + meetingId);
    }

    /** A closed meeting's kept documents: its record (PDF) or its virement requests (CSV). */
    public record KeptDocument(String fileName, String mediaType, byte[] bytes) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('FAMILY_SENCO','SCHOOL_SENCO','HEAD_TEACHER')")
    public KeptDocument record(long meetingId) {
        ModerationMeeting meeting = access.require(meetingId);
        auditLog.record("READ_MODERATION_RECORD", SUBJECT, meeting.getFamilyId(), "meeting " + meetingId);
        // the record names each child the meeting decided on: a read of each child's record
        auditLog.recordAll("READ_MODERATION_RECORD", "PUPIL", childrenOf(meeting), "meeting " + meetingId);
        return new KeptDocument("moderation-" + meeting.getMeetingDate() + ".pdf", "application/pdf",
                files.read(Objects.requireNonNull(meeting.getRecordFile(), "meeting not closed")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CHAIR)
    public KeptDocument virements(long meetingId) {
        ModerationMeeting meeting = access.require(meetingId);
        return new KeptDocument("virements-" + meeting.getMeetingDate() + ".csv", "text/csv",
                files.read(Objects.requireNonNull(meeting.getVirementFile(), "meeting not closed")));
    }

    private static @Nullable AgendaBid find(List<AgendaBid> list, @Nullable Long bidId) {
        return list.stream().filter(b -> Objects.equals(b.bidId(), bidId)).findFirst().orElse(null);
    }
}
