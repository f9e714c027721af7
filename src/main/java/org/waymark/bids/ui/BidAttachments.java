package org.waymark.bids.ui;

import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;

/** The bid's attachments panel, wired to the bid services (which checks scope and audits). */
final class BidAttachments {

    private BidAttachments() {
    }

    static AttachmentsPanel panel(BidService bids, BidWizardService wizard, long bidId, boolean mayChange) {
        return new AttachmentsPanel(AttachmentsPanel.Source.of(() -> bids.attachedFiles(bidId),
                (kind, name, bytes) -> wizard.attach(bidId, kind, name, bytes), id -> bids.attachment(bidId, id),
                id -> wizard.removeAttachment(bidId, id)), mayChange, bids.attachmentSizeLimit());
    }
}
