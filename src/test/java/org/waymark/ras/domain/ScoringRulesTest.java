package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Violation;

/** What a RAS form must hold before verification, and who may review it. */
class ScoringRulesTest {

    static final List<String> SCALE = List.of("none", "some", "regular", "daily");
    static final RasOutcomes TWO = new RasOutcomes(List.of(
            new RasOutcomes.Outcome("COMM", "Communicating", 3, SCALE),
            new RasOutcomes.Outcome("LEARN", "Learning", 2, SCALE)));

    static List<RasScore> scores(String spec) {
        List<RasScore> list = new ArrayList<>();
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(";")) {
                String[] f = part.split(":", -1);
                list.add(new RasScore(f[0], Integer.parseInt(f[1]), f[2]));
            }
        }
        return list;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "COMM:2:SALT report;LEARN:0:           | ",
            "COMM:0:;LEARN:0:                      | ",
            "COMM:2:;LEARN:0:                      | ras.score.evidence",
            "COMM:4:report;LEARN:0:                | ras.score.level",
            "COMM:-1:report;LEARN:0:               | ras.score.level",
            "COMM:1:report                         | ras.score.missing",
            "COMM:1:report;LEARN:1:x;COMM:1:y      | ras.score.twice",
            "COMM:1:report;LEARN:1:x;MOVE:1:y      | ras.score.unknownOutcome",
            "                                      | ras.score.missing ras.score.missing"})
    void a_form_needs_every_outcome_once_on_its_scale_and_evidence_for_any_difficulty(String spec, String expected) {
        List<String> keys = ScoringRules.check(TWO, scores(spec)).stream().map(Violation::messageKey).toList();
        assertThat(keys).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void points_are_level_times_weight_summed() {
        assertThat(TWO.points(java.util.Map.of("COMM", 2, "LEARN", 3))).isEqualTo(12);
        assertThat(TWO.maxPoints()).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0} reviews {1}'s scores, returning={2}, reasons ''{3}'' -> {4}")
    @CsvSource(delimiter = '|', value = {
            "lead   | co | false |            | ",
            "lead   | co | true  | look again | ",
            "lead   | co | true  |            | ras.review.reasonsRequired",
            "co     | co | false |            | ras.review.ownScores",
            "co     | co | true  | why        | ras.review.ownScores"})
    void a_review_is_by_someone_else_and_a_return_says_why(String reviewer, String scorer, boolean returning,
                                                          String reasons, String expected) {
        List<String> keys = ScoringRules.checkReview(reviewer, scorer, returning, reasons == null ? "" : reasons)
                .stream().map(Violation::messageKey).toList();
        assertThat(keys).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
