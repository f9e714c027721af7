package org.waymark.plans.ui;

import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.plans.service.PlanService;

/** The plan's attachments panel, wired to the plan service (which checks scope and audits). */
final class PlanAttachments {

    private PlanAttachments() {
    }

    static AttachmentsPanel panel(PlanService plans, long planId, boolean mayChange) {
        return new AttachmentsPanel(AttachmentsPanel.Source.of(() -> plans.attachedFiles(planId),
                (kind, name, bytes) -> plans.attach(planId, kind, name, bytes), id -> plans.attachment(planId, id),
                id -> plans.removeAttachment(planId, id)), mayChange, plans.attachmentSizeLimit());
    }
}
