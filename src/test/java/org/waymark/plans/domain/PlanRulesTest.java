package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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
}
