package org.waymark.plans.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SupportPlanRepository extends ListCrudRepository<SupportPlan, Long> {

    List<SupportPlan> findByPupilIdOrderByCreatedAt(long pupilId);
}
