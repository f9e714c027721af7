package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Violation;

/** Each broken rule names the row it is about, so the editor can show it there. */
class PlanRulesTest {

    @Test
    void a_complete_plan_is_valid_and_ready_to_agree() {
        assertThat(PlanRules.validate(PlanFixtures.content())).isEmpty();
        assertThat(PlanRules.readyToAgree(PlanFixtures.content())).isEmpty();
        assertThat(PlanRules.readyToAgree(PlanContent.empty())).extracting(Violation::messageKey)
                .containsExactly("plan.agree.noOutcomes", "plan.agree.noProvision");
    }

    @Test
    void violations_point_at_their_rows() {
        PlanContent c = PlanFixtures.content();
        List<PlanContent.Outcome> outcomes = new ArrayList<>(c.outcomes());
        outcomes.set(1, new PlanContent.Outcome("O2", " ", outcomes.get(1).targetDate()));
        PlanContent.Provision p = c.provisions().getFirst();
        PlanContent.Provision tooMany = new PlanContent.Provision("O7", p.what(), p.who(), p.frequency(),
                new BigDecimal("41"), p.annualCost(), p.language(), p.groupSize());
        PlanContent broken = c.withOutcomes(outcomes).withProvisions(List.of(p, tooMany));
        assertThat(PlanRules.validate(broken)).extracting(Violation::field, Violation::messageKey).containsExactly(
                tuple("outcomes.1", "plan.text.required"),
                tuple("provisions.1", "plan.provision.unknownOutcome"),
                tuple("provisions.1", "plan.provision.hours"));
    }

    /**
     * A target date before today is refused on a new outcome or one whose date changed; an
     * outcome kept as it was may have passed its date (the plan is then due for review).
     */
    @ParameterizedTest(name = "stored {0}, edited {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            // days from today: stored target (- = new outcome), edited target, refused?
            "-,   -1,  true",
            "-,    0,  false",
            "-,   30,  false",
            "-,  -400, true",
            "-10, -10, false",
            "-10, -5,  true",
            "-10,  5,  false",
            "20,  -1,  true",
            "20,  20,  false",
    })
    void a_past_target_date_is_refused_on_new_or_changed_outcomes(@Nullable Integer stored, int edited,
                                                                  boolean refused) {
        LocalDate today = LocalDate.of(2026, 11, 2);
        PlanContent base = PlanFixtures.content();
        PlanContent.Outcome first = base.outcomes().getFirst();
        List<PlanContent.Outcome> before = new ArrayList<>(base.outcomes());
        if (stored == null) {
            before.removeFirst();
        } else {
            before.set(0, new PlanContent.Outcome(first.key(), first.text(), today.plusDays(stored)));
        }
        List<PlanContent.Outcome> after = new ArrayList<>(base.outcomes());
        after.set(0, new PlanContent.Outcome(first.key(), first.text(), today.plusDays(edited)));
        // the other outcomes are kept as stored, whatever their dates
        List<Violation> problems = PlanRules.targetDates(base.withOutcomes(after), base.withOutcomes(before), today);
        if (refused) {
            assertThat(problems).extracting(Violation::field, Violation::messageKey)
                    .containsExactly(tuple("outcomes.0", "plan.outcome.targetDate.past"));
            assertThat(problems.getFirst().arguments()).containsExactly(
                    org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(today.plusDays(edited)));
        } else {
            assertThat(problems).isEmpty();
        }
    }
}
