package org.waymark.plans.service;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContribution;
import org.waymark.plans.domain.PlanStep;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.security.service.People;

/**
 * A plan as its page shows it. {@code shown} is the draft being worked on when there is one,
 * otherwise the version in force. {@code writer}: the caller may write this plan; {@code mayAddViews}: the caller is the
 * child's parent and the comment window is open (both from the access policy). {@code people}: display names
 * of everyone named in the plan's history, versions and reviews.
 */
public record PlanDetails(SupportPlan plan, String pupilName, List<VersionLine> versions, int shownVersion,
                          int shownVersionLock, PlanContent shown, List<PlanContribution> contributions,
                          long commentDaysLeft, boolean writer, boolean mayAddViews,
                          People people) {

    /** One version in the history. */
    public record VersionLine(int number, boolean agreed, Instant updatedAt, String updatedBy,
                              @Nullable Instant agreedAt, @Nullable String agreedBy) {
    }

    public List<PlanStep> steps() {
        return plan.getSteps();
    }
}
