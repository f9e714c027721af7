package org.waymark.plans.service;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.security.service.People;

/**
 * An EHC plan's annual review as its page shows it. {@code current}: the open review or, when
 * none is open, the latest (null before the first); {@code steps}: its steps on the clock;
 * {@code meetingDue}: when no review is open, the day the next meeting is due (null when the plan
 * is not in force). {@code manager}: the caller is the authority's caseworker (schedules,
 * decides); {@code recorder}: the caller may record the papers and the report (the caseworker,
 * or the SENCO of the pupil's school). {@code people}: names of those recorded.
 */
public record AnnualReviewDetails(@Nullable EhcAnnualReview current, List<AnnualReviewClock.StepDue> steps,
                                  @Nullable LocalDate meetingDue, boolean manager, boolean recorder,
                                  boolean letter, People people) {

    public boolean open() {
        return current != null && !current.isClosed();
    }
}
