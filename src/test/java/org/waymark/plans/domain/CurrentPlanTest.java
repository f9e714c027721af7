package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrentPlanTest {

    /** Plans oldest first, as STATUS; the index (from 0) of the plan named as the pupil's, or -1 for none. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                          | -1",
            "DRAFT                       | 0",
            "CEASED                      | 0",
            "AGREED CEASED               | 0",
            "CEASED AGREED               | 1",
            "AGREED DRAFT                | 1",
            "UNDER_REVIEW CEASED CEASED  | 0",
            "CEASED CEASED               | 1",
            "AGREED UNDER_REVIEW CEASED  | 1",
    })
    void the_newest_plan_not_ceased_else_the_newest(String statuses, int expected) {
        List<PlanStatus> plans = statuses.isBlank() ? List.of()
                : Arrays.stream(statuses.trim().split("\\s+")).map(PlanStatus::valueOf).toList();
        List<Integer> indexes = java.util.stream.IntStream.range(0, plans.size()).boxed().toList();
        assertThat(CurrentPlan.of(indexes, plans::get).orElse(-1)).isEqualTo(expected);
    }
}
