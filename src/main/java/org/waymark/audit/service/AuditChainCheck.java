package org.waymark.audit.service;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit chain's check for people (DD013): an authority administrator or a data protection
 * officer runs it from the data-protection view; the check itself is audited. The same walk runs
 * from the command line ({@link AuditChainCommand}).
 */
@Service
public class AuditChainCheck {

    private final AuditChainStore chain;
    private final AuditLog audit;

    AuditChainCheck(AuditChainStore chain, AuditLog audit) {
        this.chain = chain;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('LA_ADMIN','DATA_PROTECTION_OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AuditChainReport verify() {
        chain.sealPending();
        AuditChainReport report = chain.verify();
        audit.record("VERIFY_AUDIT_CHAIN", "AUDIT_CHAIN", null, report.summary());
        return report;
    }
}
