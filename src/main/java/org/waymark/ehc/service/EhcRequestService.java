package org.waymark.ehc.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.ehc.domain.EhcRules;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;

/**
 * Requests for an EHC needs assessment (SPEC §14, issue 17 point 1). The SENCO of the pupil's
 * school asks for one, a parent for their own child (both dated today); the authority's caseworkers
 * record one received from a professional (with who they are), a parent, the young person or a
 * school, on the day it was received. The request goes to the caseworker with the fewest open
 * cases, who is told. The reasons' evidence is attached to the request by whoever may read it on
 * the asking side or the authority's side while it is open.
 */
@Service
public class EhcRequestService {

    private static final String SUBJECT = EhcAccess.SUBJECT;
    static final String ASKERS = "hasAnyRole('SCHOOL_SENCO','PARENT')";
    static final String OFFICERS = "hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','SEND_TEAM_LEADER')";
    static final String READERS = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','PARENT','CASEWORKER',"
            + "'LEAD_SEND_COORDINATOR','SEND_TEAM_LEADER')";

    private final EhcAccess access;
    private final EhcAssessmentRepository assessments;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AttachmentStore attachments;
    private final EhcNotices notices;
    private final AuditLog auditLog;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    EhcRequestService(EhcAccess access, EhcAssessmentRepository assessments, PupilService pupils,
                      OrganisationService organisation, AttachmentStore attachments, EhcNotices notices,
                      AuditLog auditLog, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.pupils = pupils;
        this.organisation = organisation;
        this.attachments = attachments;
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A request as its form gives it. {@code source}, {@code requester}, {@code requesterRole} and
     * {@code receivedOn} are the caseworker's to give; a school's or a parent's request is theirs,
     * today.
     */
    public record RequestInput(@Nullable Long pupilId, @Nullable RequestSource source, String requester,
                               String requesterRole, String reasons, Set<AreaOfNeed> needs,
                               @Nullable LocalDate receivedOn) {
    }

    /** A child a parent may ask for an assessment of. */
    public record Child(long pupilId, String name) {
    }

    /** An assessment as the asking side's list shows it. */
    public record RequestRow(EhcAssessment assessment, String pupilName, String schoolName) {
    }

    /** A parent's children in English authorities, for the request form. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public List<Child> myChildren() {
        UserScope user = access.user();
        Map<Long, String> names = pupils.namesOf(user.childIds());
        return user.childIds().stream().sorted()
                .filter(id -> access.english(pupils.facts(id).localAuthorityId()))
                .map(id -> new Child(id, names.getOrDefault(id, ""))).toList();
    }

    /**
     * The SENCO of the pupil's school, or a parent of the child, asks for an assessment today.
     * Refused for another school's pupil or another family's child (audited).
     */
    @Transactional
    @PreAuthorize(ASKERS)
    public long request(RequestInput input) {
        UserScope user = access.user();
        // the child and who asks first, then the input: another's child is refused before anything about the
        // input is said (with no child named, every missing field is said at once)
        if (input.pupilId() == null) {
            List<Violation> problems = inputProblems(input);
            problems.addFirst(Violation.of("pupil", "ehc.required"));
            throw new ValidationException(problems);
        }
        long pupilId = Objects.requireNonNull(input.pupilId());
        EhcAccess.EhcPupil p = access.pupil(pupilId, "EHC_REQUEST");
        RequestSource source;
        String requester;
        if (EhcAccess.isParentOf(user, pupilId)) {
            source = RequestSource.PARENT;
            requester = user.displayName();
        } else if (user.has(org.waymark.security.domain.Role.SCHOOL_SENCO)
                && Objects.equals(user.schoolId(), p.facts().schoolId())
                // a pupil on the school's register now: a leaver is read-only history (DD014)
                && pupils.accessScope(pupilId).enrolled()) {
            source = RequestSource.SCHOOL;
            requester = user.displayName() + ", " + p.school().name();
        } else {
            access.refuse("EHC_REQUEST", pupilId, null);
            throw new IllegalStateException("refused");
        }
        List<Violation> problems = inputProblems(input);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return save(p, new EhcAssessment.Request(source, requester, "", input.reasons(), input.needs(),
                LocalDate.now(clock)));
    }

    /** What a family's or school's request lacks: its reasons and the areas of need. */
    private static List<Violation> inputProblems(RequestInput input) {
        List<Violation> problems = new ArrayList<>();
        EhcRules.text(problems, "reasons", input.reasons(), EhcRules.MAX_REASONS);
        if (input.needs().isEmpty()) {
            problems.add(Violation.of("needs", "ehc.request.needs.required"));
        }
        return problems;
    }

    /**
     * A caseworker records a request the authority received on a day — from a professional (their
     * name and who they are), a parent, the young person or a school.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public long record(RequestInput input) {
        // the officer's authority first, then the child's, before anything about the input is said
        Long named = input.pupilId();
        long laId = access.officersAuthority("EHC_REQUEST_RECORDED", named);
        EhcAccess.EhcPupil p = named == null ? null : access.pupil(named, "EHC_REQUEST_RECORDED");
        if (p != null && p.facts().localAuthorityId() != laId) {
            access.refuse("EHC_REQUEST_RECORDED", p.pupilId(), "a pupil of another authority");
        }
        List<Violation> problems = new ArrayList<>();
        if (input.pupilId() == null) {
            problems.add(Violation.of("pupil", "ehc.required"));
        }
        if (input.source() == null) {
            problems.add(Violation.of("source", "ehc.required"));
        }
        EhcRules.text(problems, "requester", input.requester(), EhcRules.MAX_NAME);
        if (input.source() == RequestSource.PROFESSIONAL) {
            EhcRules.text(problems, "requesterRole", input.requesterRole(), EhcRules.MAX_NAME);
        } else {
            EhcRules.optional(problems, "requesterRole", input.requesterRole(), EhcRules.MAX_NAME);
        }
        EhcRules.text(problems, "reasons", input.reasons(), EhcRules.MAX_REASONS);
        if (input.needs().isEmpty()) {
            problems.add(Violation.of("needs", "ehc.request.needs.required"));
        }
        LocalDate today = LocalDate.now(clock);
        EhcRules.day(problems, "receivedOn", input.receivedOn(), today.minusYears(1), today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return save(Objects.requireNonNull(p), new EhcAssessment.Request(Objects.requireNonNull(input.source()), input.requester(),
                input.requesterRole(), input.reasons(), input.needs(), Objects.requireNonNull(input.receivedOn())));
    }

    private long save(EhcAccess.EhcPupil p, EhcAssessment.Request request) {
        boolean open = assessments.findByPupilIdOrderByReceivedOnDescIdDesc(p.pupilId()).stream()
                .anyMatch(a -> a.getStatus().open());
        if (open) {
            throw new ValidationException(List.of(Violation.of("pupil", "ehc.request.alreadyOpen")));
        }
        String actor = access.user().username();
        long laId = p.facts().localAuthorityId();
        String caseworker = notices.nextCaseworker(laId, actor);
        EhcAssessment saved = access.save(EhcAssessment.request(laId, p.pupilId(), p.facts().schoolId(), request,
                caseworker, actor, clock.instant()));
        long id = Objects.requireNonNull(saved.getId());
        auditLog.record("EHC_REQUEST", SUBJECT, p.pupilId(), "EHC assessment " + id + " from " + request.source()
                + ", held by " + caseworker);
        notices.send(p.pupilId(), notices.caseworker(caseworker), "ehc/assessments/" + id, "notice.ehc.requested",
                p.facts().displayName(), p.school().name());
        return id;
    }

    /**
     * The asking side's list: a school's SENCO and head teacher see their school's assessments, a
     * parent their children's — the latest first.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','PARENT')")
    public List<RequestRow> mine() {
        UserScope user = access.user();
        List<EhcAssessment> list = new ArrayList<>();
        if (user.schoolId() != null && EhcAccess.isSchoolStaff(user, user.schoolId())) {
            list.addAll(assessments.findBySchoolIdAndStatusInOrderByReceivedOnDescIdDesc(user.schoolId(),
                    List.of(AssessmentStatus.values())));
        }
        if (user.has(org.waymark.security.domain.Role.PARENT)) {
            user.childIds().stream().sorted().forEach(c -> list.addAll(
                    assessments.findByPupilIdOrderByReceivedOnDescIdDesc(c)));
        }
        Map<Long, String> names = pupils.namesOf(list.stream().map(EhcAssessment::getPupilId).distinct().toList());
        Map<Long, String> schools = organisation.schoolNames(list.stream().map(EhcAssessment::getSchoolId)
                .distinct().toList());
        return list.stream().map(a -> new RequestRow(a, names.getOrDefault(a.getPupilId(), ""),
                schools.getOrDefault(a.getSchoolId(), ""))).toList();
    }

    /** The largest file that may be attached. */
    @PreAuthorize("isAuthenticated()")
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }

    /** The evidence attached to a request, for those who may read the assessment. */
    @Transactional
    @PreAuthorize(READERS)
    public AttachedFiles evidence(long assessmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        access.readable(a, "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.EHC_REQ, assessmentId);
    }

    /** One piece of evidence with its bytes; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(READERS)
    public AttachmentStore.StoredFile evidenceFile(long assessmentId, long attachmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        access.readable(a, "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.EHC_REQ, assessmentId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, a.getPupilId(),
                "EHC assessment " + assessmentId + " attachment " + attachmentId);
        return file;
    }

    /** Whether the caller may attach evidence to the request (no audit: for showing the upload or not). */
    @Transactional
    @PreAuthorize(READERS)
    public boolean mayAttachEvidence(long assessmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        UserScope user = access.user();
        return a.getStatus().open() && (EhcAccess.isWriter(user, a.getLocalAuthorityId())
                || EhcAccess.isParentOf(user, a.getPupilId())
                || user.has(org.waymark.security.domain.Role.SCHOOL_SENCO)
                && Objects.equals(user.schoolId(), a.getSchoolId()));
    }

    /** Evidence added to an open request: by the parent, the school's SENCO or the authority's caseworker. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','PARENT','CASEWORKER','SEND_TEAM_LEADER')")
    public Attachment attachEvidence(long assessmentId, AttachmentKind kind, String sentName, byte[] bytes) {
        EhcAssessment a = access.assessment(assessmentId);
        access.readable(a, "EHC_EVIDENCE");
        if (!mayAttachEvidence(assessmentId)) {
            if (!a.getStatus().open()) {
                throw new ConflictException("EHC assessment " + assessmentId + " is " + a.getStatus());
            }
            access.refuse("EHC_EVIDENCE", a.getPupilId(), "EHC assessment " + assessmentId);
        }
        Attachment attachment = attachments.store(OwnerType.EHC_REQ, assessmentId, a.getPupilId(), kind, sentName,
                bytes, access.user().username());
        auditLog.record("EHC_EVIDENCE", SUBJECT, a.getPupilId(),
                "EHC assessment " + assessmentId + " attachment " + attachment.getId() + " " + kind);
        return attachment;
    }

    /** Evidence removed from an open request by whoever may add it. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','PARENT','CASEWORKER','SEND_TEAM_LEADER')")
    public void removeEvidence(long assessmentId, long attachmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        access.readable(a, "REMOVE_ATTACHMENT");
        if (!mayAttachEvidence(assessmentId)) {
            access.refuse("REMOVE_ATTACHMENT", a.getPupilId(), "EHC assessment " + assessmentId);
        }
        attachments.remove(OwnerType.EHC_REQ, assessmentId, attachmentId, access.user().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId
                + " attachment " + attachmentId);
    }
}
