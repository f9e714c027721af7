package org.waymark.plans.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PlanReviewRepository extends ListCrudRepository<PlanReview, Long> {

    List<PlanReview> findBySupportPlanIdOrderByHeldOnDescIdDesc(long supportPlanId);

    boolean existsBySupportPlanIdAndReviewedVersion(long supportPlanId, int reviewedVersion);
}
