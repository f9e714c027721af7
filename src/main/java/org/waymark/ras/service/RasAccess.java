package org.waymark.ras.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Who may do what in the RAS, in one place: only officers of an authority that runs the RAS; a
 * case only within the caller's own authority; each step only by the role the seed gives it (the
 * case co-ordinator scores and costs, the lead SEND co-ordinator verifies and signs off, the
 * personalisation officer moderates). Every refusal is audited against the case (or the pupil).
 */
@Component
class RasAccess {

    static final String SUBJECT = "RAS_CASE";
    /** The authority's officers who read RAS cases. */
    static final List<Role> READERS = List.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR,
            Role.PERSONALISATION_OFFICER);

    private final RasCaseRepository cases;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    RasAccess(RasCaseRepository cases, OrganisationService organisation, CurrentUser currentUser, AuditLog auditLog,
              Clock clock) {
        this.cases = cases;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    UserScope user() {
        return currentUser.require();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    private static final String NOT_OFFICER = "not a RAS officer of a RAS authority";

    /** The caller, holding one of {@code roles} in an authority that runs the RAS; else refused and audited. */
    UserScope officer(String action, Role... roles) {
        return officerElse(() -> auditLog.recordDenied(action, SUBJECT, null, NOT_OFFICER), action, roles);
    }

    /**
     * The caller as an officer ({@link #officer}) acting on a pupil's record: a refusal is audited
     * against that child, so the child's access log shows it.
     */
    UserScope officerFor(long pupilId, String action, Role... roles) {
        return officerElse(() -> auditLog.recordDenied(action, "PUPIL", pupilId, NOT_OFFICER), action, roles);
    }

    /** The caller if an officer of a RAS authority holding one of {@code roles}; else {@code auditRefusal}, refused. */
    private UserScope officerElse(Runnable auditRefusal, String action, Role... roles) {
        UserScope user = currentUser.require();
        if (!isOfficer(user, roles)) {
            auditRefusal.run();
            throw new AccessDeniedException("RAS: " + action);
        }
        return user;
    }

    private boolean isOfficer(UserScope user, Role... roles) {
        Long laId = user.localAuthorityId();
        return laId != null && Arrays.stream(roles).anyMatch(user::has) && runsRas(laId);
    }

    long authorityOf(UserScope user) {
        return Objects.requireNonNull(user.localAuthorityId());
    }

    boolean runsRas(long laId) {
        return organisation.schemes(laId).contains(Scheme.RESOURCE_ALLOCATION);
    }

    /** A case of the caller's authority, for one of {@code roles}; another authority's case is refused and audited. */
    RasCase reach(long caseId, String action, Role... roles) {
        // not an officer of a RAS authority: refused whether or not the case exists (no probing),
        // audited against the case's child when there is one, so the child's access log shows it
        UserScope user = officerElse(() -> cases.findById(caseId).ifPresentOrElse(
                c -> auditLog.recordDeniedFor(c.getPupilId(), action, SUBJECT, caseId, NOT_OFFICER),
                () -> auditLog.recordDenied(action, SUBJECT, null, NOT_OFFICER)), action, roles);
        RasCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("RAS case " + caseId));
        if (!Objects.equals(user.localAuthorityId(), c.getLocalAuthorityId())) {
            auditLog.recordDeniedFor(c.getPupilId(), action, SUBJECT, caseId, "another authority's case");
            throw new AccessDeniedException("RAS case " + caseId);
        }
        return c;
    }

    /**
     * A case for its authority's officers in {@code roles}, or for the SENCO of the pupil's
     * setting when {@code setting} allows it (an annual review's case: the setting adds its
     * reports); anyone else is refused and audited.
     */
    RasCase reachWithSetting(long caseId, String action, boolean setting, Role... roles) {
        UserScope user = currentUser.require();
        if (user.has(Role.SCHOOL_SENCO) && user.schoolId() != null) {
            RasCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("RAS case " + caseId));
            if (!setting || c.getKind() != org.waymark.ras.domain.RasCaseKind.ANNUAL_REVIEW
                    || !Objects.equals(user.schoolId(), c.getSchoolId()) || !runsRas(c.getLocalAuthorityId())) {
                auditLog.recordDeniedFor(c.getPupilId(), action, SUBJECT, caseId, "not the setting of an annual review's case");
                throw new AccessDeniedException("RAS case " + caseId);
            }
            return c;
        }
        return reach(caseId, action, roles);
    }

    /** Whether the caller is the pupil's setting rather than an officer of the authority. */
    boolean isSetting() {
        return currentUser.require().has(Role.SCHOOL_SENCO);
    }

    RasCase readable(long caseId) {
        return reach(caseId, "READ_RAS_CASE", READERS.toArray(Role[]::new));
    }

    /** The case as the caller's screen showed it ({@code expectedVersion}), or a conflict: someone changed it meanwhile. */
    RasCase expect(RasCase c, int expectedVersion) {
        if (!Objects.equals(c.getVersion(), expectedVersion)) {
            throw new ConflictException("RAS case " + c.getId() + " changed since it was opened");
        }
        return c;
    }

    /** Saves a case; {@code expectedVersion} is the case as the caller's screen showed it. */
    RasCase save(RasCase c, int expectedVersion) {
        if (!Objects.equals(c.getVersion(), expectedVersion)) {
            throw new ConflictException("RAS case " + c.getId() + " changed since it was opened");
        }
        return save(c);
    }

    RasCase save(RasCase c) {
        try {
            return cases.save(c);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("RAS case " + c.getId() + " changed while saving");
        }
    }
}
