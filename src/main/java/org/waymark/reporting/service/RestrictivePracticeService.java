package org.waymark.reporting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.NotFoundException;
import org.waymark.pupils.service.PupilService;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.reporting.domain.RestrictiveIncidentRepository;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Restrictive practice incidents of a pupil. The SENCO and head teacher of the pupil's school
 * record them and add the debrief and when the parents were told; whoever may read the pupil's
 * record (the parents of their own child among them) reads them. Every reading, change and
 * refusal is audited against the pupil.
 */
@Service
public class RestrictivePracticeService {

    static final String SUBJECT = "PUPIL";
    static final String RECORDERS = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')";

    private final RestrictiveIncidentRepository incidents;
    private final PupilService pupils;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    RestrictivePracticeService(RestrictiveIncidentRepository incidents, PupilService pupils, AccessPolicy accessPolicy,
                               CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.incidents = incidents;
        this.pupils = pupils;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Whether the caller may record incidents for the pupil (so a screen offers the form). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayRecord(long pupilId) {
        return recorder(currentUser.require(), pupils.accessScope(pupilId));
    }

    /**
     * The pupil's incidents, the latest first: for the pupil's readers but the figures-only finance
     * and inclusion roles (issue 20 point 9). Audited, refusals too.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<RestrictiveIncident> incidents(long pupilId) {
        UserScope user = currentUser.require();
        PupilScope scope = pupils.accessScope(pupilId);
        if (!accessPolicy.mayReadPupil(user, scope)) {
            auditLog.recordDenied("READ_RESTRICTIVE", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (!accessPolicy.maySeeClinicalDetail(user)) {
            // what was done to the child and why: not for the figures-only finance and inclusion roles
            auditLog.recordDenied("READ_RESTRICTIVE", SUBJECT, pupilId, "not for figures-only roles");
            throw new AccessDeniedException("restrictive practice of pupil " + pupilId);
        }
        List<RestrictiveIncident> found = incidents.findByPupilIdOrderByOccurredAtDescIdDesc(pupilId);
        auditLog.record("READ_RESTRICTIVE", SUBJECT, pupilId, found.size() + " incidents");
        return found;
    }

    /** Records an incident at the pupil's current school; violations beside the fields when refused. */
    @Transactional
    @PreAuthorize(RECORDERS)
    public long record(long pupilId, RestrictiveIncident.Facts facts) {
        UserScope user = currentUser.require();
        PupilScope scope = pupils.accessScope(pupilId);
        if (!recorder(user, scope)) {
            auditLog.recordDenied("RECORD_RESTRICTIVE", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        RestrictiveIncident incident = incidents.save(RestrictiveIncident.record(scope.localAuthorityId(), pupilId,
                scope.schoolId(), facts, user.username(), Instant.now(clock)));
        auditLog.record("RECORD_RESTRICTIVE", SUBJECT, pupilId, facts.kind() + " " + facts.durationMinutes() + " min");
        return Objects.requireNonNull(incident.getId());
    }

    /** Adds the debrief with the pupil (once). */
    @Transactional
    @PreAuthorize(RECORDERS)
    public void recordDebrief(long incidentId, int expectedVersion, LocalDate on, String note) {
        RestrictiveIncident incident = forChange(incidentId, expectedVersion, "DEBRIEF_RESTRICTIVE");
        incident.recordDebrief(on, note, incidentDay(incident));
        incidents.save(incident);
        auditLog.record("DEBRIEF_RESTRICTIVE", SUBJECT, incident.getPupilId(), "incident " + incidentId);
    }

    /** Records when and how the parents were told (once). */
    @Transactional
    @PreAuthorize(RECORDERS)
    public void recordParentInformed(long incidentId, int expectedVersion, LocalDate on, String how) {
        RestrictiveIncident incident = forChange(incidentId, expectedVersion, "INFORM_RESTRICTIVE");
        incident.recordParentInformed(on, how, incidentDay(incident));
        incidents.save(incident);
        auditLog.record("INFORM_RESTRICTIVE", SUBJECT, incident.getPupilId(), "incident " + incidentId);
    }

    private RestrictiveIncident forChange(long incidentId, int expectedVersion, String action) {
        RestrictiveIncident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new NotFoundException("incident " + incidentId));
        UserScope user = currentUser.require();
        if (!recorder(user, pupils.accessScope(incident.getPupilId()))
                || !Objects.equals(user.schoolId(), incident.getSchoolId())) {
            auditLog.recordDenied(action, SUBJECT, incident.getPupilId(), "incident " + incidentId);
            throw new AccessDeniedException("incident " + incidentId);
        }
        if (!Objects.equals(incident.getVersion(), expectedVersion)) {
            throw new ConflictException("incident " + incidentId);
        }
        return incident;
    }

    private static LocalDate incidentDay(RestrictiveIncident incident) {
        return incident.getOccurredAt().atZone(Dates.ZONE).toLocalDate();
    }

    private static boolean recorder(UserScope user, PupilScope scope) {
        return (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER))
                && Objects.equals(user.schoolId(), scope.schoolId());
    }
}
