package org.waymark.panels.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.service.FundingAudience;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.service.AgendaBid;
import org.waymark.bids.service.BidHearingService;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.AppealRequest;
import org.waymark.panels.domain.AppealRequestRepository;
import org.waymark.panels.domain.AppealStatus;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.domain.DecisionLetterRepository;
import org.waymark.panels.domain.InterimDecision;
import org.waymark.panels.domain.InterimDecisionRepository;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.domain.MeetingSeat;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.panels.domain.Panel;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.domain.PanelRepository;
import org.waymark.panels.domain.PanelSeat;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatEligibility;
import org.waymark.panels.domain.SeatRole;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * The authority's panels: standing members, meetings with their case lists (forwarded HLN
 * bids, resubmissions, interim decisions to review, supported appeals) and decisions. A
 * decision is written to the bid's history, to the allocation ledger with its effective
 * dates, and owes a letter due ten working days after the meeting.
 */
@Service
public class PanelService {

    private static final String SUBJECT = PanelAccess.SUBJECT;

    private final PanelRepository panels;
    private final PanelMeetingRepository meetings;
    private final InterimDecisionRepository interims;
    private final AppealRequestRepository appeals;
    private final DecisionLetterRepository letters;
    private final PanelAccess access;
    private final BidHearingService bids;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final FundingAudience fundingAudience;
    private final NoticeService notices;
    private final List<ResourceCases> resourceCases;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    PanelService(PanelRepository panels, PanelMeetingRepository meetings, InterimDecisionRepository interims,
                 AppealRequestRepository appeals, DecisionLetterRepository letters, PanelAccess access,
                 BidHearingService bids, org.springframework.context.ApplicationEventPublisher events, PupilService pupils, OrganisationService organisation,
                 AccountService accounts, CurrentUser currentUser, AuditLog auditLog, FundingAudience fundingAudience,
                 NoticeService notices, List<ResourceCases> resourceCases, Clock clock) {
        this.panels = panels;
        this.meetings = meetings;
        this.interims = interims;
        this.appeals = appeals;
        this.letters = letters;
        this.access = access;
        this.bids = bids;
        this.events = events;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.fundingAudience = fundingAudience;
        this.notices = notices;
        this.resourceCases = resourceCases;
        this.clock = clock;
    }

    // --- standing panels ---

    /** The standing panels with their members (the resubmission panel sits with the main panel's). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<Panel> panels() {
        long laId = Objects.requireNonNull(access.officer().localAuthorityId());
        return List.of(PanelKind.HLN_MAIN, PanelKind.APPEALS, PanelKind.SEND_RESOURCE).stream()
                .map(kind -> panels.findByLocalAuthorityIdAndKind(laId, kind).orElseGet(() -> Panel.create(laId, kind)))
                .toList();
    }

    /**
     * Someone of the authority who could sit on a panel, as the picker shows them: by name, with
     * their roles and where they work (their school or family of schools; none for the authority's
     * own officers) to tell people of the same name apart — never by login name.
     */
    public record SeatCandidate(long userId, String displayName, Set<org.waymark.security.domain.Role> roles,
                                @Nullable String place) {
    }

    /** People of the authority who could sit on a panel. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<SeatCandidate> candidates() {
        List<AccountService.StaffMember> staff = accounts.staffOfOwnAuthority(access.officer());
        java.util.Map<Long, String> schools = organisation.schoolNames(staff.stream()
                .map(AccountService.StaffMember::schoolId).filter(Objects::nonNull).distinct().toList());
        java.util.Map<Long, String> families = new java.util.HashMap<>();
        organisation.familiesOfOwnAuthority().forEach(f -> families.put(f.id(), f.name()));
        return staff.stream().map(m -> new SeatCandidate(m.userId(), m.displayName(), m.roles(),
                m.schoolId() != null ? schools.get(m.schoolId())
                        : m.familyId() != null ? families.get(m.familyId()) : null)).toList();
    }

    /** Seats someone on a standing panel in a capacity their account supports. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void seat(PanelKind kind, long userId, SeatCapacity capacity, SeatRole role) {
        UserScope officer = access.officer();
        long laId = Objects.requireNonNull(officer.localAuthorityId());
        AccountService.StaffMember person = staffMember(officer, userId, capacity);
        Panel panel = panels.findByLocalAuthorityIdAndKind(laId, kind.membersFrom())
                .orElseGet(() -> Panel.create(laId, kind.membersFrom()));
        panel.seat(new PanelSeat(userId, person.displayName(), capacity, role));
        savePanel(panel);
        auditLog.record("SEAT", "PANEL", kind.membersFrom().name(), person.username() + " as " + capacity + "/" + role);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void unseat(PanelKind kind, long userId) {
        long laId = Objects.requireNonNull(access.officer().localAuthorityId());
        panels.findByLocalAuthorityIdAndKind(laId, kind.membersFrom()).ifPresent(panel -> {
            panel.unseat(userId);
            savePanel(panel);
            auditLog.record("UNSEAT", "PANEL", kind.membersFrom().name(), "user " + userId);
        });
    }

    // --- meetings ---

    /** Meetings the caller runs (all of the authority's) or sits at, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PanelMeeting> meetings() {
        UserScope user = currentUser.require();
        if (user.localAuthorityId() == null) {
            return List.of();
        }
        List<PanelMeeting> all = meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(user.localAuthorityId());
        return PanelAccess.isOfficer(user, user.localAuthorityId()) ? all
                : all.stream().filter(m -> m.seats(user.userId())).toList();
    }

    /** What opening or refreshing a meeting listed, and the appeals it had to hold back (with why). */
    public record Listing(long meetingId, int listed, List<Violation> heldBack) {
    }

    /**
     * Opens a meeting of a panel for a date with its standing members, and fills its case list. No
     * date is refused (never taken to mean today): nothing is opened.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public Listing open(PanelKind kind, @Nullable LocalDate date) {
        UserScope officer = access.officer();
        if (date == null) {
            throw new ValidationException(List.of(Violation.of("date", "panel.dateRequired")));
        }
        long laId = Objects.requireNonNull(officer.localAuthorityId());
        List<PanelSeat> members = panels.findByLocalAuthorityIdAndKind(laId, kind.membersFrom())
                .map(Panel::getSeats).orElse(List.of());
        PanelMeeting meeting = meetings.save(PanelMeeting.open(laId, kind, date, members, officer.username(),
                clock.instant()));
        auditLog.record("OPEN", SUBJECT, meeting.getId(), kind + " " + date);
        return fillCases(meeting);
    }

    /** Adds cases that arrived since the meeting opened (or were held back until a member stepped down). */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public Listing refreshCases(long meetingId) {
        PanelMeeting meeting = access.runnable(meetingId);
        // a closed meeting is the record of what was decided: nothing is listed on it (it was saved again
        // when nothing was waiting, and refused as a broken transition when something was)
        if (meeting.getStatus() != MeetingStatus.OPEN) {
            throw new ConflictException("panel meeting " + meetingId + " is closed");
        }
        return fillCases(meeting);
    }

    private Listing fillCases(PanelMeeting meeting) {
        long meetingId = Objects.requireNonNull(meeting.getId());
        Set<Long> listedElsewhere = bidsListedOnOpenMeetings(meeting.getLocalAuthorityId());
        int before = meeting.getCases().size();
        List<Violation> heldBack = new ArrayList<>();
        switch (meeting.getKind()) {
            case HLN_MAIN, HLN_RESUBMISSION -> {
                for (AgendaBid bid : bids.forwardedToAuthority()) {
                    if (listedElsewhere.contains(bid.bidId()) && !listedHere(meeting, bid.bidId())) {
                        continue;
                    }
                    // the ledger decided the route when the bid was made: the same level again, or less,
                    // is a resubmission; asking for more than the HLN held is a new application
                    boolean resubmission = bid.resubmission();
                    if (resubmission == (meeting.getKind() == PanelKind.HLN_RESUBMISSION)) {
                        meeting.list(PanelCase.listed(resubmission ? CaseKind.RESUBMISSION : CaseKind.NEW_BID,
                                bid.pupilId(), pupils.facts(bid.pupilId()).schoolId(), bid.bidId(), null, null),
                                Set.of());
                    }
                }
                if (meeting.getKind() == PanelKind.HLN_MAIN) {
                    for (InterimDecision interim : interims
                            .findByLocalAuthorityIdAndListedMeetingIdIsNullOrderByDecidedOn(meeting.getLocalAuthorityId())) {
                        meeting.list(PanelCase.listed(CaseKind.INTERIM_REVIEW, interim.getPupilId(),
                                interim.getSchoolId(), null, interim.getId(), null), Set.of());
                        interim.listedAt(meetingId);
                        interims.save(interim);
                    }
                }
            }
            case APPEALS -> {
                for (AppealRequest appeal : appeals.findByLocalAuthorityIdAndStatusOrderByRequestedAt(
                        meeting.getLocalAuthorityId(), AppealStatus.SUPPORTED)) {
                    try {
                        meeting.list(PanelCase.listed(CaseKind.APPEAL, appeal.getPupilId(), appeal.getSchoolId(),
                                appeal.getBidId(), null, appeal.getId()), originalDeciders(appeal.getOriginalMeetingId()));
                    } catch (ValidationException e) {
                        heldBack.addAll(e.violations());
                        continue;
                    }
                    appeal.listedAt(meetingId);
                    appeals.save(appeal);
                    bids.recordAppealListed(appeal.getBidId(), appeal.getGrounds());
                }
            }
            case SEND_RESOURCE -> {
                // the weekly resource panel hears the RAS cases routed to it (not yet on another open meeting)
                Set<Long> rasListed = rasCasesListedOnOpenMeetings(meeting.getLocalAuthorityId());
                for (ResourceCases source : resourceCases) {
                    for (ResourceCases.Referred r : source.referredTo(meeting.getLocalAuthorityId())) {
                        if (!rasListed.contains(r.rasCaseId()) || listedHereRas(meeting, r.rasCaseId())) {
                            meeting.list(PanelCase.rasCase(r.pupilId(), r.schoolId(), r.rasCaseId()), Set.of());
                        }
                    }
                }
            }
        }
        PanelMeeting saved = save(meeting);
        return new Listing(meetingId, saved.getCases().size() - before, heldBack);
    }

    private static boolean listedHere(PanelMeeting meeting, long bidId) {
        return meeting.indexOfBid(bidId) >= 0;
    }

    private static boolean listedHereRas(PanelMeeting meeting, long rasCaseId) {
        return meeting.getCases().stream().anyMatch(c -> Objects.equals(c.rasCaseId(), rasCaseId));
    }

    private Set<Long> rasCasesListedOnOpenMeetings(long laId) {
        Set<Long> listed = new HashSet<>();
        for (PanelMeeting m : meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId)) {
            if (m.getStatus() == MeetingStatus.OPEN) {
                m.getCases().stream().map(PanelCase::rasCaseId).filter(Objects::nonNull).forEach(listed::add);
            }
        }
        return listed;
    }

    private Set<Long> bidsListedOnOpenMeetings(long laId) {
        Set<Long> listed = new HashSet<>();
        for (PanelMeeting m : meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId)) {
            if (m.getStatus() == MeetingStatus.OPEN) {
                m.getCases().stream().filter(c -> !c.decided() && c.bidId() != null && c.kind() != CaseKind.APPEAL)
                        .forEach(c -> listed.add(c.bidId()));
            }
        }
        return listed;
    }

    /** Everyone who sat at the meeting that made the decision now appealed. */
    private Set<Long> originalDeciders(long originalMeetingId) {
        return meetings.findById(originalMeetingId).map(m -> {
            Set<Long> ids = new HashSet<>();
            m.getSeats().forEach(s -> ids.add(s.userId()));
            return ids;
        }).orElse(Set.of());
    }

    /** One case as the meeting screen shows it, with the bid's chosen descriptors and evidence. */
    public record CaseLine(int index, PanelCase panelCase, String pupilName, String schoolName,
                           @Nullable String levelAsked, @Nullable InterimGround interimGround, @Nullable String note,
                           List<ChosenDescriptor> descriptors) {
    }

    /** A key theme of the bid: the column chosen, that column's descriptor, and the school's evidence. */
    public record ChosenDescriptor(String theme, String column, String descriptor, String evidence) {
    }

    /** A meeting with its case lines, whether the caller runs it, and its letters. */
    public record MeetingDetails(PanelMeeting meeting, List<CaseLine> cases, boolean officer, boolean mayRun,
                                 boolean mayDecide, List<DecisionLetter> letters, String authorityName,
                                 People people) {
    }

    /** A meeting for an officer of its authority or a member sitting at it. Audited. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingDetails meeting(long meetingId) {
        PanelMeeting meeting = access.readable(meetingId);
        auditLog.record("READ_PANEL_MEETING", SUBJECT, meetingId, null);
        // and a read of each child whose case the meeting shows, so each child's access log has it
        auditLog.recordAll("READ_PANEL_MEETING", "PUPIL", meeting.getCases().stream().map(PanelCase::pupilId)
                .distinct().sorted().toList(), "meeting " + meetingId);
        return details(meeting);
    }

    private MeetingDetails details(PanelMeeting meeting) {
        UserScope user = currentUser.require();
        List<CaseLine> lines = new ArrayList<>();
        var schoolNames = organisation.schoolNames(meeting.getCases().stream().map(PanelCase::schoolId).distinct()
                .toList());
        for (int i = 0; i < meeting.getCases().size(); i++) {
            PanelCase c = meeting.getCases().get(i);
            String levelAsked = null;
            InterimGround ground = null;
            String note = null;
            List<ChosenDescriptor> descriptors = List.of();
            if (c.bidId() != null) {
                var bid = bids.forPanel(c.bidId());
                levelAsked = bid.bid().getLevelAsked();
                descriptors = bid.bid().getChoices().stream().map(choice -> {
                    var theme = bid.framework().area(choice.areaCode()).flatMap(a -> a.themes().stream()
                            .filter(t -> t.code().equals(choice.themeCode())).findFirst());
                    return new ChosenDescriptor(theme.map(t -> t.name()).orElse(choice.themeCode()), choice.levelCode(),
                            theme.map(t -> t.descriptor(choice.levelCode())).orElse(""), choice.evidence());
                }).toList();
            }
            if (c.interimId() != null) {
                var interim = interims.findById(c.interimId());
                ground = interim.map(InterimDecision::getGround).orElse(null);
                note = interim.map(InterimDecision::getReasons).orElse(null);
            }
            if (c.appealId() != null) {
                note = appeals.findById(c.appealId()).map(AppealRequest::getGrounds).orElse(null);
            }
            Long rasCaseId = c.rasCaseId();
            if (rasCaseId != null) {
                for (ResourceCases source : resourceCases) {
                    ResourceCases.Summary ras = source.summary(rasCaseId);
                    levelAsked = "£" + ras.costed().toPlainString();
                    note = ras.reconsidered();
                }
            }
            lines.add(new CaseLine(i, c, pupils.nameOf(c.pupilId()), schoolNames.getOrDefault(c.schoolId(), ""),
                    levelAsked, ground, note, descriptors));
        }
        boolean officer = PanelAccess.isOfficer(user, meeting.getLocalAuthorityId());
        boolean open = meeting.getStatus() == MeetingStatus.OPEN;
        LocalAuthority authority = organisation.authority(meeting.getLocalAuthorityId());
        return new MeetingDetails(meeting, lines, officer, officer && open,
                open && (officer || meeting.seats(user.userId())),
                letters.findByPanelMeetingIdOrderByCaseKey(Objects.requireNonNull(meeting.getId())),
                authority.displayName(user.locale().getLanguage()),
                accounts.people(meeting.getCases().stream().map(PanelCase::decidedBy).filter(Objects::nonNull).toList()));
    }

    /** Seats someone for this meeting only; an appeals meeting refuses anyone who took part in a decision it hears. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void seatAtMeeting(long meetingId, long userId, SeatCapacity capacity, SeatRole role) {
        PanelMeeting meeting = access.runnable(meetingId);
        AccountService.StaffMember person = staffMember(currentUser.require(), userId, capacity);
        Set<Long> barred = new HashSet<>();
        if (meeting.getKind() == PanelKind.APPEALS) {
            for (PanelCase c : meeting.getCases()) {
                if (c.appealId() != null) {
                    appeals.findById(c.appealId()).ifPresent(a -> barred.addAll(originalDeciders(a.getOriginalMeetingId())));
                }
            }
        }
        try {
            meeting.seat(new MeetingSeat(userId, person.displayName(), capacity, role), barred);
        } catch (ValidationException e) {
            auditLog.recordDenied("SEAT", SUBJECT, meetingId, person.username() + " took part in the original decision");
            throw e;
        }
        save(meeting);
        auditLog.record("SEAT", SUBJECT, meetingId, person.username() + " as " + capacity + "/" + role);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void unseatAtMeeting(long meetingId, long userId) {
        PanelMeeting meeting = access.runnable(meetingId);
        meeting.unseat(userId);
        save(meeting);
        auditLog.record("UNSEAT", SUBJECT, meetingId, "user " + userId);
    }

    /**
     * Decides a case. {@code expectedVersion} is the meeting as the caller's screen showed it;
     * a case someone else decided meanwhile is a conflict, and nothing is overwritten.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PanelCase decide(long meetingId, int caseIndex, PanelCase.Decision decision) {
        PanelMeeting meeting = access.readable(meetingId);
        UserScope user = currentUser.require();
        if (!PanelAccess.isOfficer(user, meeting.getLocalAuthorityId()) && !meeting.seats(user.userId())) {
            throw new AccessDeniedException("panel meeting " + meetingId);
        }
        if (caseIndex < 0 || caseIndex >= meeting.getCases().size()) {
            throw new ValidationException(List.of(Violation.of("case", "panel.decide.noCase")));
        }
        PanelCase before = meeting.getCases().get(caseIndex);
        if (before.kind() != CaseKind.APPEAL && before.kind() != CaseKind.INTERIM_REVIEW
                && decision.outcome() == PanelOutcome.CONFIRMED) {
            throw new ValidationException(List.of(Violation.of("outcome", "panel.decide.confirmOnlyReviews")));
        }
        PanelCase decided = meeting.decide(caseIndex, withLevelAmount(before, decision), user.username(),
                clock.instant());
        save(meeting);
        applyDecision(meeting, decided);
        LocalAuthority authority = organisation.authority(meeting.getLocalAuthorityId());
        PupilService.PupilFacts pupil = pupils.facts(decided.pupilId());
        boolean welsh = authority.getNation() == org.waymark.base.domain.Nation.WALES
                && "cy".equals(pupil.preferredLanguage());
        letters.save(DecisionLetter.owed(meeting.getLocalAuthorityId(), meetingId, caseIndex, decided.pupilId(),
                decided.schoolId(), welsh ? "cy" : "en", meeting.getMeetingDate(),
                organisation.calendarOf(meeting.getLocalAuthorityId())));
        auditLog.record("PANEL_DECISION", "PUPIL", decided.pupilId(), "meeting " + meetingId + " case " + caseIndex
                + ": " + decided.outcome());
        return decided;
    }

    /**
     * Who deciding a case with this outcome would tell, for the decision's confirmation: the
     * decision is a funding decision, told as the ledger tells it (the pupil's school's SENCOs and
     * parents; for an HLN award also the SENCO of a family whose AFN for the pupil is to be returned).
     * For those who may decide the case: the authority's panel officers and the members sitting.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Told> toldOfDecision(long meetingId, int caseIndex, PanelOutcome outcome) {
        PanelMeeting meeting = access.readable(meetingId);
        if (caseIndex < 0 || caseIndex >= meeting.getCases().size()) {
            throw new ValidationException(List.of(Violation.of("case", "panel.decide.noCase")));
        }
        return notices.told(fundingAudience.of(meeting.getCases().get(caseIndex).pupilId(),
                outcome == PanelOutcome.AWARDED, meeting.getMeetingDate()));
    }

    /** An award at a fixed level carries that level's amount; a level with a band needs the amount chosen. */
    private PanelCase.Decision withLevelAmount(PanelCase c, PanelCase.Decision d) {
        if (d.outcome() != PanelOutcome.AWARDED || d.level() == null || c.bidId() == null) {
            return d;
        }
        var level = bids.highNeedsLevels(c.bidId()).stream().filter(l -> l.code().equals(d.level())).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("level", "panel.decide.unknownLevel"))));
        BigDecimal amount = d.amount() != null ? d.amount() : level.fixed() ? level.min() : null;
        if (amount == null || amount.compareTo(level.min()) < 0 || amount.compareTo(level.max()) > 0) {
            throw new ValidationException(List.of(Violation.of("amount", "bid.moderate.band", level.name(),
                    level.min(), level.max())));
        }
        return new PanelCase.Decision(d.outcome(), d.level(), amount, d.period(), d.periodEnd(), d.reasons());
    }

    /**
     * What a decision does beyond the meeting: the bid's history, the appeal, and one funding
     * decision that the ledger records and the school and parents are told of.
     */
    private void applyDecision(PanelMeeting meeting, PanelCase c) {
        long meetingId = Objects.requireNonNull(meeting.getId());
        boolean awarded = c.outcome() == PanelOutcome.AWARDED;
        String reasons = Objects.requireNonNull(c.reasons());
        FundingDecided.Outcome outcome = awarded ? FundingDecided.Outcome.AWARDED
                : c.outcome() == PanelOutcome.CONFIRMED ? FundingDecided.Outcome.CONFIRMED
                : FundingDecided.Outcome.REFUSED;
        Long bidId = c.bidId();
        AppealRequest appeal = c.appealId() == null ? null
                : appeals.findById(c.appealId()).orElseThrow();
        if (appeal != null) {
            bidId = appeal.getBidId();
        }
        FundingDecided funding = FundingDecided.forPupil(meeting.getLocalAuthorityId(), c.pupilId(),
                c.kind() == CaseKind.RAS ? FundingStream.RAS : FundingStream.HLN, outcome, c.level(), c.amount(), meeting.getMeetingDate(),
                c.period() == null ? AllocationPeriod.ACADEMIC_YEAR : c.period(), c.periodEnd(),
                c.kind() == CaseKind.APPEAL ? AllocationSource.APPEAL : AllocationSource.PANEL, meetingId, bidId,
                reasons);
        switch (c.kind()) {
            case NEW_BID, RESUBMISSION ->
                    bids.recordPanelDecision(Objects.requireNonNull(c.bidId()), awarded, c.level(), c.amount(), reasons);
            case INTERIM_REVIEW -> {
                // confirming an interim decision leaves its line as it is; anything else is decided afresh
            }
            case RAS -> {
                long rasCaseId = Objects.requireNonNull(c.rasCaseId());
                for (ResourceCases source : resourceCases) {
                    source.decided(rasCaseId, awarded ? c.amount() : null, reasons, Objects.requireNonNull(c.decidedBy()));
                }
            }
            case APPEAL -> {
                AppealRequest heard = Objects.requireNonNull(appeal);
                if (c.outcome() == PanelOutcome.CONFIRMED) {
                    bids.recordAppealConfirmed(heard.getBidId(), reasons);
                } else {
                    bids.recordPanelDecision(heard.getBidId(), awarded, c.level(), c.amount(), reasons);
                    funding = funding.replacing(AllocationSource.PANEL, heard.getOriginalMeetingId());
                }
                heard.heard();
                appeals.save(heard);
            }
        }
        events.publishEvent(funding);
    }

    /** Closes a meeting whose cases are all decided: it becomes the record. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void close(long meetingId) {
        PanelMeeting meeting = access.runnable(meetingId);
        meeting.close(currentUser.require().username(), clock.instant());
        save(meeting);
        auditLog.record("CLOSE", SUBJECT, meetingId, null);
    }

    /** Funding levels (HLN) a case's bid may be awarded at; empty for a case without a bid. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<org.waymark.bids.domain.BidFramework.Level> levelsFor(long meetingId, int caseIndex) {
        PanelMeeting meeting = access.readable(meetingId);
        PanelCase c = meeting.getCases().get(caseIndex);
        Long bidId = c.bidId();
        return bidId == null ? List.of() : bids.highNeedsLevels(bidId);
    }

    private AccountService.StaffMember staffMember(UserScope officer, long userId, SeatCapacity capacity) {
        AccountService.StaffMember person = accounts.staffOfOwnAuthority(officer).stream()
                .filter(m -> m.userId() == userId).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("member", "panel.seat.unknown"))));
        if (!SeatEligibility.fits(capacity, person.roles())) {
            throw new ValidationException(List.of(Violation.of("capacity", "panel.seat.capacity",
                    person.displayName(), "enum.SeatCapacity." + capacity.name())));
        }
        return person;
    }

    private PanelMeeting save(PanelMeeting meeting) {
        try {
            return meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("panel meeting " + meeting.getId() + " changed while saving");
        }
    }

    private void savePanel(Panel panel) {
        try {
            panels.save(panel);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("panel " + panel.getKind() + " changed while saving");
        }
    }
}
