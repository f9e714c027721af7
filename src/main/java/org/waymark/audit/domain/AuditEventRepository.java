package org.waymark.audit.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit trail is append-only (DD013): this repository can add a row and find rows, and has no
 * method that changes or deletes one (AuditAppendOnlyTest keeps it so; the database's triggers
 * refuse it anyway).
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    /** Many rows in batches (a bulk import's one row per pupil). */
    <S extends AuditEvent> List<S> saveAll(Iterable<S> events);

    @Query("SELECT * FROM audit_event WHERE subject_type = :type AND subject_id = :id ORDER BY occurred_at DESC, id DESC")
    List<AuditEvent> findForSubject(@Param("type") String subjectType, @Param("id") String subjectId);

    @Query("SELECT * FROM audit_event WHERE actor = :actor ORDER BY occurred_at DESC, id DESC LIMIT :limit")
    List<AuditEvent> findLatestByActor(@Param("actor") String actor, @Param("limit") int limit);
}
