package org.waymark.panels.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.service.AllocationService;
import org.waymark.attachments.domain.FileStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.AppealDeadline;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.domain.DecisionLetterRepository;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Decision letters: generated for every case of a closed meeting in one go (the caller runs it
 * off the UI thread and gets progress), kept in the file store, tracked against their due date
 * (ten working days after the meeting), marked sent, and — once sent — readable by the school,
 * the family and the child's parents.
 */
@Service
public class LetterService {

    private static final String SUBJECT = "PUPIL";

    private final DecisionLetterRepository letters;
    private final PanelAccess access;
    private final FileStore files;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AllocationService allocations;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final AppealDeadline appealDeadline;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    LetterService(DecisionLetterRepository letters, PanelAccess access, FileStore files,
                  OrganisationService organisation, PupilService pupils, AllocationService allocations,
                  AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, MessageSource messages,
                  @Value("${waymark.appeals.days:" + AppealDeadline.DEFAULT_WORKING_DAYS + "}") int appealDays,
                  Clock clock) {
        this.appealDeadline = new AppealDeadline(appealDays);
        this.letters = letters;
        this.access = access;
        this.files = files;
        this.organisation = organisation;
        this.pupils = pupils;
        this.allocations = allocations;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes the letter of every decided case of a closed meeting, each in its recipient's
     * language, reporting (done, total) after each one. Letters written before are written
     * again (a corrected template, say); the due dates stay.
     * <p>
     * A letter is dated the day it is sent ("Date of this letter"), which is not known when it
     * is written: until then it says it is a draft written on this day, for the officers
     * checking it. {@link #markSent} writes it again with the date it was sent, and that is the
     * copy the school, the family and the parents read. A sent letter written again keeps its date.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public int generate(long meetingId, BiConsumer<Integer, Integer> progress) {
        PanelMeeting meeting = access.runnable(meetingId);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw new ValidationException(List.of(Violation.of("letters", "letter.closeFirst")));
        }
        LocalAuthority authority = organisation.authority(meeting.getLocalAuthorityId());
        List<DecisionLetter> owed = letters.findByPanelMeetingIdOrderByCaseKey(meetingId);
        Map<Long, Allocation> funded = funded(meeting);
        int done = 0;
        for (DecisionLetter letter : owed) {
            write(letter, meeting, authority, funded);
            auditLog.record("LETTER", SUBJECT, letter.getPupilId(), "meeting " + meetingId + " case " + letter.getCaseKey());
            progress.accept(++done, owed.size());
        }
        return done;
    }

    /** The period each award of the meeting funds, as the ledger worked it out from the term dates. */
    private Map<Long, Allocation> funded(PanelMeeting meeting) {
        return allocations.openedBy(meeting.getKind() == org.waymark.panels.domain.PanelKind.APPEALS
                ? AllocationSource.APPEAL : AllocationSource.PANEL, Objects.requireNonNull(meeting.getId()));
    }

    /** Renders a letter in its language, dated the day it was sent or marked as a draft, and keeps it. */
    private void write(DecisionLetter letter, PanelMeeting meeting, LocalAuthority authority,
                       Map<Long, Allocation> funded) {
        PanelCase decided = meeting.getCases().get(letter.getCaseKey());
        Locale locale = Locale.forLanguageTag(letter.getLanguage());
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        PupilService.PupilFacts pupil = pupils.facts(letter.getPupilId());
        Allocation award = decided.outcome() == org.waymark.panels.domain.PanelOutcome.AWARDED
                ? funded.get(letter.getPupilId()) : null;
        byte[] pdf = new LetterDocument(labels).render(new LetterDocument.Content(
                authority.displayName(locale.getLanguage()), pupil.displayName(),
                organisation.schoolOfRecord(letter.getSchoolId()).name(), meeting.getKind(),
                meeting.getMeetingDate(), decided, decided.level() == null ? null : labels.level(decided.level()),
                award == null ? null : award.getStartDate(), award == null ? null : award.getEndDate(),
                letter.getSentOn(), LocalDate.now(clock), appealDeadline.workingDays(),
                appealDeadline.lastDay(letter.getSentOn(), organisation.calendarOf(meeting.getLocalAuthorityId())),
                authority.contact()));
        letter.generated(files.write(pdf), letter.getLanguage(), clock.instant());
        save(letter);
    }

    /** A letter as the lists show it, with the decision it tells of. */
    public record LetterRow(DecisionLetter letter, String pupilName, String schoolName, boolean overdue,
                            PanelCase decided) {
    }

    /** A sent letter about a child, with the decision it tells of. */
    public record PupilLetter(DecisionLetter letter, PanelCase decided) {
    }

    /** The decided case each letter tells of, reading each meeting once. */
    private Map<Long, PanelMeeting> meetingsOf(List<DecisionLetter> list) {
        Map<Long, PanelMeeting> found = new java.util.HashMap<>();
        list.stream().map(DecisionLetter::getPanelMeetingId).distinct()
                .forEach(id -> found.put(id, access.find(id)));
        return found;
    }

    /** The authority's letters not yet sent, soonest due first, with the overdue ones marked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<LetterRow> due() {
        UserScope officer = access.officer();
        LocalDate today = LocalDate.now(clock);
        List<DecisionLetter> unsent = letters.findByLocalAuthorityIdAndSentOnIsNullOrderByDueBy(
                Objects.requireNonNull(officer.localAuthorityId()));
        var schoolNames = organisation.schoolNames(unsent.stream().map(DecisionLetter::getSchoolId).distinct().toList());
        var pupilNames = pupils.namesOf(unsent.stream().map(DecisionLetter::getPupilId).toList());
        Map<Long, PanelMeeting> meetingsById = meetingsOf(unsent);
        List<LetterRow> rows = new ArrayList<>();
        for (DecisionLetter l : unsent) {
            rows.add(new LetterRow(l, pupilNames.getOrDefault(l.getPupilId(), ""),
                    schoolNames.getOrDefault(l.getSchoolId(), ""), l.overdue(today),
                    meetingsById.get(l.getPanelMeetingId()).getCases().get(l.getCaseKey())));
        }
        return rows;
    }

    /** Records the day a generated letter went to the school and the family. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void markSent(long letterId, int expectedVersion, LocalDate on) {
        UserScope officer = access.officer();
        DecisionLetter letter = load(letterId);
        if (!PanelAccess.isOfficer(officer, letter.getLocalAuthorityId())) {
            // another authority's officer: refused and audited against the child the letter is about
            auditLog.recordDenied("LETTER_SENT", SUBJECT, letter.getPupilId(), "letter " + letterId);
            throw new AccessDeniedException("letter " + letterId);
        }
        if (!Objects.equals(letter.getVersion(), expectedVersion)) {
            throw new ConflictException("letter " + letterId + " changed");
        }
        if (letter.getStoredName() == null) {
            throw new ValidationException(List.of(Violation.of("letter", "letter.generateFirst")));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(List.of(Violation.of("sentOn", "letter.sentInFuture")));
        }
        letter.sent(on, officer.username());
        // written again, now dated the day it was sent (see generate)
        PanelMeeting meeting = access.find(letter.getPanelMeetingId());
        write(letter, meeting, organisation.authority(meeting.getLocalAuthorityId()), funded(meeting));
        auditLog.record("LETTER_SENT", SUBJECT, letter.getPupilId(), "letter " + letterId + " on " + on);
    }

    /** The letters sent about a child, for anyone who may read the child's record (parents included). Audited. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PupilLetter> ofPupil(long pupilId) {
        if (!accessPolicy.mayReadPupil(currentUser.require(), pupils.accessScope(pupilId))) {
            auditLog.recordDenied("READ_LETTERS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        auditLog.record("READ_LETTERS", SUBJECT, pupilId, null);
        List<DecisionLetter> sent = letters.findByPupilIdAndSentOnIsNotNullOrderByDueByDesc(pupilId);
        Map<Long, PanelMeeting> meetingsById = meetingsOf(sent);
        return sent.stream().map(l -> new PupilLetter(l,
                meetingsById.get(l.getPanelMeetingId()).getCases().get(l.getCaseKey()))).toList();
    }

    /** A generated letter's file. */
    public record LetterFile(String fileName, byte[] bytes) {
    }

    /**
     * The PDF of a letter: for the authority's panel officers, members who sat, or — once sent
     * — anyone who may read the child's record. Audited as a read of the child's record.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public LetterFile file(long letterId) {
        DecisionLetter letter = load(letterId);
        UserScope user = currentUser.require();
        // panel officers and members may read it; so may the child's readers once it is sent
        boolean panel = PanelAccess.isOfficer(user, letter.getLocalAuthorityId())
                || access.mayRead(access.find(letter.getPanelMeetingId()));
        boolean reader = letter.getSentOn() != null
                && accessPolicy.mayReadPupil(user, pupils.accessScope(letter.getPupilId()));
        if ((!panel && !reader) || letter.getStoredName() == null) {
            auditLog.recordDenied("READ_LETTER", SUBJECT, letter.getPupilId(), "letter " + letterId);
            throw new AccessDeniedException("letter " + letterId);
        }
        auditLog.record("READ_LETTER", SUBJECT, letter.getPupilId(), "letter " + letterId);
        return new LetterFile("decision-letter-" + letterId + "-" + letter.getLanguage() + ".pdf",
                files.read(letter.getStoredName()));
    }

    private DecisionLetter load(long letterId) {
        return letters.findById(letterId).orElseThrow(() -> new NotFoundException("letter " + letterId));
    }

    private void save(DecisionLetter letter) {
        try {
            letters.save(letter);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("letter " + letter.getId() + " changed while saving");
        }
    }
}
