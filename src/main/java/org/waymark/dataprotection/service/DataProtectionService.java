package org.waymark.dataprotection.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.SafeCsv;
import org.waymark.dataprotection.domain.AccessLog;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * The data protection officer's look at who read or changed a child's record (DD013): only the
 * authority's own pupils, only for that role, and every look and export is itself audited. The
 * CSV goes through {@link SafeCsv}, so a detail typed as a formula stays text.
 */
@Service
public class DataProtectionService {

    static final List<String> HEADER = List.of("when_utc", "user", "action", "outcome", "pupil_id", "pupil", "upn",
            "record", "detail", "from_address");

    private final AccessLog log;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DataProtectionService(AccessLog log, CurrentUser currentUser, AuditLog audit) {
        this.log = log;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<AccessLog.Entry> accessLog(AccessLog.Filter filter) {
        long la = authority();
        List<AccessLog.Entry> entries = log.find(la, filter, Dates.ZONE);
        audit.record("READ_ACCESS_LOG", "LOCAL_AUTHORITY", la, filter.describe());
        return entries;
    }

    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public byte[] accessLogCsv(AccessLog.Filter filter) {
        long la = authority();
        List<AccessLog.Entry> entries = log.find(la, filter, Dates.ZONE);
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (AccessLog.Entry e : entries) {
                csv.printRecord(e.occurredAt().toString(), e.actor(), e.action(), e.outcome(), e.pupilId(),
                        e.pupilName(), e.upn() == null ? "" : e.upn(), e.record(), e.detail() == null ? "" : e.detail(),
                        e.remoteAddress() == null ? "" : e.remoteAddress());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT_ACCESS_LOG", "LOCAL_AUTHORITY", la, filter.describe() + " rows=" + entries.size());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long authority() {
        UserScope user = currentUser.require();
        if (!user.has(Role.DATA_PROTECTION_OFFICER) || user.localAuthorityId() == null) {
            audit.recordDenied("READ_ACCESS_LOG", "LOCAL_AUTHORITY", user.localAuthorityId(), "no authority");
            throw new org.springframework.security.access.AccessDeniedException("not a data protection officer");
        }
        return user.localAuthorityId();
    }
}
