package org.waymark.ehc.service;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.NotFoundException;
import org.waymark.ehc.domain.EhcAdvice;
import org.waymark.ehc.domain.EhcAdviceRepository;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Who may do what in an EHC needs assessment, in one place; every refusal is audited against the
 * pupil (or the authority, for its lists). Only for English authorities.
 * <ul>
 * <li>The authority's officers (caseworkers, lead SEND co-ordinators, SEND team leaders) read its
 * assessments; caseworkers and team leaders take the steps; team leaders re-assign cases.</li>
 * <li>The SENCO of the pupil's school asks for an assessment; the SENCO and head teacher of the
 * school that asked, or that the pupil attends, read it.</li>
 * <li>A parent asks for an assessment of their own child and reads their child's.</li>
 * </ul>
 */
@Component
class EhcAccess {

    static final String SUBJECT = "PUPIL";

    private final EhcAssessmentRepository assessments;
    private final EhcAdviceRepository advice;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    EhcAccess(EhcAssessmentRepository assessments, EhcAdviceRepository advice, PupilService pupils,
              OrganisationService organisation, CurrentUser currentUser, AuditLog auditLog) {
        this.assessments = assessments;
        this.advice = advice;
        this.pupils = pupils;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** A pupil as the assessment sees them: their facts, school and authority. */
    record EhcPupil(PupilService.PupilFacts facts, School school, LocalAuthority authority) {

        long pupilId() {
            return facts.pupilId();
        }

        /** The family's language for letters: Welsh when they prefer it. */
        String letterLanguage() {
            return "cy".equals(facts.preferredLanguage()) ? "cy" : "en";
        }
    }

    UserScope user() {
        return currentUser.require();
    }

    static boolean isOfficer(UserScope user, long localAuthorityId) {
        return (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR) || user.has(Role.SEND_TEAM_LEADER))
                && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    /** The officers who take an assessment's steps: caseworkers and team leaders. */
    static boolean isWriter(UserScope user, long localAuthorityId) {
        return (user.has(Role.CASEWORKER) || user.has(Role.SEND_TEAM_LEADER))
                && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    static boolean isTeamLeader(UserScope user, long localAuthorityId) {
        return user.has(Role.SEND_TEAM_LEADER) && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    static boolean isSchoolStaff(UserScope user, long schoolId) {
        return (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && Objects.equals(user.schoolId(), schoolId);
    }

    static boolean isParentOf(UserScope user, long pupilId) {
        return user.has(Role.PARENT) && user.childIds().contains(pupilId);
    }

    /** Whether the caller may read an assessment (no audit: for choosing what to show). */
    boolean mayRead(EhcAssessment a, long currentSchoolId) {
        UserScope user = user();
        return isOfficer(user, a.getLocalAuthorityId()) || isSchoolStaff(user, a.getSchoolId())
                || isSchoolStaff(user, currentSchoolId) || isParentOf(user, a.getPupilId());
    }

    /** Whether an authority is English (the only ones that run EHC needs assessments). */
    boolean english(long localAuthorityId) {
        return organisation.nation(localAuthorityId) == Nation.ENGLAND;
    }

    /** A pupil of an English authority; refused (audited) otherwise. */
    EhcPupil pupil(long pupilId, String action) {
        PupilService.PupilFacts facts = pupils.facts(pupilId);
        LocalAuthority authority = organisation.authority(facts.localAuthorityId());
        if (authority.getNation() != Nation.ENGLAND) {
            refuse(action, pupilId, "no EHC needs assessments in this authority");
        }
        return new EhcPupil(facts, organisation.schoolOfRecord(facts.schoolId()), authority);
    }

    /** An assessment the caller may read, with its pupil; refused (audited) otherwise. */
    EhcPupil readable(EhcAssessment a, String action) {
        EhcPupil pupil = pupil(a.getPupilId(), action);
        if (!mayRead(a, pupil.facts().schoolId())) {
            refuse(action, a.getPupilId(), "EHC assessment " + a.getId());
        }
        return pupil;
    }

    /** An assessment whose steps the caller takes (a caseworker or team leader of its authority). */
    EhcPupil writable(EhcAssessment a, String action) {
        EhcPupil pupil = pupil(a.getPupilId(), action);
        if (!isWriter(user(), a.getLocalAuthorityId())) {
            refuse(action, a.getPupilId(), "EHC assessment " + a.getId());
        }
        return pupil;
    }

    /** The caller, an officer of an English authority; refused (audited against the authority) otherwise. */
    long officersAuthority(String action) {
        UserScope user = user();
        Long laId = user.localAuthorityId();
        if (laId == null || !isOfficer(user, laId) || !english(laId)) {
            refuseAuthority(action, laId);
        }
        return Objects.requireNonNull(laId);
    }

    /**
     * As {@link #officersAuthority(String)}, for a step about a named child: a caller who is not an
     * officer of an English authority is refused against the child ({@code pupilId}, when given).
     */
    long officersAuthority(String action, @Nullable Long pupilId) {
        UserScope user = user();
        Long laId = user.localAuthorityId();
        if (pupilId != null && (laId == null || !isOfficer(user, laId) || !english(laId))) {
            refuse(action, pupilId, "not an officer of an authority that runs EHC needs assessments");
        }
        return officersAuthority(action);
    }

    void refuseAuthority(String action, @Nullable Long localAuthorityId) {
        auditLog.recordDenied(action, "AUTHORITY", localAuthorityId, "EHC assessments");
        throw new AccessDeniedException("EHC assessments: " + action);
    }

    void refuse(String action, long pupilId, @Nullable String detail) {
        auditLog.recordDenied(action, SUBJECT, pupilId, detail);
        throw new AccessDeniedException(action + " pupil " + pupilId);
    }

    EhcAssessment assessment(long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("EHC assessment " + id));
    }

    EhcAdvice advice(long id) {
        return advice.findById(id).orElseThrow(() -> new NotFoundException("EHC advice " + id));
    }

    static void requireVersion(@Nullable Integer held, int expected, String what) {
        if (!Objects.equals(held, expected)) {
            throw new ConflictException(what + " changed");
        }
    }

    EhcAssessment save(EhcAssessment a) {
        try {
            return assessments.save(a);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("EHC assessment " + a.getId() + " changed while saving");
        }
    }

    EhcAdvice save(EhcAdvice a) {
        try {
            return advice.save(a);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("EHC advice " + a.getId() + " changed while saving");
        }
    }
}
