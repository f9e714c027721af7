package org.waymark.audit.service;

import java.util.Optional;

import org.waymark.audit.domain.AuditChain;

/** The outcome of walking the audit chain: rows checked, rows not yet sealed, the first broken link. */
public record AuditChainReport(long checked, long unsealed, Optional<AuditChain.Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** One line for a log or a terminal. */
    public String summary() {
        return firstBreak.map(b -> "Audit chain BROKEN at chain position " + b.seq() + " (audit_event id " + b.id()
                        + ", " + b.reason() + ") after " + checked + " intact rows")
                .orElse("Audit chain intact: " + checked + " rows verified, " + unsealed + " not yet sealed");
    }
}
