package org.waymark.ras.domain;

import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Violation;

/**
 * The look back at an annual review before re-scoring (SPEC §10, issue 18 point 5): every outcome
 * of the plan in force is marked achieved, partly achieved or not yet, each with a note saying
 * what the reports show; the field of a violation is {@code review-N} for the N-th outcome.
 */
public final class OutcomeReviewRules {

    public static final int MAX_NOTE = 2000;

    private OutcomeReviewRules() {
    }

    public static List<Violation> check(List<RasOutcomeReview> reviews) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            RasOutcomeReview r = reviews.get(i);
            String field = "review-" + i;
            if (r.progress() == null) {
                problems.add(Violation.of(field, "ras.outcomeReview.progressRequired", r.outcome()));
            }
            if (r.note() == null || r.note().isBlank()) {
                problems.add(Violation.of(field, "ras.outcomeReview.noteRequired", r.outcome()));
            } else if (r.note().length() > MAX_NOTE) {
                problems.add(Violation.of(field, "ras.outcomeReview.noteLong", MAX_NOTE));
            }
        }
        return problems;
    }
}
