package org.waymark.audit.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** One line of the audit trail. Never changed once written. */
public record AuditEvent(@Id @Nullable Long id, Instant occurredAt, String actor, String action, String subjectType,
                         @Nullable String subjectId, String outcome, @Nullable String detail,
                         @Nullable String remoteAddress) {
}
