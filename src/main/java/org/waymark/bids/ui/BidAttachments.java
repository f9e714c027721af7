package org.waymark.bids.ui;

import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.bids.service.BidService;

/** The bid's attachments panel, wired to the bid service (which checks scope and audits). */
final class BidAttachments {

    private BidAttachments() {
    }

    static AttachmentsPanel panel(BidService bids, long bidId, boolean mayChange) {
        return new AttachmentsPanel(AttachmentsPanel.Source.of(() -> bids.attachments(bidId),
                (kind, name, bytes) -> bids.attach(bidId, kind, name, bytes), id -> bids.attachment(bidId, id),
                id -> bids.removeAttachment(bidId, id)), mayChange, bids.attachmentSizeLimit());
    }
}
