package org.waymark.plans.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface EhcAnnualReviewRepository extends ListCrudRepository<EhcAnnualReview, Long> {

    /** A plan's reviews, latest first. */
    List<EhcAnnualReview> findBySupportPlanIdOrderByIdDesc(long supportPlanId);

    Optional<EhcAnnualReview> findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(long supportPlanId);
}
