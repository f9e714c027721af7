package org.waymark.aln.domain;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The two-step test of whether a child of compulsory school age or a young person has additional
 * learning needs (ALN Act s.2, ALN Code 2.1):
 * <ol>
 * <li>Test 1 — a learning difficulty or disability: (a) a significantly greater difficulty in
 * learning than the majority of others of the same age, or (b) a disability for the purposes of the
 * Equality Act 2010 which prevents or hinders them from making use of facilities for education
 * generally provided for others of the same age in mainstream maintained schools or further
 * education institutions. Either limb (or both) meets the test; neither: no ALN, and test 2 is not
 * applied.</li>
 * <li>Test 2 — the learning difficulty or disability calls for additional learning provision (ALP):
 * provision additional to, or different from, that made generally for others of the same age.</li>
 * </ol>
 * Both met: the pupil has ALN and an IDP is drafted. Plain Java; no answer is guessed.
 */
public final class TwoStepTest {

    private TwoStepTest() {
    }

    /** The answers given; null where a question is not answered (yet). */
    public record Answers(@Nullable Boolean significantDifficulty, @Nullable Boolean equalityActDisability,
                          @Nullable Boolean callsForAlp) {
    }

    /** The outcome, why, and whether test 2 was applied (only when test 1 is met). */
    public record Result(AlnOutcome outcome, OutcomeReason reason, boolean test1Met, boolean test2Applied) {
    }

    /** Whether test 1 is met: empty while a limb that could decide it is unanswered. */
    public static Optional<Boolean> test1(Answers answers) {
        if (Boolean.TRUE.equals(answers.significantDifficulty()) || Boolean.TRUE.equals(answers.equalityActDisability())) {
            return Optional.of(true);
        }
        if (answers.significantDifficulty() == null || answers.equalityActDisability() == null) {
            return Optional.empty();
        }
        return Optional.of(false);
    }

    /** The outcome of both tests; empty while an answer the outcome depends on is missing. */
    public static Optional<Result> apply(Answers answers) {
        Optional<Boolean> test1 = test1(answers);
        if (test1.isEmpty()) {
            return Optional.empty();
        }
        if (!test1.get()) {
            return Optional.of(new Result(AlnOutcome.NO_ALN, OutcomeReason.NO_DIFFICULTY_OR_DISABILITY, false, false));
        }
        if (answers.callsForAlp() == null) {
            return Optional.empty();
        }
        return Optional.of(answers.callsForAlp()
                ? new Result(AlnOutcome.ALN, OutcomeReason.CALLS_FOR_ALP, true, true)
                : new Result(AlnOutcome.NO_ALN, OutcomeReason.NO_ALP_CALLED_FOR, true, true));
    }
}
