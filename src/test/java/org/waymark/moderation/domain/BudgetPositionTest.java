package org.waymark.moderation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

/** Family budget arithmetic and the warnings a decision earns (never a block). */
class BudgetPositionTest {

    static BigDecimal £(String amount) {
        return new BigDecimal(amount);
    }

    // AFN £100,000 with £70,000 allocated earlier and £10,000 in this meeting; FNF £30,000, £5,000 used;
    // the family keeps £20,000 back
    static final BudgetPosition POSITION = new BudgetPosition(
            new BudgetPosition.Stream(£("100000"), £("70000"), £("10000")),
            new BudgetPosition.Stream(£("30000"), £("5000"), £("0")), £("20000"));

    @Test
    void remaining_and_available_follow_the_decisions() {
        assertThat(POSITION.afn().remaining()).isEqualByComparingTo("20000");
        assertThat(POSITION.fnf().remaining()).isEqualByComparingTo("25000");
        assertThat(POSITION.availableBeyondContingency()).isEqualByComparingTo("25000");
        BudgetPosition after = POSITION.with(BudgetPosition.Kind.AFN, £("4000"));
        assertThat(after.afn().committed()).isEqualByComparingTo("14000");
        assertThat(after.afn().remaining()).isEqualByComparingTo("16000");
        assertThat(POSITION.afn().committed()).isEqualByComparingTo("10000"); // values, not changed in place
    }

    @Test
    void a_decision_that_fits_earns_no_warning() {
        assertThat(POSITION.warningsFor(BudgetPosition.Kind.AFN, £("20000"))).isEmpty();
    }

    @Test
    void a_decision_that_eats_into_the_contingency_is_warned_with_the_amount() {
        // FNF 25,000 remaining, AFN 20,000: 45,000 left, 20,000 kept back, so 25,001 of FNF goes 1 into it
        var warnings = POSITION.warningsFor(BudgetPosition.Kind.FNF, £("25000.00"));
        assertThat(warnings).isEmpty();
        warnings = POSITION.warningsFor(BudgetPosition.Kind.FNF, £("25001"));
        assertThat(warnings).extracting(Violation::messageKey).containsExactly("budget.warning.overspend");
        warnings = POSITION.with(BudgetPosition.Kind.FNF, £("10000")).warningsFor(BudgetPosition.Kind.AFN, £("16000"));
        assertThat(warnings).extracting(Violation::messageKey).containsExactly("budget.warning.contingency");
        assertThat(warnings.getFirst().arguments().getFirst()).isEqualTo(£("1000"));
    }

    @Test
    void overspending_a_stream_is_warned_even_when_the_other_has_room() {
        var warnings = POSITION.warningsFor(BudgetPosition.Kind.AFN, £("20000.01"));
        assertThat(warnings).extracting(Violation::messageKey).containsExactly("budget.warning.overspend");
        assertThat(warnings.getFirst().arguments()).containsExactly("AFN", £("0.01"));
    }

    @Test
    void budget_figures_are_checked() {
        assertThat(new BudgetFigures(£("100"), £("50"), £("150")).check()).isEmpty();
        assertThat(new BudgetFigures(£("100"), £("50"), £("151")).check()).extracting(Violation::messageKey)
                .containsExactly("budget.contingency.tooLarge");
        assertThat(new BudgetFigures(£("-1"), £("50"), £("0")).check()).extracting(Violation::field)
                .containsExactly("afn");
    }
}
