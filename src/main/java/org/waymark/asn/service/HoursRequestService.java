package org.waymark.asn.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.PlanFacts;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.domain.RequestInput;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;

/**
 * The school's hours requests: the SENCO or head teacher of the pupil's school starts a request,
 * fills it in (bad input refused on its field, nothing stored), attaches the documents the rules
 * ask for, and submits it to the Education Support Officer once no rule refuses it; or withdraws
 * it while nobody has decided. Only in an authority that runs the ASN hours scheme.
 */
@Service
public class HoursRequestService {

    static final String SCHOOL = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')";
    static final String READERS = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','EDUCATION_SUPPORT_OFFICER','INCLUSION_TEAM')";
    private static final String SUBJECT = AsnAccess.SUBJECT;

    private final AsnAccess access;
    private final AsnRequestRepository requests;
    private final PupilService pupils;
    private final AttachmentStore attachments;
    private final AuditLog auditLog;
    private final NoticeService notices;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    HoursRequestService(AsnAccess access, AsnRequestRepository requests, PupilService pupils,
                        AttachmentStore attachments, AuditLog auditLog, NoticeService notices,
                        AccountService accounts, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.pupils = pupils;
        this.attachments = attachments;
        this.auditLog = auditLog;
        this.notices = notices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the caller makes requests (the SENCO or head teacher of a school whose authority runs the scheme). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayStartRequests() {
        UserScope user = access.user();
        return (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && user.schoolId() != null
                && access.runsHours(user.localAuthorityId());
    }

    /** Pupils of the caller's school a request may be made for, found by name or number; empty for a caller with no school. */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL)
    public List<PupilRow> pupilsToRequestFor(@Nullable String text, int offset, int limit) {
        Long schoolId = access.user().schoolId();
        if (schoolId == null || !mayStartRequests()) {
            return List.of();
        }
        return pupils.searchCurrent(new PupilFilter(text, null, schoolId, null), PupilSort.NAME, offset, limit);
    }

    /** The requests of the caller's school, newest change first. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public List<RequestRow> requestsOfMySchool() {
        UserScope user = access.user();
        if (user.schoolId() == null || !access.runsHours(user.localAuthorityId())) {
            auditLog.recordDenied("LIST_ASN_REQUESTS", "SCHOOL", user.schoolId(), null);
            throw new AccessDeniedException("hours requests");
        }
        List<AsnRequest> mine = requests.findBySchoolIdOrderByUpdatedAtDesc(user.schoolId());
        // not the requests of a pupil who left the school before its read-only history period (DD014)
        Set<Long> reached = pupils.inListScope(mine.stream().map(AsnRequest::getPupilId).distinct().toList());
        return access.rows(mine.stream().filter(r -> reached.contains(r.getPupilId())).toList());
    }

    /**
     * Starts a draft for a pupil of the caller's school, from what the pupil's record says (stage,
     * medical or care need) and resting on the pupil's current Child's Plan. One open request per pupil.
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public long start(long pupilId) {
        return start(pupilId, false);
    }

    /**
     * Starts a draft as {@link #start(long)} does, for the session's scrutiny or, with
     * {@code midTerm}, a mid-term allocation: for a child in early years (the ELC year group, or at
     * an early-years establishment) it goes to the early-years officer; for any other pupil — one
     * arriving mid-session in a primary or secondary school — it is marked exceptional.
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public long start(long pupilId, boolean midTerm) {
        PupilScope scope = pupils.accessScope(pupilId);
        UserScope user = access.user();
        // new work only for a pupil on the school's register now: a leaver is read-only history (DD014)
        if (!access.runsHours(scope.localAuthorityId()) || !AsnAccess.schoolStaff(user, scope.schoolId())
                || !scope.enrolled()) {
            auditLog.recordDenied("START_ASN_REQUEST", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (requests.existsByPupilIdAndStatusIn(pupilId, AsnAccess.OPEN)) {
            throw new ValidationException(List.of(Violation.of("pupil", "asn.request.alreadyOpen")));
        }
        Pupil pupil = pupils.get(pupilId).pupil();
        PlanFacts plan = access.currentPlan(pupilId);
        Long planId = plan == null ? null : plan.planId();
        AsnRequest request = requests.save(midTerm
                ? AsnRequest.startMidTerm(scope.localAuthorityId(), scope.schoolId(), pupilId, planId,
                AsnAccess.fromRecord(pupil), access.earlyYears(pupil, scope.schoolId()), user.username(),
                clock.instant())
                : AsnRequest.start(scope.localAuthorityId(), scope.schoolId(), pupilId, planId,
                AsnAccess.fromRecord(pupil), user.username(), clock.instant()));
        auditLog.record("START_ASN_REQUEST", SUBJECT, pupilId, "hours request " + request.getId()
                + (midTerm ? " (mid-term)" : ""));
        return Objects.requireNonNull(request.getId());
    }

    /** A request with its eligibility check, for its school or the authority's officer. Audited as a read. */
    @Transactional
    @PreAuthorize(READERS)
    public RequestDetails open(long requestId) {
        AsnRequest request = access.requireRead(requestId, "READ_ASN_REQUEST");
        auditLog.record("READ_ASN_REQUEST", SUBJECT, request.getPupilId(), "hours request " + requestId);
        return access.details(request);
    }

    /**
     * Stores the school's answers (the draft's whole form). Input that cannot be stored is refused
     * on its field and nothing changes; answers the criteria refuse are stored and explained.
     *
     * @return the request's new version
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public int save(long requestId, int expectedVersion, RequestAnswers answers) {
        AsnRequest request = access.requireSchool(requestId, expectedVersion, "SAVE_ASN_REQUEST");
        List<Violation> problems = RequestInput.validate(answers);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PlanFacts plan = access.currentPlan(request.getPupilId());
        request.answer(answers, plan == null ? null : plan.planId(), clock.instant());
        return access.save(request, "answers");
    }

    /**
     * Sends the request to the authority's Education Support Officers when no rule refuses it; it
     * then rests on the Child's Plan's version in force. Otherwise nothing changes and the refusals are thrown.
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public void submit(long requestId, int expectedVersion) {
        AsnRequest request = access.requireSchool(requestId, expectedVersion, "SUBMIT_ASN_REQUEST");
        RequestDetails details = access.details(request);
        if (!details.check().mayBeSubmitted()) {
            throw new ValidationException(details.check().refusals());
        }
        PlanFacts plan = Objects.requireNonNull(details.plan());
        request.submit(plan.planId(), Objects.requireNonNull(plan.versionInForce()), access.user().username(),
                clock.instant());
        access.save(request, "submission");
        auditLog.record("SUBMIT_ASN_REQUEST", SUBJECT, request.getPupilId(), "hours request " + requestId);
        notices.sendAbout(request.getPupilId(), access.officersOf(request), request.getMidTerm() != null
                        ? "asn/requests/" + requestId : "asn/scrutiny/" + request.getSchoolId(),
                request.getMidTerm() != null ? "notice.asn.mtaSubmitted" : "notice.asn.submitted",
                details.schoolName(), details.pupilName(),
                Objects.requireNonNull(request.getHoursAsked()).stripTrailingZeros().toPlainString());
    }

    /**
     * Who {@link #submit} would tell, for the school's confirmation: the officers the request goes
     * to, from the list submit sends to.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL)
    public List<Told> toldOfSubmission(long requestId) {
        AsnRequest request = access.requireSchool(requestId, null, "READ_ASN_REQUEST");
        return notices.told(Audience.of().add(Role.EDUCATION_SUPPORT_OFFICER, access.officersOf(request)));
    }

    /**
     * Who {@link #withdraw} would tell: the officers, once the request has gone to them; nobody
     * for a draft they never saw.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL)
    public List<Told> toldOfWithdrawal(long requestId) {
        AsnRequest request = access.requireRead(requestId, "READ_ASN_REQUEST");
        if (!AsnAccess.schoolStaff(access.user(), request.getSchoolId())) {
            access.refuse("READ_ASN_REQUEST", request);
        }
        return request.getStatus() == AsnRequestStatus.DRAFT ? List.of()
                : notices.told(Audience.of().add(Role.EDUCATION_SUPPORT_OFFICER, access.officersOf(request)));
    }

    /** The school takes back a request nobody has decided, saying why. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public void withdraw(long requestId, int expectedVersion, String reason) {
        AsnRequest request = access.requireSchoolOpen(requestId, expectedVersion, "WITHDRAW_ASN_REQUEST");
        List<Violation> problems = RequestInput.reasons(reason);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        boolean seenByOfficers = request.getStatus() != AsnRequestStatus.DRAFT;
        request.withdraw(reason, access.user().username(), clock.instant());
        access.save(request, "withdrawal");
        auditLog.record("WITHDRAW_ASN_REQUEST", SUBJECT, request.getPupilId(), "hours request " + requestId);
        if (seenByOfficers) {
            notices.sendAbout(request.getPupilId(), access.officersOf(request), "asn/requests/" + requestId,
                    "notice.asn.withdrawn", access.schoolName(request.getSchoolId()), pupils.nameOf(request.getPupilId()),
                    reason.strip());
        }
    }

    // --- the documents the rules ask for ---

    /** The largest attachment accepted, in bytes. */
    @PreAuthorize(READERS)
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public AttachedFiles attachedFiles(long requestId) {
        access.requireRead(requestId, "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.ASN_HOURS, requestId);
    }

    /** One attachment's bytes; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(READERS)
    public AttachmentStore.StoredFile attachment(long requestId, long attachmentId) {
        AsnRequest request = access.requireRead(requestId, "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.ASN_HOURS, requestId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, request.getPupilId(),
                "hours request " + requestId + " attachment " + attachmentId);
        return file;
    }

    /** Keeps a document with a draft once its content proves it an accepted type within the size limit. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public Attachment attach(long requestId, AttachmentKind kind, String sentName, byte[] bytes) {
        AsnRequest request = access.requireSchool(requestId, null, "ATTACH_ASN_REQUEST");
        Attachment attachment = attachments.store(OwnerType.ASN_HOURS, requestId, request.getPupilId(), kind,
                sentName, bytes, access.user().username());
        auditLog.record("ATTACH_ASN_REQUEST", SUBJECT, request.getPupilId(),
                "hours request " + requestId + " attachment " + attachment.getId() + " " + kind);
        return attachment;
    }

    @Transactional
    @PreAuthorize(SCHOOL)
    public void removeAttachment(long requestId, long attachmentId) {
        AsnRequest request = access.requireSchool(requestId, null, "REMOVE_ATTACHMENT");
        attachments.remove(OwnerType.ASN_HOURS, requestId, attachmentId, access.user().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, request.getPupilId(),
                "hours request " + requestId + " attachment " + attachmentId);
    }
}
