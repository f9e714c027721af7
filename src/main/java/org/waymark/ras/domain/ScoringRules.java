package org.waymark.ras.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.waymark.base.domain.Violation;

/**
 * What a scored RAS form must hold before it goes for verification (SPEC §10): every outcome of
 * the framework scored once, on its own scale; any difficulty above level 0 rests on evidence
 * (which report or contribution says so); and the steps' own rules — the one who verifies or
 * moderates is not the one who scored, and a return says why.
 */
public final class ScoringRules {

    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_REASONS = 2000;

    private ScoringRules() {
    }

    public static List<Violation> check(RasOutcomes outcomes, List<RasScore> scores) {
        return check(outcomes, scores, Set.of());
    }

    /**
     * As {@link #check(RasOutcomes, List)}, where an outcome in {@code documented} has documents
     * attached as its evidence: those stand for the written evidence.
     */
    public static List<Violation> check(RasOutcomes outcomes, List<RasScore> scores, Set<String> documented) {
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RasScore s : scores) {
            var outcome = outcomes.outcome(s.outcome());
            if (outcome.isEmpty()) {
                problems.add(Violation.of(s.outcome(), "ras.score.unknownOutcome", s.outcome()));
                continue;
            }
            if (!seen.add(s.outcome())) {
                problems.add(Violation.of(s.outcome(), "ras.score.twice", outcome.get().name()));
            }
            if (s.level() < 0 || s.level() > outcome.get().maxLevel()) {
                problems.add(Violation.of(s.outcome(), "ras.score.level", outcome.get().name(),
                        outcome.get().maxLevel()));
            }
            if (s.level() > 0 && s.evidence().isBlank() && !documented.contains(s.outcome())) {
                problems.add(Violation.of(s.outcome(), "ras.score.evidence", outcome.get().name()));
            }
            if (s.evidence().length() > MAX_EVIDENCE) {
                problems.add(Violation.of(s.outcome(), "ras.score.evidenceLong", MAX_EVIDENCE));
            }
        }
        for (RasOutcomes.Outcome o : outcomes.outcomes()) {
            if (!seen.contains(o.code())) {
                problems.add(Violation.of(o.code(), "ras.score.missing", o.name()));
            }
        }
        return problems;
    }

    /** A return, a verification or a moderation by someone other than the scorer; a return with reasons. */
    public static List<Violation> checkReview(String reviewer, String scoredBy, boolean returning, String reasons) {
        List<Violation> problems = new ArrayList<>();
        if (reviewer.equals(scoredBy)) {
            problems.add(Violation.of("reviewer", "ras.review.ownScores"));
        }
        if (returning && reasons.isBlank()) {
            problems.add(Violation.of("reasons", "ras.review.reasonsRequired"));
        }
        if (reasons.length() > MAX_REASONS) {
            problems.add(Violation.of("reasons", "ras.review.reasonsLong", MAX_REASONS));
        }
        return problems;
    }
}
