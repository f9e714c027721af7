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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.EffectiveDates;
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
import org.waymark.security.service.CurrentUser;

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
            + "'HEAD_TEACHER','SCHOOL_SENCO')";
    private static final String SUBJECT = "PUPIL";

    private final AllocationRepository allocations;
    private final LedgerDirectory ledgerDirectory;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    AllocationService(AllocationRepository allocations, LedgerDirectory ledgerDirectory,
                      OrganisationService organisation, PupilService pupils, AccessPolicy accessPolicy,
                      CurrentUser currentUser, AuditLog auditLog, Clock clock) {
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
     * A decision about one pupil's funding in one stream.
     *
     * @param amount   the yearly amount decided; null or zero discontinues what the pupil holds
     * @param startsOn set only for interim decisions, which take effect at once for a fixed period
     */
    public record FundingDecision(long pupilId, FundingStream stream, @Nullable String level,
                                  @Nullable BigDecimal amount, LocalDate decidedOn, AllocationPeriod period,
                                  @Nullable LocalDate customEnd, @Nullable LocalDate startsOn,
                                  AllocationSource source, long sourceId, @Nullable String note) {
    }

    /**
     * What a decision did to the ledger: the line it opened, and the line held before — stopped
     * (increase, reduction, discontinuation) or extended (the same amount decided again).
     */
    public record Recorded(EffectiveDates.Change change, @Nullable Allocation opened, @Nullable Allocation previous) {
    }

    /**
     * Records a decision the calling feature has already checked the caller may make. Runs in
     * the caller's transaction: if the dates cannot be worked out (the authority has not entered
     * the next term), the decision itself is refused with that message.
     */
    @Transactional
    @PreAuthorize(DECIDERS)
    public Recorded recordDecision(FundingDecision decision) {
        PupilService.PupilFacts pupil = pupils.facts(decision.pupilId());
        UserScope user = currentUser.require();
        if (!Objects.equals(user.localAuthorityId(), pupil.localAuthorityId())) {
            throw new AccessDeniedException("pupil " + decision.pupilId());
        }
        SchoolCalendar calendar = organisation.calendarOf(pupil.localAuthorityId());
        Optional<Allocation> current = heldFrom(decision.pupilId(), decision.stream(), decision.decidedOn());
        Allocation.Origin origin = new Allocation.Origin(decision.source(), decision.sourceId(), decision.decidedOn(),
                user.username(), clock.instant(), decision.note());
        Allocation.Holder holder = new Allocation.Holder(pupil.localAuthorityId(), pupil.pupilId(), pupil.schoolId(),
                organisation.schoolScope(pupil.schoolId()).familyId(), pupil.homeAuthority(), pupil.yearGroup());

        if (decision.startsOn() != null) {
            return interim(decision, current, holder, origin, calendar, pupil.yearGroup());
        }
        EffectiveDates.Effect effect = EffectiveDates.of(calendar, decision.decidedOn(),
                current.map(Allocation::getAmount).orElse(null), decision.amount());
        Allocation previous = null;
        if (effect.currentLastDay() != null && current.isPresent()) {
            previous = current.get();
            previous.stop(effect.currentLastDay(), endReason(effect.change()), user.username(), clock.instant(),
                    decision.note());
            allocations.save(previous);
        }
        Allocation opened = null;
        if (effect.change() == EffectiveDates.Change.CONTINUATION && current.isPresent()) {
            LocalDate from = calendar.termAfter(decision.decidedOn()).map(t -> t.startDate())
                    .orElse(current.get().getEndDate());
            current.get().extendTo(decision.period().endFor(calendar, decision.decidedOn(), from, pupil.yearGroup(),
                    decision.customEnd()), user.username(), clock.instant(), decision.note());
            previous = allocations.save(current.get());
        } else if (effect.newStart() != null) {
            LocalDate end = decision.period().endFor(calendar, decision.decidedOn(), effect.newStart(),
                    pupil.yearGroup(), decision.customEnd());
            opened = allocations.save(Allocation.open(holder, decision.stream(), decision.level(),
                    Objects.requireNonNull(decision.amount()), effect.newStart(), end, origin));
        }
        auditLog.record("ALLOCATE", SUBJECT, decision.pupilId(), decision.stream() + " " + effect.change() + " from "
                + decision.source() + " " + decision.sourceId());
        return new Recorded(effect.change(), opened, previous);
    }

    /** Interim decisions start at once and run for their fixed period, replacing what was held. */
    private Recorded interim(FundingDecision decision, Optional<Allocation> current, Allocation.Holder holder,
                             Allocation.Origin origin, SchoolCalendar calendar, YearGroup yearGroup) {
        LocalDate start = Objects.requireNonNull(decision.startsOn());
        Allocation previous = current.map(c -> {
            c.stop(start.minusDays(1), decision.amount() != null && decision.amount().compareTo(c.getAmount()) < 0
                    ? AllocationEnd.REDUCED : AllocationEnd.INCREASED, origin.actor(), origin.now(), decision.note());
            return allocations.save(c);
        }).orElse(null);
        LocalDate end = decision.period().endFor(calendar, decision.decidedOn(), start, yearGroup, decision.customEnd());
        Allocation opened = allocations.save(Allocation.open(holder, decision.stream(), decision.level(),
                Objects.requireNonNull(decision.amount()), start, end, origin));
        auditLog.record("ALLOCATE", SUBJECT, decision.pupilId(), decision.stream() + " interim from "
                + decision.source() + " " + decision.sourceId());
        return new Recorded(EffectiveDates.classify(current.map(Allocation::getAmount).orElse(null),
                decision.amount()), opened, previous);
    }

    /**
     * An appeal panel replaced a decision: the lines the original decision opened are stopped
     * before they began (or from the new start) and the appeal's decision recorded in their place.
     */
    @Transactional
    @PreAuthorize(DECIDERS)
    public Recorded replaceOnAppeal(AllocationSource originalSource, long originalSourceId, FundingDecision appeal) {
        UserScope user = currentUser.require();
        for (Allocation line : allocations.findBySourceAndSourceId(originalSource, originalSourceId)) {
            if (Objects.equals(line.getPupilId(), appeal.pupilId())) {
                line.stop(line.getStartDate().minusDays(1), AllocationEnd.REPLACED_ON_APPEAL, user.username(),
                        clock.instant(), appeal.note());
                allocations.save(line);
            }
        }
        return recordDecision(appeal);
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
    public List<Allocation> ofPupil(long pupilId) {
        if (!accessPolicy.mayReadPupil(currentUser.require(), pupils.accessScope(pupilId))) {
            auditLog.recordDenied("READ_ALLOCATIONS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        auditLog.record("READ_ALLOCATIONS", SUBJECT, pupilId, null);
        return allocations.findByPupilIdOrderByStartDateDesc(pupilId);
    }

    /** The stream a pupil holds on a day (the ledger line), for features that checked the caller's scope. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Allocation> heldOn(long pupilId, FundingStream stream, LocalDate day) {
        return allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, stream).stream()
                .filter(a -> a.activeOn(day)).findFirst();
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
