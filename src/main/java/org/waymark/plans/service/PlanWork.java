package org.waymark.plans.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanType;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Plans on the work queue: for a parent, a draft waiting for their views; for a school, drafts
 * shared with families and its plans' reviews due within four weeks or overdue; for the
 * authority's caseworkers and lead co-ordinator, the reviews of the plans it maintains. An EHC
 * plan's open annual review is there by the step due next (papers, meeting, report, decision,
 * amended plan) and that step's date.
 */
@Component
class PlanWork implements WorkSource {

    /** Reviews this close are on the queue. */
    static final int REVIEW_HORIZON_DAYS = 28;

    private final PlanDirectory directory;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanWork(PlanDirectory directory, AccessPolicy accessPolicy, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        ListScope scope = accessPolicy.pupilListScope(user);
        List<WorkItem> items = new ArrayList<>();
        if (user.has(Role.PARENT)) {
            directory.sharedDrafts(scope, today, MAX_ITEMS).forEach(d -> items.add(WorkItem.of("plan-views-" + d.planId(),
                    "plans/" + d.planId(), d.until(), WorkItem.Urgency.DUE, "work.plan.yourViews", d.pupilName(),
                    d.type(), d.until())));
        }
        boolean school = user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER);
        boolean authority = user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR);
        if (school) {
            directory.sharedDrafts(scope, today, MAX_ITEMS).forEach(d -> items.add(WorkItem.of(
                    "plan-shared-" + d.planId(), "plans/" + d.planId(), d.until(), WorkItem.Urgency.WAITING,
                    "work.plan.withFamily", d.pupilName(), d.type(), d.until())));
        }
        if (school || authority) {
            LocalDate horizon = today.plusDays(REVIEW_HORIZON_DAYS);
            // reviews not yet open, by their date; EHC plans' open annual reviews by the step due next (DD008)
            // a school's plans of every type; the authority's officers the plans it maintains, chosen in the query
            java.util.Set<PlanType> types = school ? java.util.EnumSet.allOf(PlanType.class)
                    : java.util.Arrays.stream(PlanType.values()).filter(PlanType::maintainedByAuthority)
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(PlanType.class)));
            List<PlanDirectory.ReviewRow> due = new ArrayList<>(directory.reviews(scope, false, today, 0, 50, types)
                    .stream().filter(r -> r.step() == null && !r.nextReviewDate().isAfter(horizon)).toList());
            due.addAll(directory.annualReviewsDue(scope, horizon, MAX_ITEMS + 1));
            due.sort(java.util.Comparator.comparing(PlanDirectory.ReviewRow::dueOn)
                    .thenComparing(PlanDirectory.ReviewRow::planId));
            due.stream().limit(MAX_ITEMS).forEach(r -> items.add(r.step() == null
                    ? WorkItem.of("plan-review-" + r.planId(), "plans/" + r.planId(), r.nextReviewDate(),
                    r.overdue(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE,
                    r.overdue(today) ? "work.plan.reviewOverdue" : "work.plan.reviewDue",
                    r.pupilName(), r.type(), r.nextReviewDate())
                    : WorkItem.of("plan-review-" + r.planId(), "plans/" + r.planId(), r.dueOn(),
                    r.overdue(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE,
                    r.overdue(today) ? "work.plan.annualReviewOverdue" : "work.plan.annualReviewDue",
                    r.pupilName(), r.step(), r.dueOn())));
            if (due.size() > MAX_ITEMS) {
                items.add(WorkItem.of("plan-reviews-more", "reviews", null, WorkItem.Urgency.WAITING,
                        "work.plan.reviewsMore"));
            }
        }
        return items;
    }
}
