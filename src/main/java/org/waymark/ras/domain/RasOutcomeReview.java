package org.waymark.ras.domain;

import org.jspecify.annotations.Nullable;
import org.waymark.plans.domain.OutcomeProgress;

/**
 * One outcome of the plan in force looked back on at an annual review before re-scoring: how far
 * it was reached and why ({@code progress} empty until the review is recorded).
 */
public record RasOutcomeReview(String outcome, @Nullable OutcomeProgress progress, @Nullable String note) {

    public RasOutcomeReview reviewed(@Nullable OutcomeProgress reached, String why) {
        return new RasOutcomeReview(outcome, reached, why.isBlank() ? null : why.strip());
    }
}
