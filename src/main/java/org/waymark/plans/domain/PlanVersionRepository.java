package org.waymark.plans.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PlanVersionRepository extends ListCrudRepository<PlanVersion, Long> {

    List<PlanVersion> findBySupportPlanIdOrderByNumber(long supportPlanId);

    Optional<PlanVersion> findBySupportPlanIdAndNumber(long supportPlanId, int number);

    Optional<PlanVersion> findFirstBySupportPlanIdOrderByNumberDesc(long supportPlanId);
}
