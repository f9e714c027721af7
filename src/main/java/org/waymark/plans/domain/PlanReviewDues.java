package org.waymark.plans.domain;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The day each recorded review was due, beside the day it was held ({@code plan_review_due}, V43):
 * written once with the review, read by reporting to tell reviews held on time from late ones, and
 * announced ({@link PlanReviewTimed}) for the figures kept about reviews.
 */
@Component
public class PlanReviewDues {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PlanReviewDues(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(long planReviewId, long planId, LocalDate dueOn, LocalDate heldOn) {
        jdbc.sql("INSERT INTO plan_review_due (plan_review_id, support_plan_id, due_on, held_on)"
                        + " VALUES (:review, :plan, :due, :held)")
                .param("review", planReviewId).param("plan", planId).param("due", dueOn).param("held", heldOn).update();
        events.publishEvent(new PlanReviewTimed(planReviewId, planId, dueOn, heldOn));
    }

    /** The day a review was due, if it was kept. */
    public java.util.Optional<LocalDate> dueOn(long planReviewId) {
        return jdbc.sql("SELECT due_on FROM plan_review_due WHERE plan_review_id = :id").param("id", planReviewId)
                .query(LocalDate.class).optional();
    }
}
