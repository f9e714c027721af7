package org.waymark.panels.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.FundingDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.waymark.allocations.service.FundingAudience;
import org.waymark.audit.service.AuditLog;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.panels.domain.InterimDecision;
import org.waymark.panels.domain.InterimDecisionRepository;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelRepository;
import org.waymark.panels.domain.PanelRules;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Interim decisions outside a panel (SPEC §6): only the HLN main panel's chair or group
 * manager makes one, for a fixed period of at most six months, taking effect at once. Each goes
 * on the next main panel meeting's list (see {@link PanelService#open}).
 */
@Service
public class InterimService {

    private final InterimDecisionRepository interims;
    private final PanelRepository panels;
    private final ApplicationEventPublisher events;
    private final PupilService pupils;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final FundingAudience fundingAudience;
    private final NoticeService notices;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    InterimService(InterimDecisionRepository interims, PanelRepository panels, ApplicationEventPublisher events,
                   PupilService pupils, CurrentUser currentUser, AuditLog auditLog, FundingAudience fundingAudience,
                   NoticeService notices, Clock clock) {
        this.interims = interims;
        this.panels = panels;
        this.events = events;
        this.pupils = pupils;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.fundingAudience = fundingAudience;
        this.notices = notices;
        this.clock = clock;
    }

    /** Whether the caller chairs or manages the authority's HLN main panel. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayDecide() {
        UserScope user = currentUser.require();
        return user.localAuthorityId() != null && panels.findByLocalAuthorityIdAndKind(user.localAuthorityId(),
                PanelKind.HLN_MAIN).map(p -> p.getSeats().stream().anyMatch(s -> s.userId() == user.userId()
                && s.seatRole().mayDecideInterim())).orElse(false);
    }

    /** What an interim decision records. */
    public record InterimRequest(long pupilId, @Nullable InterimGround ground, @Nullable String level,
                                 @Nullable BigDecimal amount, @Nullable LocalDate endDate, String reasons) {
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long decide(InterimRequest request) {
        UserScope user = currentUser.require();
        if (!mayDecide()) {
            auditLog.recordDenied("INTERIM_DECISION", "PUPIL", request.pupilId(), "not chair or group manager");
            throw new AccessDeniedException("only the panel chair or group manager decides outside a panel");
        }
        PupilService.PupilFacts pupil = pupils.facts(request.pupilId());
        if (!Objects.equals(pupil.localAuthorityId(), user.localAuthorityId())) {
            auditLog.recordDenied("INTERIM_DECISION", "PUPIL", request.pupilId(), "other authority");
            throw new AccessDeniedException("pupil " + request.pupilId());
        }
        LocalDate today = LocalDate.now(clock);
        List<Violation> problems = new ArrayList<>();
        if (request.ground() == null) {
            problems.add(Violation.of("ground", "interim.ground.required"));
        }
        if (request.amount() == null || request.amount().signum() <= 0) {
            problems.add(Violation.of("amount", "interim.amount"));
        }
        if (request.endDate() == null || !request.endDate().isAfter(today)
                || request.endDate().isAfter(today.plusMonths(InterimDecision.MAX_MONTHS))) {
            problems.add(Violation.of("endDate", "interim.endDate.invalid", InterimDecision.MAX_MONTHS));
        }
        if (request.reasons().isBlank() || request.reasons().length() > PanelRules.REASONS_MAX) {
            problems.add(Violation.of("reasons", "panel.decide.reasons"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        InterimDecision interim = interims.save(InterimDecision.make(pupil.localAuthorityId(), pupil.pupilId(),
                pupil.schoolId(), Objects.requireNonNull(request.ground()), request.level(),
                Objects.requireNonNull(request.amount()), Objects.requireNonNull(request.endDate()), request.reasons(),
                user.username(), today));
        long id = Objects.requireNonNull(interim.getId());
        // effective at once for its fixed period (SPEC §6), recorded by the ledger like any funding decision
        events.publishEvent(FundingDecided.forPupil(pupil.localAuthorityId(), pupil.pupilId(), FundingStream.HLN,
                FundingDecided.Outcome.AWARDED, request.level(), request.amount(), today, AllocationPeriod.CUSTOM,
                request.endDate(), AllocationSource.INTERIM, id, null, request.reasons()).startingOn(today));
        auditLog.record("INTERIM_DECISION", "PUPIL", pupil.pupilId(), "interim " + id + " " + request.ground());
        return id;
    }

    /**
     * Who an interim decision for the pupil would tell, for its confirmation: it is an HLN award,
     * told as the ledger tells it (the pupil's school's SENCOs and parents, and the SENCO of a family
     * whose AFN for the pupil is to be returned). For the chair or group manager who may decide.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Told> toldOfDecision(long pupilId) {
        UserScope user = currentUser.require();
        PupilService.PupilFacts pupil = pupils.facts(pupilId);
        if (!mayDecide() || !Objects.equals(pupil.localAuthorityId(), user.localAuthorityId())) {
            auditLog.recordDenied("INTERIM_DECISION", "PUPIL", pupilId, "who is told");
            throw new AccessDeniedException("pupil " + pupilId);
        }
        return notices.told(fundingAudience.of(pupilId, true, LocalDate.now(clock)));
    }

    /** The authority's interim decisions, newest first, for its panel officers and the chair. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InterimDecision> list() {
        UserScope user = currentUser.require();
        if (user.localAuthorityId() == null
                || !(mayDecide() || PanelAccess.isOfficer(user, user.localAuthorityId()))) {
            throw new AccessDeniedException("interim decisions");
        }
        return interims.findByLocalAuthorityIdOrderByDecidedOnDesc(user.localAuthorityId());
    }
}
