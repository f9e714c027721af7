package org.waymark.bids.service;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.LevelCodes;
import org.waymark.documents.domain.Labels;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;

/**
 * Reading bids: the lists, one bid, its printed form and its attachments, for everyone who may
 * see it — the school, the family once submitted, the authority, the child's parents. What each
 * party does with a bid has its own service: the school's wizard ({@link BidWizardService}), the
 * family's moderation ({@link BidModerationService}), the panel's hearing ({@link BidHearingService}).
 */
@Service
public class BidService {

    private static final String SUBJECT = BidAccess.SUBJECT;

    private final BidAccess access;
    private final BidRepository bids;
    private final BidDirectory directory;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;
    private final AttachmentStore attachments;
    private final MessageSource messages;

    @SuppressWarnings("java:S107") // reads join several features
    BidService(BidAccess access, BidRepository bids, BidDirectory directory, PupilService pupils,
               OrganisationService organisation, AccessPolicy accessPolicy, AuditLog auditLog,
               AttachmentStore attachments, MessageSource messages) {
        this.access = access;
        this.bids = bids;
        this.directory = directory;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.attachments = attachments;
        this.messages = messages;
    }

    // --- lists ---

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<BidDirectory.BidRow> list(BidFilter filter, int offset, int limit) {
        return directory.list(accessPolicy.bidListScope(access.user()), filter, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<School> schoolsInScope() {
        return organisation.schoolsInScope();
    }

    /** The levels a bid can ask for, for list filters. */
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<String> levelCodes() {
        return List.of(LevelCodes.AFN, "HLN1", "HLN2", "HLN3");
    }

    /** The bids for one pupil the caller may see (a parent: their own child's). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<Bid> bidsOf(long pupilId) {
        PupilScope scope = pupils.accessScope(pupilId);
        UserScope user = access.user();
        if (!accessPolicy.mayReadPupil(user, scope)) {
            auditLog.recordDenied("READ_BIDS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        return bids.findByPupilIdOrderByCreatedAtDesc(pupilId).stream()
                .filter(b -> accessPolicy.mayReadBid(user, BidAccess.scope(b))).toList();
    }

    /** Whether the caller may start a bid for this pupil: the SENCO of the pupil's school. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public boolean mayStartBid(long pupilId) {
        return accessPolicy.mayWritePupil(access.user(), pupils.accessScope(pupilId));
    }

    // --- one bid ---

    /**
     * The child a bid is about, for another feature's refusal to name in its audit row (no audit,
     * no check: a port, never for showing).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long pupilOf(long bidId) {
        return access.load(bidId).getPupilId();
    }

    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public BidDetails open(long bidId) {
        Bid bid = access.requireRead(bidId, "READ_BID");
        auditLog.record("READ_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return access.details(bid);
    }

    /** The completed request form as a PDF in the reader's language; audited as a print of the record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PrintedBid pdf(long bidId, Locale locale) {
        Bid bid = access.requireRead(bidId, "PRINT_BID");
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        byte[] bytes = new BidDocument(labels).render(access.details(bid));
        auditLog.record("PRINT_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return new PrintedBid("bid-" + bidId + ".pdf", bytes);
    }

    /** A generated bid form. */
    public record PrintedBid(String fileName, byte[] bytes) {
    }

    // --- attachments ---

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<Attachment> attachments(long bidId) {
        access.requireRead(bidId, "READ_ATTACHMENTS");
        // no names for a figures-only reader (DD014)
        return attachments.shownToCaller(attachments.of(OwnerType.BID, bidId));
    }

    /** The bid's attachments with who added each by name, for the bid's page. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachedFiles attachedFiles(long bidId) {
        access.requireRead(bidId, "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.BID, bidId);
    }

    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachmentStore.StoredFile attachment(long bidId, long attachmentId) {
        Bid bid = access.requireRead(bidId, "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.BID, bidId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachmentId);
        return file;
    }

    @PreAuthorize(Roles.PUPIL_READERS)
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }
}
