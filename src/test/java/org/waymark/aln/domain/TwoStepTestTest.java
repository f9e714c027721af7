package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two-step test as a table: test 1 by either limb, test 2 only when test 1 is met. */
class TwoStepTestTest {

    @ParameterizedTest(name = "difficulty={0}, Equality Act disability={1}, calls for ALP={2} → {3} ({4})")
    @CsvSource(nullValues = "-", value = {
            // test 1 by limb (a), limb (b), or both; test 2 decides
            "true,  false, true,  ALN,    CALLS_FOR_ALP",
            "false, true,  true,  ALN,    CALLS_FOR_ALP",
            "true,  true,  true,  ALN,    CALLS_FOR_ALP",
            "true,  false, false, NO_ALN, NO_ALP_CALLED_FOR",
            "false, true,  false, NO_ALN, NO_ALP_CALLED_FOR",
            // neither limb: no ALN, and test 2 is not applied whatever was said of it
            "false, false, -,     NO_ALN, NO_DIFFICULTY_OR_DISABILITY",
            "false, false, true,  NO_ALN, NO_DIFFICULTY_OR_DISABILITY",
            // one limb met is enough even before the other is answered
            "true,  -,     true,  ALN,    CALLS_FOR_ALP",
            "-,     true,  false, NO_ALN, NO_ALP_CALLED_FOR",
            // an outcome that still depends on a missing answer is not guessed
            "true,  false, -,     -,      -",
            "false, -,     true,  -,      -",
            "-,     -,     -,     -,      -",
    })
    void outcome(@Nullable Boolean difficulty, @Nullable Boolean disability, @Nullable Boolean alp,
                 @Nullable AlnOutcome outcome, @Nullable OutcomeReason reason) {
        Optional<TwoStepTest.Result> result = TwoStepTest.apply(new TwoStepTest.Answers(difficulty, disability, alp));
        if (outcome == null) {
            assertThat(result).isEmpty();
            return;
        }
        assertThat(result).isPresent();
        assertThat(result.get().outcome()).isEqualTo(outcome);
        assertThat(result.get().reason()).isEqualTo(reason);
        assertThat(result.get().reason().outcome()).isEqualTo(outcome);
        assertThat(result.get().test2Applied()).isEqualTo(result.get().test1Met());
        assertThat(result.get().test1Met()).isEqualTo(reason != OutcomeReason.NO_DIFFICULTY_OR_DISABILITY);
    }
}
