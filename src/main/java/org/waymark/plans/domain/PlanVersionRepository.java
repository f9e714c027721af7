package org.waymark.plans.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PlanVersionRepository extends ListCrudRepository<PlanVersion, Long> {

    @Query("SELECT * FROM plan_version WHERE support_plan_id = :supportPlanId ORDER BY number")
    List<PlanVersion> findBySupportPlanIdOrderByNumber(long supportPlanId);

    Optional<PlanVersion> findBySupportPlanIdAndNumber(long supportPlanId, int number);

    Optional<PlanVersion> findFirstBySupportPlanIdOrderByNumberDesc(long supportPlanId);
}
