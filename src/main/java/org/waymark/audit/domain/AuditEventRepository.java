package org.waymark.audit.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    @Query("SELECT * FROM audit_event WHERE subject_type = :type AND subject_id = :id ORDER BY occurred_at DESC, id DESC")
    List<AuditEvent> findForSubject(@Param("type") String subjectType, @Param("id") String subjectId);

    @Query("SELECT * FROM audit_event WHERE actor = :actor ORDER BY occurred_at DESC, id DESC LIMIT :limit")
    List<AuditEvent> findLatestByActor(@Param("actor") String actor, @Param("limit") int limit);
}
