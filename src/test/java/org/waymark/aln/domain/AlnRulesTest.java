package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

/** What a concern and a decision must give: each missing answer named by its field. */
class AlnRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    private static AlnRules.DecisionInput decision(Boolean difficulty, Boolean disability, Boolean alp,
                                                   Set<ProgressMeasure> progress) {
        return new AlnRules.DecisionInput(progress, "Reading age 6.2 at 9; peers 8.9.",
                "Differentiated phonics, small-group reading three times a week since September.", difficulty,
                disability, "Significantly greater difficulty than most of the class.", alp,
                "Needs a daily one-to-one programme: different from what the class gets.");
    }

    @Test
    void a_complete_concern_passes_and_a_future_date_or_missing_answers_are_named() {
        assertThat(AlnRules.check(new AlnRules.ConcernInput(ConcernSource.PARENT, "Mrs Bowen",
                TODAY, "Not reading at home"), TODAY)).isEmpty();
        assertThat(AlnRules.check(new AlnRules.ConcernInput(null, "", TODAY.plusDays(1), " "), TODAY))
                .extracting(Violation::field).containsExactly("source", "raisedOn", "concern");
        assertThat(AlnRules.check(new AlnRules.ConcernInput(ConcernSource.TEACHER, "x".repeat(201), null,
                "y".repeat(2001)), TODAY)).extracting(Violation::messageKey)
                .containsExactly("aln.text.tooLong", "aln.concern.raisedOn.required", "aln.text.tooLong");
    }

    @Test
    void a_complete_decision_passes() {
        assertThat(AlnRules.check(decision(true, false, true, Set.of(ProgressMeasure.SLOWER_THAN_PEERS)))).isEmpty();
        // an Equality Act disability needs no evidence of slow progress
        assertThat(AlnRules.check(decision(false, true, true, Set.of()))).isEmpty();
    }

    @Test
    void a_significantly_greater_difficulty_rests_on_evidence_of_less_than_expected_progress() {
        assertThat(AlnRules.check(decision(true, false, true, Set.of()))).extracting(Violation::field)
                .containsExactly("progress");
    }

    @Test
    void both_limbs_of_test_1_are_answered_and_test_2_only_when_test_1_is_met() {
        assertThat(AlnRules.check(decision(null, null, null, Set.of()))).extracting(Violation::field)
                .containsExactly("significantDifficulty", "equalityActDisability");
        assertThat(AlnRules.check(decision(true, false, null, Set.of(ProgressMeasure.BELOW_OWN_RATE))))
                .extracting(Violation::field).containsExactly("callsForAlp");
        // test 1 not met: test 2 is not asked, and what was said of it is left out
        AlnRules.DecisionInput notMet = decision(false, false, true, Set.of());
        assertThat(AlnRules.check(notMet)).isEmpty();
        assertThat(notMet.normalised().callsForAlp()).isNull();
        assertThat(notMet.normalised().test2Reasons()).isEmpty();
    }

    @Test
    void evidence_provision_and_reasons_are_given_within_their_limits() {
        AlnRules.DecisionInput blank = new AlnRules.DecisionInput(Set.of(ProgressMeasure.GAP_NOT_CLOSING), " ", "",
                true, false, "", true, "");
        assertThat(AlnRules.check(blank)).extracting(Violation::field)
                .containsExactly("evidence", "inclusiveProvision", "test1Reasons", "test2Reasons");
        AlnRules.DecisionInput tooLong = new AlnRules.DecisionInput(Set.of(), "e".repeat(4001), "p", false, true,
                "r".repeat(2001), false, "ok");
        assertThat(AlnRules.check(tooLong)).extracting(Violation::field).containsExactly("evidence", "test1Reasons");
    }

    @Test
    void a_referral_clock_starts_on_a_day_given_and_not_in_the_future() {
        assertThat(AlnRules.checkStart("needApparentOn", TODAY, TODAY)).isEmpty();
        assertThat(AlnRules.checkStart("needApparentOn", null, TODAY)).extracting(Violation::messageKey)
                .containsExactly("aln.referral.startedOn.required");
        assertThat(AlnRules.checkStart("needApparentOn", TODAY.plusDays(1), TODAY)).extracting(Violation::messageKey)
                .containsExactly("aln.date.future");
    }
}
