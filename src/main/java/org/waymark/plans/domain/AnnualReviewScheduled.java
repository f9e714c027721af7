package org.waymark.plans.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An EHC plan's annual review meeting was set up: published inside the scheduling transaction
 * with the outcomes of the plan in force (key and text), so a feature that prepares for reviews
 * (England's RAS, before a key-stage transition) starts without the plans feature knowing of it.
 */
public record AnnualReviewScheduled(long reviewId, long planId, long localAuthorityId, long pupilId,
                                    LocalDate meetingOn, List<String> outcomes) {

    public AnnualReviewScheduled {
        outcomes = List.copyOf(outcomes);
    }
}
