package org.waymark.allocations.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationHistory;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.DecisionDates;
import org.waymark.allocations.domain.EffectiveDates;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.domain.MoveRules;
import org.waymark.audit.service.AuditLog;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.PupilMoved;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;
import org.waymark.security.service.People;

/**
 * The allocation ledger's use cases. Deciding features (the family's moderation, the
 * authority's panels) record their decisions here after their own access checks; the ledger
 * works out the effective dates from the authority's calendar and keeps every line. Moves and
 * leavers arrive as events from the pupil record.
 */
@Service
public class AllocationService {

    /** Those whose decisions create allocations. */
    static final String DECIDERS = "hasAnyRole('FAMILY_SENCO','CASEWORKER','LEAD_SEND_COORDINATOR','PANEL_MEMBER',"
            + "'HEAD_TEACHER','SCHOOL_SENCO','EDUCATION_SUPPORT_OFFICER','PERSONALISATION_OFFICER','INCLUSION_TEAM')";
    private static final String SUBJECT = "PUPIL";

    private final AllocationRepository allocations;
    private final LedgerDirectory ledgerDirectory;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    AllocationService(AllocationRepository allocations, LedgerDirectory ledgerDirectory,
                      OrganisationService organisation, PupilService pupils, AccessPolicy accessPolicy,
                      CurrentUser currentUser, AuditLog auditLog, AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.allocations = allocations;
        this.ledgerDirectory = ledgerDirectory;
        this.organisation = organisation;
        this.pupils = pupils;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * What a decision did to the ledger: the line it opened, and the line held before — stopped
     * (increase, reduction, discontinuation) or extended (the same amount decided again).
     */
    public record Recorded(EffectiveDates.Change change, @Nullable Allocation opened, @Nullable Allocation previous) {
    }

    /**
     * Records a funding decision the deciding feature has already checked the caller may make.
     * Runs in the deciding transaction: if the dates cannot be worked out (the authority has not
     * entered the next term, say), the decision itself is refused with a message saying what to enter.
     */
    @EventListener
    @Order(0)
    @Transactional
    @PreAuthorize(DECIDERS)
    public void onFundingDecided(FundingDecided decision) {
        record(decision);
    }

    Recorded record(FundingDecided decision) {
        if (!decision.changesLedger()) {
            return new Recorded(EffectiveDates.Change.NONE, null, null);
        }
        UserScope user = currentUser.require();
        if (!Objects.equals(user.localAuthorityId(), decision.localAuthorityId())) {
            throw new AccessDeniedException("authority " + decision.localAuthorityId());
        }
        Long pupilId = decision.pupilId();
        if (pupilId == null) {
            return familyMoney(decision, user);
        }
        PupilService.PupilFacts pupil = pupils.facts(pupilId);
        if (!Objects.equals(pupil.localAuthorityId(), decision.localAuthorityId())) {
            throw new AccessDeniedException("pupil " + pupilId);
        }
        FundingDecided.Replaces replaces = decision.replaces();
        if (replaces != null) {
            stopReplaced(replaces, pupilId, user, decision.reasons());
        }
        SchoolCalendar calendar = organisation.calendarOf(pupil.localAuthorityId());
        Allocation.Origin origin = new Allocation.Origin(decision.source(), decision.sourceId(), decision.decidedOn(),
                user.username(), clock.instant(), decision.reasons());
        Allocation.Holder holder = new Allocation.Holder(pupil.localAuthorityId(), pupil.pupilId(), pupil.schoolId(),
                decision.familyId() != null ? decision.familyId()
                        : organisation.schoolScope(pupil.schoolId()).familyId(),
                pupil.recoupFrom(organisation.authority(pupil.localAuthorityId())), pupil.yearGroup());
        if (decision.stream() == FundingStream.FNF) {
            // family money for one pupil adds to what the family spends on them; it replaces nothing
            return new Recorded(EffectiveDates.Change.NEW, open(holder, decision, calendar, pupil.yearGroup(),
                    Objects.requireNonNull(decision.startsOn()), origin), null);
        }
        Optional<Allocation> current = heldFrom(pupilId, decision.stream(), decision.decidedOn());
        if (decision.startsOn() != null) {
            return interim(decision, current, holder, origin, calendar, pupil.yearGroup());
        }
        EffectiveDates.Effect effect = EffectiveDates.of(calendar, decision.decidedOn(),
                current.map(Allocation::getAmount).orElse(null), decision.amount());
        Allocation previous = null;
        if (effect.currentLastDay() != null && current.isPresent()) {
            previous = current.get();
            previous.stop(effect.currentLastDay(), endReason(effect.change()), user.username(), clock.instant(),
                    decision.reasons());
            allocations.save(previous);
        }
        Allocation opened = null;
        if (effect.change() == EffectiveDates.Change.CONTINUATION && current.isPresent()) {
            LocalDate from = calendar.termAfter(decision.decidedOn()).map(t -> t.startDate())
                    .orElse(current.get().getEndDate());
            current.get().extendTo(DecisionDates.end(decision.period(), calendar, decision.decidedOn(), from,
                    pupil.yearGroup(), decision.customEnd()), user.username(), clock.instant(), decision.reasons());
            previous = allocations.save(current.get());
        } else if (effect.newStart() != null) {
            opened = open(holder, decision, calendar, pupil.yearGroup(), effect.newStart(), origin);
        }
        auditLog.record("ALLOCATE", SUBJECT, pupilId, decision.stream() + " " + effect.change() + " from "
                + decision.source() + " " + decision.sourceId());
        return new Recorded(effect.change(), opened, previous);
    }

    /** Opens a line from {@code start} to the end of the decision's period, refusing a period that would end first. */
    private Allocation open(Allocation.Holder holder, FundingDecided decision, SchoolCalendar calendar,
                            YearGroup yearGroup, LocalDate start, Allocation.Origin origin) {
        LocalDate end = DecisionDates.end(decision.period(), calendar, decision.decidedOn(), start, yearGroup,
                decision.customEnd());
        return allocations.save(Allocation.open(holder, decision.stream(), decision.level(),
                Objects.requireNonNull(decision.amount()), start, end, origin));
    }

    /** FNF for the family as a whole: a family line from the meeting to the end of that school year. */
    private Recorded familyMoney(FundingDecided decision, UserScope user) {
        long familyId = Objects.requireNonNull(decision.familyId());
        SchoolCalendar calendar = organisation.calendarOf(decision.localAuthorityId());
        Allocation.Holder holder = new Allocation.Holder(decision.localAuthorityId(), null, null, familyId, null);
        Allocation.Origin origin = new Allocation.Origin(decision.source(), decision.sourceId(), decision.decidedOn(),
                user.username(), clock.instant(), decision.reasons());
        LocalDate start = Objects.requireNonNull(decision.startsOn());
        LocalDate end = DecisionDates.end(decision.period(), calendar, decision.decidedOn(), start, YearGroup.R,
                decision.customEnd());
        Allocation opened = allocations.save(Allocation.open(holder, decision.stream(), decision.level(),
                Objects.requireNonNull(decision.amount()), start, end, origin));
        auditLog.record("ALLOCATE", "FAMILY", familyId, "FNF from " + decision.source() + " " + decision.sourceId());
        return new Recorded(EffectiveDates.Change.NEW, opened, null);
    }

    /** Interim decisions start at once and run for their fixed period, replacing what was held. */
    private Recorded interim(FundingDecided decision, Optional<Allocation> current, Allocation.Holder holder,
                             Allocation.Origin origin, SchoolCalendar calendar, YearGroup yearGroup) {
        LocalDate start = Objects.requireNonNull(decision.startsOn());
        LocalDate end = DecisionDates.end(decision.period(), calendar, decision.decidedOn(), start, yearGroup,
                decision.customEnd());
        Allocation previous = current.map(c -> {
            // nothing in its place (hours ended at a review) is a discontinuation, not an increase
            AllocationEnd reason = decision.amount() == null ? AllocationEnd.DISCONTINUED
                    : decision.amount().compareTo(c.getAmount()) < 0 ? AllocationEnd.REDUCED : AllocationEnd.INCREASED;
            c.stop(start.minusDays(1), reason, origin.actor(), origin.now(), decision.reasons());
            return allocations.save(c);
        }).orElse(null);
        Allocation opened = decision.amount() == null ? null : allocations.save(Allocation.open(holder,
                decision.stream(), decision.level(), decision.amount(), start, end, origin));
        auditLog.record("ALLOCATE", SUBJECT, Objects.requireNonNull(decision.pupilId()), decision.stream()
                + " interim from " + decision.source() + " " + decision.sourceId());
        return new Recorded(EffectiveDates.classify(current.map(Allocation::getAmount).orElse(null),
                decision.amount()), opened, previous);
    }

    /**
     * An appeal panel replaced a decision: the lines the original decision opened for the pupil
     * are stopped before they began, and the appeal's decision is recorded in their place.
     */
    private void stopReplaced(FundingDecided.Replaces replaces, long pupilId, UserScope user, String reasons) {
        for (Allocation line : allocations.findBySourceAndSourceId(replaces.source(), replaces.sourceId())) {
            if (Objects.equals(line.getPupilId(), pupilId)) {
                line.stop(line.getStartDate().minusDays(1), AllocationEnd.REPLACED_ON_APPEAL, user.username(),
                        clock.instant(), reasons);
                allocations.save(line);
            }
        }
    }

    /**
     * A pupil moved or left: each of their lines is stopped, moved to the new school or carried
     * on there as {@link MoveRules} says (one month from the day the authority was told for
     * leavers and for AFN/FNF left at the old school; HLN follows the pupil; a Year 6 award goes
     * on to secondary school with a review by the following May).
     */
    @EventListener
    @PreAuthorize("hasAnyRole('EDUCATION_SUPPORT_OFFICER','CASEWORKER')")
    public void onPupilMoved(PupilMoved moved) {
        String actor = moved.actor();
        Long toSchool = moved.toSchoolId();
        School destination = toSchool == null ? null : organisation.schoolOfRecord(toSchool);
        boolean toSecondary = destination != null && MoveRules.receivesSecondaryPupils(destination.phase());
        List<Allocation> lines = allocations.findByPupilIdOrderByStartDateDesc(moved.pupilId());
        List<MoveRules.Outcome> outcomes = MoveRules.plan(lines.stream().map(MoveRules.Line::of).toList(),
                new MoveRules.Move(moved.reason(), moved.on(), moved.notifiedOn(), moved.yearGroup(), toSecondary),
                organisation.calendarOf(moved.localAuthorityId()));
        // history notes name the schools; the day the authority was told is kept on the stopped line
        String fromNote = "from " + organisation.schoolOfRecord(moved.fromSchoolId()).name();
        for (int i = 0; i < lines.size(); i++) {
            Allocation line = lines.get(i);
            MoveRules.Outcome outcome = outcomes.get(i);
            switch (outcome.action()) {
                case NONE -> {
                    // ended before the move, never ran, or runs to its own end within the month
                }
                case STOP -> {
                    line.stopOnNotice(Objects.requireNonNull(outcome.lastDay()),
                            Objects.requireNonNull(outcome.endReason()), moved.notifiedOn(), actor, clock.instant(),
                            null);
                    allocations.save(line);
                }
                case FOLLOW -> {
                    line.stopOnNotice(Objects.requireNonNull(outcome.lastDay()), AllocationEnd.MOVED,
                            moved.notifiedOn(), actor, clock.instant(), null);
                    allocations.save(line);
                    allocations.save(continueAt(line, Objects.requireNonNull(toSchool), outcome, actor,
                            "moved " + fromNote));
                }
                case CARRY_ON -> {
                    line.carriedOn(actor, clock.instant(), Objects.requireNonNull(destination).name());
                    allocations.save(line);
                    allocations.save(continueAt(line, Objects.requireNonNull(toSchool), outcome, actor,
                            "Year 6 award " + fromNote));
                }
            }
        }
        auditLog.record("ALLOCATIONS_MOVED", SUBJECT, moved.pupilId(), moved.reason() + " on " + moved.on()
                + ", authority told " + moved.notifiedOn());
    }

    /** The line at the new school: the same award, from the outcome's start to its end, reviewed when it says. */
    private Allocation continueAt(Allocation line, long schoolId, MoveRules.Outcome outcome, String actor,
                                  String note) {
        Allocation continued = Allocation.open(
                new Allocation.Holder(line.getLocalAuthorityId(), line.getPupilId(), schoolId,
                        organisation.schoolScope(schoolId).familyId(), line.getRecoupFrom(), line.getDecidedInYear()),
                line.getStream(), line.getLevel(), line.getAmount(), Objects.requireNonNull(outcome.newStart()),
                Objects.requireNonNull(outcome.newEnd()),
                new Allocation.Origin(line.getSource(), line.getSourceId(), line.getDecidedOn(), actor,
                        clock.instant(), note));
        if (outcome.reviewDueBy() != null) {
            continued.reviewDueBy(outcome.reviewDueBy(), actor, clock.instant());
        }
        return continued;
    }

    /** Every ledger line of one pupil, newest first, for someone who may read the pupil. Audited. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PupilLedger ofPupil(long pupilId) {
        if (!accessPolicy.mayReadPupil(currentUser.require(), pupils.accessScope(pupilId))) {
            auditLog.recordDenied("READ_ALLOCATIONS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        auditLog.record("READ_ALLOCATIONS", SUBJECT, pupilId, null);
        List<Allocation> lines = allocations.findByPupilIdOrderByStartDateDesc(pupilId);
        return new PupilLedger(lines, accounts.people(lines.stream()
                .flatMap(a -> a.getHistory().stream().map(AllocationHistory::actor)).toList()));
    }

    /** A pupil's ledger lines, newest first, and the people named in their history by display name. */
    public record PupilLedger(List<Allocation> lines, People people) {
    }

    /** The stream a pupil holds on a day (the ledger line), for features that checked the caller's scope. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Allocation> heldOn(long pupilId, FundingStream stream, LocalDate day) {
        return allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, stream).stream()
                .filter(a -> a.activeOn(day)).findFirst();
    }

    /**
     * A school's lines of one stream running on {@code from} or starting later (never those stopped
     * before they began), for a feature that has checked the caller may see the school's holdings
     * (the scrutiny of a school's assistant hours).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Allocation> linesAtSchool(long schoolId, FundingStream stream, LocalDate from) {
        return allocations.findBySchoolIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(schoolId, stream, from)
                .stream().filter(a -> !a.ranNever()).toList();
    }

    /**
     * A pupil's lines of one stream running on {@code from} or starting later (never those stopped
     * before they began), for a feature that reacts to the pupil's record and has its own reason
     * to read them (a move of a pupil with assistant hours).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Allocation> pupilLines(long pupilId, FundingStream stream, LocalDate from) {
        return allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, stream).stream()
                .filter(a -> !a.ranNever() && !a.getEndDate().isBefore(from)).toList();
    }

    /**
     * What each pupil of an authority holds of one stream on a day (hours a week for assistant
     * hours), in one query: for a feature that has checked the caller may read the authority's
     * pupils (the export of stages and levels of intervention).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, BigDecimal> heldByPupil(long localAuthorityId, FundingStream stream, LocalDate day) {
        Map<Long, BigDecimal> held = new HashMap<>();
        allocations.findByLocalAuthorityIdAndStreamAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                        localAuthorityId, stream, day, day).stream()
                .filter(a -> a.getPupilId() != null && a.activeOn(day))
                .forEach(a -> held.merge(a.getPupilId(), a.getAmount(), BigDecimal::add));
        return held;
    }

    /**
     * A school's lines of one stream held at some time between two days (never those stopped
     * before they began), for a feature that has checked the caller may see the school's holdings
     * (the hours statement of a school for a session).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Allocation> linesAtSchoolBetween(long schoolId, FundingStream stream, LocalDate from, LocalDate to) {
        return allocations.findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                schoolId, to, from).stream().filter(a -> a.getStream() == stream && !a.ranNever()).toList();
    }

    /**
     * The lines a decision (a meeting) opened, by pupil (the newest for each), in one read: a
     * meeting's letters asked for each pupil's line in turn, reading the meeting's lines once per
     * letter (44 ms a letter at 215 letters, docs/performance.md).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Allocation> openedBy(AllocationSource source, long sourceId) {
        Map<Long, Allocation> byPupil = new HashMap<>();
        for (Allocation a : allocations.findBySourceAndSourceId(source, sourceId)) {
            if (a.getPupilId() != null && !a.ranNever()) {
                byPupil.merge(a.getPupilId(), a, (x, y) -> x.getStartDate().isAfter(y.getStartDate()) ? x : y);
            }
        }
        return byPupil;
    }

    /**
     * A page of the lines the caller may see that have not ended before {@code from}: the whole
     * authority for its officers, one family, one school, or a parent's own children.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<LedgerDirectory.LedgerRow> ledger(LocalDate from, @Nullable FundingStream stream,
                                                  @Nullable LocalDate endingBy, int offset, int limit) {
        return ledgerDirectory.lines(accessPolicy.pupilListScope(currentUser.require()), from, stream, endingBy,
                offset, limit);
    }

    /** The line that the pupil holds in a stream from a day on (held then, or starting later). */
    private Optional<Allocation> heldFrom(long pupilId, FundingStream stream, LocalDate day) {
        return allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, stream).stream()
                .filter(a -> !a.ranNever() && !a.getEndDate().isBefore(day))
                .max(Comparator.comparing(Allocation::getStartDate));
    }

    private static AllocationEnd endReason(EffectiveDates.Change change) {
        return switch (change) {
            case INCREASE -> AllocationEnd.INCREASED;
            case REDUCTION -> AllocationEnd.REDUCED;
            default -> AllocationEnd.DISCONTINUED;
        };
    }
}
