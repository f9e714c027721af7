package org.waymark.plans.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PlanContributionRepository extends ListCrudRepository<PlanContribution, Long> {

    List<PlanContribution> findBySupportPlanIdOrderByAddedAt(long supportPlanId);
}
