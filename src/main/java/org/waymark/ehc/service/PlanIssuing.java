package org.waymark.ehc.service;

import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.plans.domain.PlanAgreed;
import org.waymark.plans.domain.PlanType;

/**
 * The final EHC plan is the plan's agreed version: when the plans feature agrees the EHCP an
 * assessment drafted, the assessment is issued on that day, in the same transaction.
 */
@Component
class PlanIssuing {

    private final EhcAssessmentRepository assessments;
    private final EhcAccess access;
    private final AuditLog auditLog;

    PlanIssuing(EhcAssessmentRepository assessments, EhcAccess access, AuditLog auditLog) {
        this.assessments = assessments;
        this.access = access;
        this.auditLog = auditLog;
    }

    @EventListener
    void on(PlanAgreed agreed) {
        if (agreed.type() != PlanType.EHCP) {
            return;
        }
        assessments.findBySupportPlanId(agreed.planId())
                .filter(a -> a.getStatus() == AssessmentStatus.DRAFT)
                .ifPresent(a -> {
                    a.issue(agreed.agreedOn());
                    access.save(a);
                    auditLog.record("EHC_ISSUED", EhcAccess.SUBJECT, a.getPupilId(), "EHC assessment "
                            + Objects.requireNonNull(a.getId()) + " plan " + agreed.planId() + " v"
                            + agreed.versionNumber());
                });
    }
}
