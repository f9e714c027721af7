package org.waymark.attachments.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.AttachmentRepository;
import org.waymark.attachments.domain.FileInspector;
import org.waymark.attachments.domain.FileStore;
import org.waymark.attachments.domain.FileType;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.security.service.AccountService;

/**
 * Stores and serves attachments. It does not know plans or bids: the owning feature's service
 * checks that the caller may read or change the owning record (and audits) before calling in,
 * which is why every method here only asks for a signed-in caller.
 */
@Service
public class AttachmentStore {

    private final AttachmentRepository attachments;
    private final FileStore files;
    private final AccountService accounts;
    private final Clock clock;
    private final long maxBytes;
    private final ClamAvScanner scanner;

    private final org.waymark.security.service.CurrentUser currentUser;
    private final org.waymark.security.service.AccessPolicy accessPolicy;
    private final org.waymark.audit.service.AuditLog auditLog;

    @SuppressWarnings("java:S107") // the store and the one reach check every download passes
    AttachmentStore(AttachmentRepository attachments, FileStore files, AccountService accounts, Clock clock,
                    @Value("${waymark.attachments.max-megabytes:10}") int maxMegabytes, ClamAvScanner scanner,
                    org.waymark.security.service.CurrentUser currentUser,
                    org.waymark.security.service.AccessPolicy accessPolicy, org.waymark.audit.service.AuditLog auditLog) {
        this.scanner = scanner;
        this.currentUser = currentUser;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.attachments = attachments;
        this.accounts = accounts;
        this.files = files;
        this.clock = clock;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
    }

    /** The largest file accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxBytes() {
        return maxBytes;
    }

    /** Checks the file by its content and keeps it; refused files raise a {@link ValidationException}. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Attachment store(OwnerType owner, long ownerId, long pupilId, AttachmentKind kind, String sentName,
                            byte[] bytes, String actor) {
        FileInspector.Inspection inspection = FileInspector.inspect(bytes, maxBytes);
        if (!inspection.accepted()) {
            throw new ValidationException(inspection.violations());
        }
        switch (scanner.scan(bytes)) {
            case ClamAvScanner.Verdict.Infected infected ->
                    throw new ValidationException(List.of(Violation.of("file", "attachment.virus")));
            case ClamAvScanner.Verdict.Failed failed ->
                    throw new ValidationException(List.of(Violation.of("file", "attachment.scanFailed")));
            case ClamAvScanner.Verdict.Clean clean -> {
                // kept below
            }
        }
        FileType type = inspection.type().orElseThrow();
        String storedName = files.write(bytes);
        return attachments.save(Attachment.of(owner, ownerId, pupilId, kind, sentName, type, storedName,
                bytes.length, sha256(bytes), actor, clock.instant()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attachment> of(OwnerType owner, long ownerId) {
        return attachments.findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAt(owner, ownerId);
    }

    /**
     * The record's attachments with who added each by display name; the caller has checked scope.
     * A reader whose roles see amounts and counts only gets the count, no file (names are
     * clinical detail: "Autism diagnosis.pdf"), whichever feature's list asks (DD014).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AttachedFiles listed(OwnerType owner, long ownerId) {
        List<Attachment> list = of(owner, ownerId);
        if (!namesShown()) {
            return new AttachedFiles(List.of(), org.waymark.security.service.People.NONE, list.size());
        }
        return new AttachedFiles(list, accounts.people(list.stream().map(Attachment::getUploadedBy).toList()));
    }

    /**
     * May the caller see attachments' names (and open the files)? Not a reader whose every role is
     * a finance or inclusion role ({@code AccessPolicy.maySeeClinicalDetail}).
     */
    @PreAuthorize("isAuthenticated()")
    public boolean namesShown() {
        return accessPolicy.maySeeClinicalDetail(currentUser.require());
    }

    /**
     * The given attachments as the caller may see them in a page or document: all of them, or
     * none for a figures-only reader (count them with the full list first). For features that
     * build a record's details from {@link #of} (whose kinds their rules need) and show them.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Attachment> shownToCaller(List<Attachment> attachments) {
        return namesShown() ? attachments : List.of();
    }

    /** The attachment with its bytes, if it belongs to the given record and is not removed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StoredFile read(OwnerType owner, long ownerId, long attachmentId) {
        Attachment attachment = find(owner, ownerId, attachmentId);
        // every download passes here after its feature checked scope: documents are clinical
        // detail, never for a reader whose roles see amounts and counts only (issue 20 point 9)
        if (!accessPolicy.maySeeClinicalDetail(currentUser.require())) {
            auditLog.recordDenied("READ_ATTACHMENT", "PUPIL", attachment.getPupilId(),
                    owner + " " + ownerId + " attachment " + attachmentId + ": not for figures-only roles");
            throw new org.springframework.security.access.AccessDeniedException("attachment " + attachmentId);
        }
        return new StoredFile(attachment, files.read(attachment.getStoredName()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Attachment remove(OwnerType owner, long ownerId, long attachmentId, String actor) {
        Attachment attachment = find(owner, ownerId, attachmentId);
        attachment.remove(actor, clock.instant());
        return attachments.save(attachment);
    }

    private Attachment find(OwnerType owner, long ownerId, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.getOwnerType() == owner && a.getOwnerId() == ownerId && !a.isRemoved())
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment and its bytes, for download. */
    public record StoredFile(Attachment attachment, byte[] bytes) {
        public StoredFile {
            Objects.requireNonNull(attachment);
        }
    }
}
