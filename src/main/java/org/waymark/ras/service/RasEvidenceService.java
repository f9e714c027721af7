package org.waymark.ras.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasEvidence;
import org.waymark.ras.domain.RasEvidenceRepository;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.security.domain.Role;

/**
 * The documents a RAS case's scores rest on (issue 18 point 2): reports, the child's and the
 * family's contributions, attached through the attachments feature (its storage, size and type
 * checks) to the case, each for one outcome or for the case as a whole. The case co-ordinator
 * attaches while the case is being scored; before an annual review the pupil's setting adds its
 * updated reports. The authority's RAS officers and, for an annual review, the setting read and
 * download them; every read, download and change is audited against the case, and anyone else
 * is refused (and audited).
 */
@Service
public class RasEvidenceService {

    static final String SETTING_OR_OFFICERS =
            "hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER','SCHOOL_SENCO')";

    private final RasAccess access;
    private final RasEvidenceRepository evidence;
    private final RasFrameworks frameworks;
    private final AttachmentStore attachments;
    private final AuditLog auditLog;
    private final org.waymark.pupils.service.PupilService pupils;

    RasEvidenceService(RasAccess access, RasEvidenceRepository evidence, RasFrameworks frameworks,
                       AttachmentStore attachments, AuditLog auditLog, org.waymark.pupils.service.PupilService pupils) {
        this.pupils = pupils;
        this.access = access;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.attachments = attachments;
        this.auditLog = auditLog;
    }

    /** An annual review's case as its setting sees it: whose, the meeting, and whether reports may be added. */
    public record SettingCase(long caseId, String pupilName, java.time.@Nullable LocalDate reviewOn, String keyStage,
                              RasCaseStatus status, boolean mayAdd, long maxBytes) {
    }

    /** The page where the setting adds its updated reports before the annual review. */
    @Transactional
    @PreAuthorize(SETTING_OR_OFFICERS)
    public SettingCase settingCase(long caseId) {
        RasCase c = access.reachWithSetting(caseId, "READ_RAS_CASE", true, RasAccess.READERS.toArray(Role[]::new));
        auditLog.recordFor(c.getPupilId(), "READ_RAS_CASE", RasAccess.SUBJECT, caseId, "setting's reports");
        return new SettingCase(caseId, pupils.nameOf(c.getPupilId()), c.getReviewOn(), c.getKeyStage(), c.getStatus(),
                settingMayAdd(c) && access.isSetting(), attachments.maxBytes());
    }

    /** A case's documents with who added each, and the outcome each is evidence for (none: the whole case). */
    public record Evidence(AttachedFiles files, Map<Long, String> outcomeOf) {

        public Evidence {
            outcomeOf = Map.copyOf(outcomeOf);
        }

        /** The documents attached as evidence for one outcome. */
        public List<Attachment> forOutcome(String code) {
            return files.attachments().stream().filter(a -> code.equals(outcomeOf.get(a.getId()))).toList();
        }

        /** The outcomes with at least one document. */
        public Set<String> documented() {
            return Set.copyOf(outcomeOf.values());
        }
    }

    @Transactional
    @PreAuthorize(SETTING_OR_OFFICERS)
    public Evidence evidence(long caseId) {
        RasCase c = access.reachWithSetting(caseId, "READ_RAS_EVIDENCE", true,
                RasAccess.READERS.toArray(Role[]::new));
        auditLog.recordFor(c.getPupilId(), "READ_RAS_EVIDENCE", RasAccess.SUBJECT, caseId, null);
        return of(c);
    }

    Evidence of(RasCase c) {
        long caseId = Objects.requireNonNull(c.getId());
        Map<Long, String> outcomeOf = new HashMap<>();
        for (RasEvidence e : evidence.findByRasCaseId(caseId)) {
            if (e.getOutcome() != null) {
                outcomeOf.put(e.getAttachmentId(), e.getOutcome());
            }
        }
        return new Evidence(attachments.listed(OwnerType.RAS_CASE, caseId), outcomeOf);
    }

    /**
     * Attaches a document as evidence for {@code outcome} (a code of the case's framework), or for
     * the case as a whole when null. The case co-ordinator while the case is being scored (or its
     * setting's reports are awaited); the setting's SENCO only before an annual review, for the whole case.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','SCHOOL_SENCO')")
    public Attachment attach(long caseId, @Nullable String outcome, AttachmentKind kind, String sentName,
                             byte[] bytes) {
        RasCase c = access.reachWithSetting(caseId, "ATTACH_RAS_EVIDENCE", true, Role.CASEWORKER);
        boolean setting = access.isSetting();
        if (setting ? c.getStatus() != RasCaseStatus.REPORTS_AWAITED : !c.getStatus().takesEvidence()) {
            throw new ConflictException("RAS case " + caseId + " is " + c.getStatus());
        }
        if (outcome != null && (setting
                || frameworks.byId(c.getFrameworkId()).outcomes().outcome(outcome).isEmpty())) {
            throw new ValidationException(List.of(Violation.of("outcome", "ras.evidence.unknownOutcome", outcome)));
        }
        String actor = access.user().username();
        Attachment stored = attachments.store(OwnerType.RAS_CASE, caseId, c.getPupilId(), kind, sentName, bytes,
                actor);
        long attachmentId = Objects.requireNonNull(stored.getId());
        evidence.save(RasEvidence.of(caseId, attachmentId, outcome));
        c.evidenceAdded(actor, stored.getDisplayName(), access.now());
        access.save(c);
        auditLog.recordFor(c.getPupilId(), "ATTACH_RAS_EVIDENCE", RasAccess.SUBJECT, caseId, "attachment " + attachmentId
                + (outcome == null ? "" : " for " + outcome));
        return stored;
    }

    /** One document with its bytes, for those who may read the case; audited. */
    @Transactional
    @PreAuthorize(SETTING_OR_OFFICERS)
    public AttachmentStore.StoredFile download(long caseId, long attachmentId) {
        RasCase c = access.reachWithSetting(caseId, "READ_RAS_EVIDENCE_FILE", true, RasAccess.READERS.toArray(Role[]::new));
        AttachmentStore.StoredFile file = attachments.read(OwnerType.RAS_CASE, caseId, attachmentId);
        auditLog.recordFor(c.getPupilId(), "READ_RAS_EVIDENCE_FILE", RasAccess.SUBJECT, caseId, "attachment " + attachmentId);
        return file;
    }

    /** Takes a document off the case while it may still take evidence (the one who may attach it). */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','SCHOOL_SENCO')")
    public void remove(long caseId, long attachmentId) {
        RasCase c = access.reachWithSetting(caseId, "REMOVE_RAS_EVIDENCE", true, Role.CASEWORKER);
        boolean setting = access.isSetting();
        if (setting ? c.getStatus() != RasCaseStatus.REPORTS_AWAITED : !c.getStatus().takesEvidence()) {
            throw new ConflictException("RAS case " + caseId + " is " + c.getStatus());
        }
        attachments.remove(OwnerType.RAS_CASE, caseId, attachmentId, access.user().username());
        auditLog.recordFor(c.getPupilId(), "REMOVE_RAS_EVIDENCE", RasAccess.SUBJECT, caseId, "attachment " + attachmentId);
    }

    long maxBytes() {
        return attachments.maxBytes();
    }

    /** The names of the documents for each outcome (for the summary), in the order attached. */
    static Map<String, List<String>> names(Evidence e) {
        return e.files().attachments().stream().filter(a -> e.outcomeOf().containsKey(a.getId()))
                .collect(Collectors.groupingBy(a -> e.outcomeOf().get(a.getId()),
                        Collectors.mapping(Attachment::getDisplayName, Collectors.toList())));
    }

    /** Whether the case is an annual review the setting may add reports to now. */
    static boolean settingMayAdd(RasCase c) {
        return c.getKind() == RasCaseKind.ANNUAL_REVIEW && c.getStatus() == RasCaseStatus.REPORTS_AWAITED;
    }
}
