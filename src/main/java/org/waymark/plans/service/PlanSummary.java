package org.waymark.plans.service;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;

/** One plan of a pupil, as a list shows it. */
public record PlanSummary(long planId, long pupilId, PlanType type, PlanStatus status, int latestVersion,
                          @Nullable Integer versionInForce, @Nullable LocalDate nextReviewDate, boolean reviewOverdue,
                          long commentDaysLeft) {
}
