package org.waymark.ras.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.NotFoundException;
import org.waymark.panels.service.ResourceCases;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;

/**
 * The RAS side of the SEND resource panel: the cases routed to it feed its case list; its decision
 * is written on the case and joins the past cases. The panel's service has checked the caller and
 * publishes the funding decision itself (stream RAS).
 */
@Component
class RasPanelCases implements ResourceCases {

    private final RasCaseRepository cases;
    private final RasAccess access;
    private final RasReviewService review;
    private final AuditLog auditLog;

    RasPanelCases(RasCaseRepository cases, RasAccess access, RasReviewService review, AuditLog auditLog) {
        this.cases = cases;
        this.access = access;
        this.review = review;
        this.auditLog = auditLog;
    }

    @Override
    public List<Referred> referredTo(long localAuthorityId) {
        return cases.findByLocalAuthorityIdAndStatusIn(localAuthorityId, List.of(RasCaseStatus.AT_PANEL)).stream()
                .map(c -> new Referred(Objects.requireNonNull(c.getId()), c.getPupilId(), c.getSchoolId())).toList();
    }

    @Override
    public Summary summary(long rasCaseId) {
        RasCase c = find(rasCaseId);
        return new Summary(c.getPoints() == null ? 0 : c.getPoints(),
                c.getIndicative() == null ? BigDecimal.ZERO : c.getIndicative(),
                c.getTotalCost() == null ? BigDecimal.ZERO : c.getTotalCost(), c.getReconsidered(), c.getKeyStage());
    }

    @Override
    public void decided(long rasCaseId, @Nullable BigDecimal amount, String reasons, String actor) {
        RasCase c = find(rasCaseId);
        c.panelDecided(amount, reasons, actor, access.now());
        RasCase saved = access.save(c);
        if (amount != null) {
            review.remember(saved, amount);
        }
        auditLog.recordFor(c.getPupilId(), "PANEL_DECIDED_RAS_CASE", RasAccess.SUBJECT, rasCaseId, amount == null ? "none"
                : amount.toPlainString());
    }

    private RasCase find(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("RAS case " + id));
    }
}
