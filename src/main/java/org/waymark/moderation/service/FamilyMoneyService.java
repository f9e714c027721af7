package org.waymark.moderation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.service.FamilyFundingService;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.service.BidModerationService;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.domain.FamilyBudgetRepository;
import org.waymark.moderation.domain.FnfAllocation;
import org.waymark.moderation.domain.FnfPurpose;
import org.waymark.moderation.domain.ModerationMeeting;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.CurrentUser;

/**
 * The family's money, as its Family SENCO handles it: where the family's budget stands (outside
 * any meeting, and within one, where every decision is checked against it and warns — never
 * blocks — when it would eat into the contingency or overspend), FNF money agreed in a meeting,
 * and AFN returned for pupils the authority has since awarded HLN.
 */
@Service
public class FamilyMoneyService {

    private static final String CHAIR = "hasRole('FAMILY_SENCO')";

    private final ModerationMeetingRepository meetings;
    private final FamilyBudgetRepository budgets;
    private final BidModerationService bids;
    private final FamilyFundingService familyFunding;
    private final PupilService pupils;
    private final MeetingAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    FamilyMoneyService(ModerationMeetingRepository meetings, FamilyBudgetRepository budgets,
                       BidModerationService bids, FamilyFundingService familyFunding, PupilService pupils,
                       MeetingAccess access, CurrentUser currentUser, AuditLog auditLog, Clock clock,
                       ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.budgets = budgets;
        this.bids = bids;
        this.familyFunding = familyFunding;
        this.pupils = pupils;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** A family's budget position for a financial year; {@code set} is false while the authority has set none. */
    public record YearBudget(int financialYear, boolean set, BudgetPosition position) {
    }

    /**
     * Where the caller's family budget stands today, outside any meeting: for the current
     * financial year, each stream's budget, what the family's decisions have allocated so far
     * (meetings still open included), what remains, and the contingency — the figures a meeting
     * starts from.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CHAIR)
    public YearBudget budgetOfMyFamily() {
        long familyId = access.myFamily();
        int year = Dates.financialYearOf(LocalDate.now(clock));
        BudgetFigures figures = budgets.findByFamilyIdAndFinancialYear(familyId, year).map(b -> b.figures())
                .orElse(null);
        BudgetFigures shown = figures != null ? figures
                : new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        BigDecimal afn = bids.agreedAfn(familyId, year).subtract(familyFunding.returnedAfn(familyId, year));
        BigDecimal fnf = meetings.findByFamilyIdAndFinancialYear(familyId, year).stream()
                .map(ModerationMeeting::committedFnf).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new YearBudget(year, figures != null, new BudgetPosition(
                new BudgetPosition.Stream(shown.afn(), afn, BigDecimal.ZERO),
                new BudgetPosition.Stream(shown.fnf(), fnf, BigDecimal.ZERO), shown.contingency()));
    }

    /**
     * AFN and FNF for a meeting's year: budget, allocated before this meeting, committed in it,
     * contingency. For the meeting's screen and the warnings its decisions earn; the caller has
     * already reached the meeting through {@link MeetingAccess}.
     */
    BudgetPosition position(ModerationMeeting meeting) {
        BudgetFigures figures = budgets.findByFamilyIdAndFinancialYear(meeting.getFamilyId(), meeting.getFinancialYear())
                .map(b -> b.figures()).orElse(new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        BigDecimal afnThisMeeting = meeting.committedAfn();
        // AFN returned for pupils since awarded HLN goes back into the family's budget
        BigDecimal afnAll = bids.agreedAfn(meeting.getFamilyId(), meeting.getFinancialYear())
                .subtract(familyFunding.returnedAfn(meeting.getFamilyId(), meeting.getFinancialYear()));
        BigDecimal fnfOthers = meetings.findByFamilyIdAndFinancialYear(meeting.getFamilyId(), meeting.getFinancialYear())
                .stream().filter(m -> !Objects.equals(m.getId(), meeting.getId())).map(ModerationMeeting::committedFnf)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetPosition(new BudgetPosition.Stream(figures.afn(), afnAll.subtract(afnThisMeeting), afnThisMeeting),
                new BudgetPosition.Stream(figures.fnf(), fnfOthers, meeting.committedFnf()), figures.contingency());
    }

    /** Agrees FNF money for the family as a whole; returns the budget warnings it earned. */
    @Transactional
    @PreAuthorize(CHAIR)
    public List<Violation> allocateFnf(long meetingId, FnfPurpose purpose, BigDecimal amount, String note) {
        return allocateFnf(meetingId, purpose, amount, note, null);
    }

    /**
     * Agrees FNF money — for the family as a whole, or for one named pupil of the family
     * (transition support, say) — as a funding decision the ledger records as family money.
     * Returns the budget warnings it earned.
     */
    @Transactional
    @PreAuthorize(CHAIR)
    public List<Violation> allocateFnf(long meetingId, FnfPurpose purpose, BigDecimal amount, String note,
                                       @Nullable Long pupilId) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        if (pupilId != null && !Objects.equals(pupils.accessScope(pupilId).familyId(), meeting.getFamilyId())) {
            throw new ValidationException(List.of(Violation.of("pupil", "moderation.fnfPupil.notInFamily")));
        }
        if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("1000000")) > 0) {
            throw new ValidationException(List.of(Violation.of("amount", "budget.amount")));
        }
        if (note.isBlank() || note.length() > 1000) {
            throw new ValidationException(List.of(Violation.of("note", "bid.moderate.reason")));
        }
        List<Violation> warnings = position(meeting).warningsFor(BudgetPosition.Kind.FNF, amount);
        meeting.allocateFnf(new FnfAllocation(purpose, amount, note.strip(), currentUser.require().username(),
                clock.instant(), pupilId));
        access.save(meeting);
        auditLog.record("ALLOCATE_FNF", MeetingAccess.SUBJECT, meeting.getFamilyId(), purpose + " " + amount
                + (pupilId == null ? "" : " for pupil " + pupilId));
        events.publishEvent(FundingDecided.familyMoney(meeting.getLocalAuthorityId(), meeting.getFamilyId(), pupilId,
                purpose.name(), amount, meeting.getMeetingDate(), Objects.requireNonNull(meeting.getId()),
                note.strip()));
        return warnings;
    }

    /** Pupils of the chair's family whose name starts with the text, for FNF agreed for one pupil. */
    @Transactional(readOnly = true)
    @PreAuthorize(CHAIR)
    public List<PupilRow> pupilsOfMyFamily(@Nullable String text, int offset, int limit) {
        access.myFamily();
        return pupils.searchCurrent(new PupilFilter(text == null || text.isBlank() ? null : text, null, null, null),
                PupilSort.NAME, offset, Math.min(limit, 50));
    }

    /**
     * The Family SENCO returns the AFN agreed for a pupil the authority has since awarded HLN: the
     * AFN stops the day before the HLN starts and the unspent share goes back into the family's budget.
     */
    @Transactional
    @PreAuthorize(CHAIR)
    public BigDecimal returnAfn(long meetingId, long allocationId) {
        ModerationMeeting meeting = access.requireOpen(meetingId);
        BigDecimal returned = familyFunding.returnAfn(allocationId);
        access.changed(meeting);
        return returned;
    }
}
