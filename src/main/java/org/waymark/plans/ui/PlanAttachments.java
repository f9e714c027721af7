package org.waymark.plans.ui;

import java.util.List;

import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.plans.service.PlanService;

/** The plan's attachments panel, wired to the plan service (which checks scope and audits). */
final class PlanAttachments implements AttachmentsPanel.Source {

    private final PlanService plans;
    private final long planId;

    private PlanAttachments(PlanService plans, long planId) {
        this.plans = plans;
        this.planId = planId;
    }

    static AttachmentsPanel panel(PlanService plans, long planId, boolean mayChange) {
        return new AttachmentsPanel(new PlanAttachments(plans, planId), mayChange, plans.attachmentSizeLimit());
    }

    @Override
    public List<Attachment> list() {
        return plans.attachments(planId);
    }

    @Override
    public void upload(AttachmentKind kind, String sentName, byte[] bytes) {
        plans.attach(planId, kind, sentName, bytes);
    }

    @Override
    public AttachmentStore.StoredFile download(long attachmentId) {
        return plans.attachment(planId, attachmentId);
    }

    @Override
    public void remove(long attachmentId) {
        plans.removeAttachment(planId, attachmentId);
    }
}
