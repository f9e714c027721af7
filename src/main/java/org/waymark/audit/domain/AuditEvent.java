package org.waymark.audit.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * One line of the audit trail. Never changed once written. {@code pupilId} is the child whose
 * record the line is about (V54): the subject itself when it is a pupil, else the pupil the
 * subject belongs to (a RAS case's child), or none.
 */
public record AuditEvent(@Id @Nullable Long id, Instant occurredAt, String actor, String action, String subjectType,
                         @Nullable String subjectId, String outcome, @Nullable String detail,
                         @Nullable String remoteAddress, @Nullable Long pupilId) {
}
