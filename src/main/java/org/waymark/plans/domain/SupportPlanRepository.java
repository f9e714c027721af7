package org.waymark.plans.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SupportPlanRepository extends ListCrudRepository<SupportPlan, Long> {

    @Query("SELECT * FROM support_plan WHERE pupil_id = :pupilId ORDER BY created_at")
    List<SupportPlan> findByPupilIdOrderByCreatedAt(long pupilId);
}
