package org.waymark.asn.ui;

import org.waymark.asn.service.HoursRequestService;
import org.waymark.attachments.ui.AttachmentsPanel;

/** A request's attachments panel, wired to the request service (which checks scope and audits). */
final class RequestAttachments {

    private RequestAttachments() {
    }

    static AttachmentsPanel panel(HoursRequestService requests, long requestId, boolean mayChange, Runnable changed) {
        return new AttachmentsPanel(AttachmentsPanel.Source.of(() -> requests.attachedFiles(requestId),
                (kind, name, bytes) -> {
                    requests.attach(requestId, kind, name, bytes);
                    changed.run();
                }, id -> requests.attachment(requestId, id),
                id -> {
                    requests.removeAttachment(requestId, id);
                    changed.run();
                }), mayChange, requests.attachmentSizeLimit());
    }
}
