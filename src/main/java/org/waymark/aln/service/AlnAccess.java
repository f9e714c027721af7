package org.waymark.aln.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.WhoMaintains;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Who may do what in the Welsh ALN process, in one place; every refusal is audited against the
 * pupil's record. Only for authorities that run {@link Scheme#IDP}.
 * <ul>
 * <li>The SENCO (ALNCo) and head teacher of the pupil's school record concerns, decide the
 * school's cases and prepare and send referrals.</li>
 * <li>The authority's officers (caseworkers and lead SEND co-ordinators) see its referrals and
 * decide them, and record referrals from parents and professionals; its caseworkers — who write the
 * IDPs the authority maintains — decide the cases the authority took on.</li>
 * <li>Others who may read the pupil's record read it; a parent reads the decisions about their own
 * child and the letters.</li>
 * <li>Disagreements: a parent logs one about their own child, the school's SENCO or head for its
 * pupils; the authority's officers assign the liaison officer and record the steps.</li>
 * </ul>
 */
@Component
class AlnAccess {

    static final String SUBJECT = "PUPIL";

    private final AlnDecisionRepository decisions;
    private final AlnReferralRepository referrals;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    AlnAccess(AlnDecisionRepository decisions, AlnReferralRepository referrals, PupilService pupils,
              OrganisationService organisation, AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog) {
        this.decisions = decisions;
        this.referrals = referrals;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** A pupil as the ALN process sees them: their facts, where their record sits, their school and authority. */
    record AlnPupil(PupilService.PupilFacts facts, PupilScope scope, School school, LocalAuthority authority) {

        long pupilId() {
            return facts.pupilId();
        }

        /** A place at a special school or a learning support centre. */
        boolean specialPlacement() {
            return school.phase() == Phase.SPECIAL || school.phase() == Phase.LEARNING_CENTRE;
        }

        /** The record's facts for who maintains the IDP, with the hours and grounds given. */
        WhoMaintains.Facts maintainerFacts(@Nullable BigDecimal taHours, Set<MaintainerReason> grounds) {
            return new WhoMaintains.Facts(facts.dualRegistered(), facts.lookedAfter(), taHours, specialPlacement(),
                    grounds);
        }

        /** The family's language for letters: Welsh when they prefer it. */
        String letterLanguage() {
            return "cy".equals(facts.preferredLanguage()) ? "cy" : "en";
        }
    }

    UserScope user() {
        return currentUser.require();
    }

    static boolean isSchoolStaff(UserScope user, long schoolId) {
        return (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && Objects.equals(user.schoolId(), schoolId);
    }

    static boolean isOfficer(UserScope user, long localAuthorityId) {
        return (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR))
                && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    /** The authority's officers who decide its own cases and write the IDPs it maintains. */
    static boolean isAuthorityDecider(UserScope user, long localAuthorityId) {
        return user.has(Role.CASEWORKER) && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    /** The SENCO of the pupil's school: the writer of the school's IDP. */
    static boolean isSenco(UserScope user, long schoolId) {
        return user.has(Role.SCHOOL_SENCO) && Objects.equals(user.schoolId(), schoolId);
    }

    static boolean isParentOf(UserScope user, long pupilId) {
        return user.has(Role.PARENT) && user.childIds().contains(pupilId);
    }

    /**
     * Who may log a disagreement about a pupil's ALN decision or IDP: a parent of the child, or the
     * SENCO or head teacher of the pupil's school on the young person's behalf.
     */
    static boolean mayLogDisagreement(UserScope user, AlnPupil pupil) {
        return isParentOf(user, pupil.pupilId()) || isSchoolStaff(user, pupil.facts().schoolId());
    }

    /**
     * A disagreement's pupil, for an officer of the disagreement's authority (who assigns the
     * liaison officer and records the steps); refused (audited) otherwise.
     */
    AlnPupil disagreementManaged(long pupilId, long localAuthorityId, String action, String detail) {
        AlnPupil pupil = pupil(pupilId, action);
        if (!isOfficer(user(), localAuthorityId)) {
            refuse(action, pupilId, detail);
        }
        return pupil;
    }

    /** The authority a pupil belongs to. */
    long pupilsAuthority(long pupilId) {
        return pupils.accessScope(pupilId).localAuthorityId();
    }

    /** Whether the authority runs the Welsh ALN process. */
    boolean runsIdp(long localAuthorityId) {
        return organisation.schemes(localAuthorityId).contains(Scheme.IDP);
    }

    /** A pupil of an authority that runs the process; refused (audited) otherwise. */
    AlnPupil pupil(long pupilId, String action) {
        PupilService.PupilFacts facts = pupils.facts(pupilId);
        LocalAuthority authority = organisation.authority(facts.localAuthorityId());
        if (!authority.schemeSet().contains(Scheme.IDP)) {
            refuse(action, pupilId, "no ALN process in this authority");
        }
        return new AlnPupil(facts, pupils.accessScope(pupilId), organisation.schoolOfRecord(facts.schoolId()),
                authority);
    }

    /** A pupil whose record the caller may read (staff in scope, the child's parents). */
    AlnPupil readable(long pupilId, String action) {
        AlnPupil pupil = pupil(pupilId, action);
        if (!accessPolicy.mayReadPupil(user(), pupil.scope())) {
            refuse(action, pupilId, null);
        }
        return pupil;
    }

    /**
     * As {@link #readable}, for the content of a case — the concern, the decision's reasons, the
     * letters: refused (audited) to a reader whose roles see amounts and counts only (finance,
     * inclusion; issue 20 point 9).
     */
    AlnPupil readableInDetail(long pupilId, String action) {
        AlnPupil pupil = readable(pupilId, action);
        if (!accessPolicy.maySeeClinicalDetail(user())) {
            refuse(action, pupilId, "not for figures-only roles");
        }
        return pupil;
    }

    /** Whether the caller may see the content of a case (not a figures-only reader); no audit. */
    boolean seesDetail() {
        return accessPolicy.maySeeClinicalDetail(user());
    }

    /** A pupil of the caller's school, for its SENCO or head teacher. */
    AlnPupil ofCallersSchool(long pupilId, String action) {
        AlnPupil pupil = pupil(pupilId, action);
        if (!isSchoolStaff(user(), pupil.facts().schoolId())) {
            refuse(action, pupilId, null);
        }
        return pupil;
    }

    /** A pupil of the caller's authority, for its officers. */
    AlnPupil ofCallersAuthority(long pupilId, String action) {
        AlnPupil pupil = pupil(pupilId, action);
        if (!isOfficer(user(), pupil.facts().localAuthorityId())) {
            refuse(action, pupilId, null);
        }
        return pupil;
    }

    /**
     * The caller, an officer of an authority that runs the process; refused otherwise (audited).
     * School staff reach the lists of their own school instead.
     */
    UserScope officer(String action) {
        UserScope user = user();
        Long laId = user.localAuthorityId();
        if (laId == null || !isOfficer(user, laId) || !runsIdp(laId)) {
            refuseAuthority(action, laId);
        }
        return user;
    }

    /** Refuses a list or step of the authority's (audited against the authority). */
    void refuseAuthority(String action, @Nullable Long localAuthorityId) {
        auditLog.recordDenied(action, "AUTHORITY", localAuthorityId, "ALN referrals");
        throw new AccessDeniedException("ALN referrals: " + action);
    }

    AlnDecision decision(long decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("ALN decision " + decisionId));
    }

    AlnReferral referral(long referralId) {
        return referrals.findById(referralId).orElseThrow(() -> new NotFoundException("ALN referral " + referralId));
    }

    /** A case with its pupil. */
    record AlnCase(AlnDecision decision, AlnPupil pupil) {
    }

    /**
     * A case the caller decides: the SENCO or head of the pupil's school for the school's, a
     * caseworker of the authority for the authority's.
     */
    AlnCase decidable(long decisionId, String action) {
        AlnDecision decision = decision(decisionId);
        AlnPupil pupil = pupil(decision.getPupilId(), action);
        if (!mayDecide(decision, pupil.facts().schoolId())) {
            refuse(action, decision.getPupilId(), "ALN decision " + decisionId);
        }
        return new AlnCase(decision, pupil);
    }

    /** The pupil's cases, newest first. */
    List<AlnDecision> decisionsOf(long pupilId) {
        return decisions.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId);
    }

    /** Whether the caller may decide this case (no audit: for showing the form or not). */
    boolean mayDecide(AlnDecision decision, long currentSchoolId) {
        UserScope user = user();
        return decision.getDecider() == Decider.SCHOOL ? isSchoolStaff(user, currentSchoolId)
                : isAuthorityDecider(user, decision.getLocalAuthorityId());
    }

    void refuse(String action, long pupilId, @Nullable String detail) {
        auditLog.recordDenied(action, SUBJECT, pupilId, detail);
        throw new AccessDeniedException(action + " pupil " + pupilId);
    }

    static void requireVersion(@Nullable Integer held, int expected, String what) {
        if (!Objects.equals(held, expected)) {
            throw new ConflictException(what + " changed");
        }
    }

    AlnDecision save(AlnDecision decision) {
        try {
            return decisions.save(decision);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("ALN decision " + decision.getId() + " changed while saving");
        }
    }

    AlnReferral save(AlnReferral referral) {
        try {
            return referrals.save(referral);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("ALN referral " + referral.getId() + " changed while saving");
        }
    }

    /** Names of pupils, for rows the caller may see. */
    Map<Long, String> pupilNames(List<Long> ids) {
        return pupils.namesOf(ids);
    }

    /** Names of schools, for rows the caller may see. */
    Map<Long, String> schoolNames(List<Long> ids) {
        return organisation.schoolNames(ids);
    }
}
