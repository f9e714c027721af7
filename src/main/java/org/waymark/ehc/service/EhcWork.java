package org.waymark.ehc.service;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * EHC needs assessments on the caseworker's (and team leader's) work queue: the steps of their own
 * cases overdue or due this week on the statutory clock, most overdue first, each opening the case;
 * past five, one item opens the lists.
 */
@Component
class EhcWork implements WorkSource {

    private final AssessmentListService lists;
    private final CurrentUser currentUser;

    EhcWork(AssessmentListService lists, CurrentUser currentUser) {
        this.lists = lists;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = currentUser.require();
        if (!user.has(Role.CASEWORKER) && !user.has(Role.SEND_TEAM_LEADER)) {
            return List.of();
        }
        List<AssessmentListService.StepRow> due = lists.myDueSteps();
        List<WorkItem> items = new ArrayList<>();
        due.stream().limit(MAX_ITEMS).forEach(r -> {
            var standing = r.due().standing();
            String advice = r.due().advice() == null ? "" : "-" + r.due().advice().adviceId();
            items.add(WorkItem.of("ehc-" + r.assessmentId() + "-" + r.due().step().name() + advice,
                    "ehc/assessments/" + r.assessmentId(), standing.due(),
                    standing.overdue() ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE,
                    standing.overdue() ? "work.ehc.stepOverdue" : "work.ehc.stepDue", r.pupilName(), r.due().step(),
                    standing.due()));
        });
        if (due.size() > MAX_ITEMS) {
            items.add(WorkItem.of("ehc-more", "ehc/assessments", null, WorkItem.Urgency.DUE, "work.ehc.more",
                    due.size() - MAX_ITEMS));
        }
        return items;
    }
}
