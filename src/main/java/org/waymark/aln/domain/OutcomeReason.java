package org.waymark.aln.domain;

/**
 * Why the two-step test came out as it did, each a message key {@code enum.OutcomeReason.X}: both
 * tests met; no learning difficulty or disability (test 1 not met, so test 2 is not applied); a
 * difficulty or disability that does not call for additional learning provision.
 */
public enum OutcomeReason {
    CALLS_FOR_ALP(AlnOutcome.ALN),
    NO_DIFFICULTY_OR_DISABILITY(AlnOutcome.NO_ALN),
    NO_ALP_CALLED_FOR(AlnOutcome.NO_ALN);

    private final AlnOutcome outcome;

    OutcomeReason(AlnOutcome outcome) {
        this.outcome = outcome;
    }

    public AlnOutcome outcome() {
        return outcome;
    }
}
