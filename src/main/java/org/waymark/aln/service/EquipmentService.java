package org.waymark.aln.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.aln.domain.EquipmentRequest;
import org.waymark.aln.domain.EquipmentRequestRepository;
import org.waymark.aln.domain.EquipmentStatus;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.Violation;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.notifications.service.Told;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanDetails;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * Specialist equipment for a pupil with ALN (SPEC §9, issue 16 point 4). The SENCO or head of the
 * pupil's school requests it and attaches the specialist assessment; a caseworker of the pupil's
 * authority approves it (funding a cost) or declines it, with reasons, once an assessment is
 * attached, then records it ordered and delivered. Delivered equipment is ALP: it is added to the
 * equipment list of the pupil's IDP draft when the caseworker writes that IDP (the authority's),
 * otherwise the request says it is still to be recorded there by the IDP's writer. Access is
 * checked in {@link AlnAccess}; refusals and every step are audited against the pupil.
 */
@Service
public class EquipmentService {

    private static final String SUBJECT = AlnAccess.SUBJECT;
    private static final String SCHOOL = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')";
    private static final String AUTHORITY = "hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')";
    private static final String CASEWORKER = "hasRole('CASEWORKER')";
    /** The kind an attached specialist assessment has. */
    public static final AttachmentKind ASSESSMENT = AttachmentKind.PROFESSIONAL_REPORT;

    private final AlnAccess access;
    private final EquipmentRequestRepository requests;
    private final AttachmentStore attachments;
    private final PlanService plans;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AlnNotices notices;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    EquipmentService(AlnAccess access, EquipmentRequestRepository requests, AttachmentStore attachments,
                     PlanService plans, AccountService accounts, AuditLog auditLog, Clock clock, AlnNotices notices) {
        this.notices = notices;
        this.access = access;
        this.requests = requests;
        this.attachments = attachments;
        this.plans = plans;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A request as lists show it, with the pupil's and school's names. */
    public record EquipmentLine(EquipmentRequest request, String pupilName, String schoolName) {
    }

    /**
     * One request's page: what the reader may do with it. The purpose and the decision's reasons are free
     * text that describes the child's needs, so a figures-only reader (finance, inclusion; issue 20 point 9)
     * gets neither: {@code detailWithheld} is true and both are null; the item, cost and dates stay.
     */
    public record EquipmentPage(EquipmentLine line, @Nullable String purpose, @Nullable String decisionReasons,
                                boolean detailWithheld, boolean assessmentAttached, boolean mayAttach,
                                boolean mayDecide, boolean mayOrder, boolean mayDeliver, People people) {
    }

    /** The pupil's requests, newest first (anyone who may read the pupil's record). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<EquipmentLine> ofPupil(long pupilId) {
        AlnAccess.AlnPupil p = access.readable(pupilId, "READ_ALN_EQUIPMENT");
        return requests.findByPupilIdOrderByRequestedAtDescIdDesc(pupilId).stream()
                .map(r -> new EquipmentLine(r, p.facts().displayName(), p.school().name())).toList();
    }

    /** Whether the caller may request equipment for the pupil (no audit: for showing the form or not). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public boolean mayRequest(long pupilId) {
        AlnAccess.AlnPupil p = access.readable(pupilId, "READ_ALN_EQUIPMENT");
        return AlnAccess.isSchoolStaff(access.user(), p.facts().schoolId());
    }

    /** The school asks for equipment; bad input is refused on its field and nothing is stored. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public long request(long pupilId, @Nullable String item, @Nullable String purpose, @Nullable BigDecimal cost) {
        AlnAccess.AlnPupil p = access.ofCallersSchool(pupilId, "REQUEST_ALN_EQUIPMENT");
        List<Violation> problems = EquipmentRequest.validateRequest(item, purpose, cost);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        EquipmentRequest saved = requests.save(EquipmentRequest.request(p.facts().localAuthorityId(), pupilId,
                p.facts().schoolId(), item, purpose, cost, access.user().username(), clock.instant()));
        auditLog.record("REQUEST_ALN_EQUIPMENT", SUBJECT, pupilId, "equipment request " + saved.getId());
        notices.send(pupilId, notices.officers(p.facts().localAuthorityId()), "aln/equipment/" + saved.getId(),
                "notice.aln.equipment.requested", p.school().name(), p.facts().displayName(), saved.getItem());
        return saved.getId();
    }

    /** One request's page (anyone who may read the pupil's record); audited as a read. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public EquipmentPage page(long requestId) {
        EquipmentRequest r = find(requestId);
        AlnAccess.AlnPupil p = access.readable(r.getPupilId(), "READ_ALN_EQUIPMENT");
        auditLog.record("READ_ALN_EQUIPMENT", SUBJECT, r.getPupilId(), "equipment request " + requestId);
        UserScope user = access.user();
        boolean school = AlnAccess.isSchoolStaff(user, r.getSchoolId());
        boolean caseworker = AlnAccess.isAuthorityDecider(user, r.getLocalAuthorityId());
        List<String> named = new ArrayList<>();
        named.add(r.getRequestedBy());
        Optional.ofNullable(r.getDecidedBy()).ifPresent(named::add);
        Optional.ofNullable(r.getOrderedBy()).ifPresent(named::add);
        Optional.ofNullable(r.getDeliveredBy()).ifPresent(named::add);
        boolean detail = access.seesDetail();
        return new EquipmentPage(new EquipmentLine(r, p.facts().displayName(), p.school().name()),
                detail ? r.getPurpose() : null, detail ? r.getDecisionReasons() : null, !detail,
                assessmentAttached(requestId), school && r.getStatus() == EquipmentStatus.REQUESTED,
                caseworker && r.getStatus() == EquipmentStatus.REQUESTED,
                caseworker && r.getStatus() == EquipmentStatus.APPROVED,
                caseworker && r.getStatus() == EquipmentStatus.ORDERED, accounts.people(named));
    }

    /** The authority's requests still moving (requested, approved, ordered), oldest first, for its officers. */
    @Transactional(readOnly = true)
    @PreAuthorize(AUTHORITY)
    public List<EquipmentLine> inFlight() {
        UserScope officer = access.officer("LIST_ALN_EQUIPMENT");
        List<EquipmentRequest> found = requests.findByLocalAuthorityIdAndStatusInOrderByRequestedAtAscIdAsc(
                officer.localAuthorityId(), EnumSet.of(EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED,
                        EquipmentStatus.ORDERED));
        Map<Long, String> schools = access.schoolNames(found.stream().map(EquipmentRequest::getSchoolId).distinct()
                .toList());
        Map<Long, String> pupils = access.pupilNames(found.stream().map(EquipmentRequest::getPupilId).distinct()
                .toList());
        return found.stream().map(r -> new EquipmentLine(r, pupils.getOrDefault(r.getPupilId(), ""),
                schools.getOrDefault(r.getSchoolId(), ""))).toList();
    }

    /** The authority approves and funds the equipment, with reasons; the assessment must be attached. */
    @Transactional
    @PreAuthorize(CASEWORKER)
    public void approve(long requestId, int version, @Nullable BigDecimal fundedCost, @Nullable String reasons) {
        EquipmentRequest r = deciding(requestId, version, "APPROVE_ALN_EQUIPMENT");
        List<Violation> problems = new ArrayList<>(EquipmentRequest.validateDecision(true, reasons, fundedCost));
        if (!assessmentAttached(requestId)) {
            problems.add(Violation.of("assessment", "aln.equipment.assessment.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        r.approve(fundedCost, reasons, access.user().username(), clock.instant());
        save(r);
        auditLog.record("APPROVE_ALN_EQUIPMENT", SUBJECT, r.getPupilId(), "equipment request " + requestId
                + " funded " + fundedCost.toPlainString());
        tellSchoolAndFamily(r, "notice.aln.equipment.approved", r.getItem(), Money.pounds(fundedCost));
    }

    /** The authority declines the request, with reasons. */
    @Transactional
    @PreAuthorize(CASEWORKER)
    public void decline(long requestId, int version, @Nullable String reasons) {
        EquipmentRequest r = deciding(requestId, version, "DECLINE_ALN_EQUIPMENT");
        List<Violation> problems = EquipmentRequest.validateDecision(false, reasons, null);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        r.decline(reasons, access.user().username(), clock.instant());
        save(r);
        auditLog.record("DECLINE_ALN_EQUIPMENT", SUBJECT, r.getPupilId(), "equipment request " + requestId);
        tellSchoolAndFamily(r, "notice.aln.equipment.declined", r.getItem(), Objects.requireNonNull(reasons).strip());
    }

    /** The authority has ordered the approved equipment. */
    @Transactional
    @PreAuthorize(CASEWORKER)
    public void ordered(long requestId, int version) {
        EquipmentRequest r = deciding(requestId, version, "ORDER_ALN_EQUIPMENT");
        if (r.getStatus() != EquipmentStatus.APPROVED) {
            throw new ConflictException("equipment request " + requestId + " is " + r.getStatus());
        }
        r.ordered(access.user().username(), LocalDate.now(clock));
        save(r);
        auditLog.record("ORDER_ALN_EQUIPMENT", SUBJECT, r.getPupilId(), "equipment request " + requestId);
    }

    /**
     * The equipment has reached the pupil: recorded as ALP on the pupil's IDP draft when the
     * caseworker writes it. Returns whether it was recorded there.
     */
    @Transactional
    @PreAuthorize(CASEWORKER)
    public boolean delivered(long requestId, int version) {
        EquipmentRequest r = deciding(requestId, version, "DELIVER_ALN_EQUIPMENT");
        if (r.getStatus() != EquipmentStatus.ORDERED) {
            throw new ConflictException("equipment request " + requestId + " is " + r.getStatus());
        }
        LocalDate today = LocalDate.now(clock);
        r.delivered(access.user().username(), today);
        recordOnIdp(r);
        save(r);
        auditLog.record("DELIVER_ALN_EQUIPMENT", SUBJECT, r.getPupilId(), "equipment request " + requestId
                + (r.getPlanId() == null ? "" : " recorded on IDP plan " + r.getPlanId()));
        tellSchoolAndFamily(r, "notice.aln.equipment.delivered", r.getItem());
        return r.getPlanId() != null;
    }

    /** Adds the item to the equipment list of the pupil's IDP draft, when there is one the caller writes. */
    private void recordOnIdp(EquipmentRequest r) {
        Optional<PlanSummary> idp = plans.plansOf(r.getPupilId()).stream()
                .filter(s -> (s.type() == PlanType.IDP_LA || s.type() == PlanType.IDP_SCHOOL) && s.status() != PlanStatus.CEASED).findFirst();
        if (idp.isEmpty()) {
            return;
        }
        long planId = idp.get().planId();
        PlanDetails details = plans.open(planId);
        boolean draft = !details.versions().isEmpty() && !details.versions().getLast().agreed()
                && details.shownVersion() == details.versions().getLast().number();
        if (!details.writer() || !details.plan().editable() || !draft) {
            return;
        }
        PlanContent shown = details.shown();
        List<String> equipment = new ArrayList<>(shown.equipment());
        equipment.add(r.getItem());
        plans.saveDraft(planId, details.shownVersionLock(),
                shown.withSupportAround(shown.assistantRole(), equipment, shown.agencies()));
        r.recordedOn(planId);
    }

    /** A request the caller, a caseworker of the pupil's authority, may decide and progress. */
    private EquipmentRequest deciding(long requestId, int version, String action) {
        EquipmentRequest r = find(requestId);
        access.pupil(r.getPupilId(), action);
        if (!AlnAccess.isAuthorityDecider(access.user(), r.getLocalAuthorityId())) {
            access.refuse(action, r.getPupilId(), "equipment request " + requestId);
        }
        AlnAccess.requireVersion(r.getVersion(), version, "equipment request " + requestId);
        return r;
    }

    /** Who the authority's decision (and later the delivery) tells: the school's SENCO and head, and the parents. */
    @Transactional(readOnly = true)
    @PreAuthorize(CASEWORKER)
    public List<Told> toldOfDecision(long requestId) {
        EquipmentRequest r = find(requestId);
        access.pupil(r.getPupilId(), "READ_ALN_EQUIPMENT");
        if (!AlnAccess.isAuthorityDecider(access.user(), r.getLocalAuthorityId())) {
            access.refuse("READ_ALN_EQUIPMENT", r.getPupilId(), "equipment request " + requestId);
        }
        return notices.told(notices.schoolAndFamily(r.getPupilId(), r.getSchoolId()));
    }

    private void tellSchoolAndFamily(EquipmentRequest r, String key, Object... args) {
        notices.send(r.getPupilId(), notices.schoolAndFamily(r.getPupilId(), r.getSchoolId()),
                "aln/equipment/" + r.getId(), key, args);
    }

    private boolean assessmentAttached(long requestId) {
        return attachments.of(OwnerType.ALN_EQUIP, requestId).stream().anyMatch(a -> a.getKind() == ASSESSMENT);
    }

    private EquipmentRequest find(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("equipment request " + requestId));
    }

    private void save(EquipmentRequest r) {
        try {
            requests.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("equipment request " + r.getId() + " changed while saving");
        }
    }

    // --- the specialist assessment and other documents

    @PreAuthorize(Roles.PUPIL_READERS)
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachedFiles attachedFiles(long requestId) {
        EquipmentRequest r = find(requestId);
        access.readable(r.getPupilId(), "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.ALN_EQUIP, requestId);
    }

    /** One attachment's bytes; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachmentStore.StoredFile attachment(long requestId, long attachmentId) {
        EquipmentRequest r = find(requestId);
        access.readable(r.getPupilId(), "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.ALN_EQUIP, requestId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, r.getPupilId(),
                "equipment request " + requestId + " attachment " + attachmentId);
        return file;
    }

    /** The school attaches the assessment (or another document) while the request awaits a decision. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public Attachment attach(long requestId, AttachmentKind kind, String sentName, byte[] bytes) {
        EquipmentRequest r = changeable(requestId, "ATTACH_ALN_EQUIPMENT");
        Attachment attachment = attachments.store(OwnerType.ALN_EQUIP, requestId, r.getPupilId(), kind, sentName,
                bytes, access.user().username());
        auditLog.record("ATTACH_ALN_EQUIPMENT", SUBJECT, r.getPupilId(),
                "equipment request " + requestId + " attachment " + attachment.getId() + " " + kind);
        return attachment;
    }

    @Transactional
    @PreAuthorize(SCHOOL)
    public void removeAttachment(long requestId, long attachmentId) {
        EquipmentRequest r = changeable(requestId, "REMOVE_ATTACHMENT");
        attachments.remove(OwnerType.ALN_EQUIP, requestId, attachmentId, access.user().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, r.getPupilId(),
                "equipment request " + requestId + " attachment " + attachmentId);
    }

    private EquipmentRequest changeable(long requestId, String action) {
        EquipmentRequest r = find(requestId);
        access.ofCallersSchool(r.getPupilId(), action);
        if (r.getSchoolId() != access.pupil(r.getPupilId(), action).facts().schoolId()) {
            access.refuse(action, r.getPupilId(), "equipment request " + requestId);
        }
        if (r.getStatus() != EquipmentStatus.REQUESTED) {
            throw new ConflictException("equipment request " + requestId + " is " + r.getStatus());
        }
        return r;
    }
}
