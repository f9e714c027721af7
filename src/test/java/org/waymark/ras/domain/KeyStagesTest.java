package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.pupils.domain.YearGroup;

/** England's stages, the last year before a move, and the stage an annual review plans for. */
class KeyStagesTest {

    @ParameterizedTest(name = "{0}: {1}, before a move {2}, review plans for {3}")
    @CsvSource({"N2, EY, false, EY", "R, EY, true, KS1", "Y1, KS1, false, KS1", "Y2, KS1, true, KS2",
            "Y5, KS2, false, KS2", "Y6, KS2, true, KS3", "Y9, KS3, true, KS4", "Y11, KS4, true, KS5",
            "Y12, KS5, false, KS5"})
    void stages(YearGroup year, String stage, boolean beforeMove, String reviewPlansFor) {
        assertThat(KeyStages.of(year)).isEqualTo(stage);
        assertThat(KeyStages.beforeTransition(year)).isEqualTo(beforeMove);
        assertThat(KeyStages.plannedFor(year, RasCaseKind.ANNUAL_REVIEW)).isEqualTo(reviewPlansFor);
        assertThat(KeyStages.plannedFor(year, RasCaseKind.ASSESSMENT)).isEqualTo(stage);
    }
}
