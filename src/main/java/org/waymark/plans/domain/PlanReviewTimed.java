package org.waymark.plans.domain;

import java.time.LocalDate;

/**
 * The day a recorded review was due has been kept beside the day it was held ({@link PlanReviewDues}),
 * published in the same transaction, after the write: the review was untimed until now, and is now on
 * time or late.
 */
public record PlanReviewTimed(long planReviewId, long planId, LocalDate dueOn, LocalDate heldOn) {
}
