package org.waymark.demo.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * A plan review held late, through the plan service as the demo SENCO (issue 19): of the school's
 * plans whose yearly review is overdue, the last one is reviewed today, a month or so after it was
 * due, and its new version agreed — so the reporting dashboard's "reviews on time" shows one held
 * late beside those held on time. The plan service keeps the day it was due beside the day it was
 * held; the dates follow the clock.
 */
@Component
class DemoLateReview {

    private final PlanService plans;
    private final AccountService accounts;
    private final SystemUser systemUser;
    private final Clock clock;

    DemoLateReview(PlanService plans, AccountService accounts, SystemUser systemUser, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /**
     * @param homePupils pupils of the demo SENCO's school in enrolment order (the parent's children first,
     *                   so the search runs from the other end and leaves their plans as they are)
     * @return the plan reviewed late, or -1 when the school has no school plan overdue for review
     */
    long holdOneLate(String suffix, List<Long> homePupils) {
        LocalDate today = LocalDate.now(clock);
        return as("senco" + suffix, () -> {
            for (int i = homePupils.size() - 1; i >= 2; i--) {
                for (PlanSummary plan : plans.plansOf(homePupils.get(i))) {
                    if (plan.status() == PlanStatus.AGREED && plan.reviewOverdue()
                            && !plan.type().maintainedByAuthority()) {
                        review(plan.planId(), today);
                        return plan.planId();
                    }
                }
            }
            return -1L;
        });
    }

    private void review(long planId, LocalDate today) {
        plans.startReview(planId);
        List<PlanContent.Outcome> outcomes = plans.outcomesAwaitingReview(planId);
        List<PlanReview.ReviewedOutcome> marked = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            PlanContent.Outcome o = outcomes.get(i);
            marked.add(i == 0
                    ? new PlanReview.ReviewedOutcome(o.key(), o.text(), OutcomeProgress.ACHIEVED,
                            "Reached in the autumn term.")
                    : new PlanReview.ReviewedOutcome(o.key(), o.text(), OutcomeProgress.NOT_YET,
                            "Not yet: the review came late, so the support was not adjusted in time; keep going."));
        }
        plans.recordReview(planId, new PlanReview.ReviewRecord(today,
                "Review held late: the meeting was put off twice because the family could not attend."
                        + " Progress on the first outcome; the second carried forward.",
                marked, List.of()));
        plans.agree(planId);
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
