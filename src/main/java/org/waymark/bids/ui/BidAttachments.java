package org.waymark.bids.ui;

import java.util.List;

import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.bids.service.BidService;

/** The bid's attachments, through the bid service (which checks scope and audits). */
final class BidAttachments implements AttachmentsPanel.Source {

    private final BidService bids;
    private final long bidId;

    BidAttachments(BidService bids, long bidId) {
        this.bids = bids;
        this.bidId = bidId;
    }

    @Override
    public List<Attachment> list() {
        return bids.attachments(bidId);
    }

    @Override
    public void upload(AttachmentKind kind, String sentName, byte[] bytes) {
        bids.attach(bidId, kind, sentName, bytes);
    }

    @Override
    public AttachmentStore.StoredFile download(long attachmentId) {
        return bids.attachment(bidId, attachmentId);
    }

    @Override
    public void remove(long attachmentId) {
        bids.removeAttachment(bidId, attachmentId);
    }
}
