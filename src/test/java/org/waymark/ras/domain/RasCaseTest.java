package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.ValidationException;

/** A RAS case's steps in order, each with who and why, and the steps refused out of turn. */
class RasCaseTest {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final RasOutcomes OUTCOMES = ScoringRulesTest.TWO;

    static RasCase scoredAndSubmitted() {
        RasCase c = RasCase.open(1, 2, 3, 4, RasCaseKind.ASSESSMENT, "KS2", null, "co", NOW);
        c.score(ScoringRulesTest.scores("COMM:2:SALT report;LEARN:3:EP report"), OUTCOMES, "co", NOW);
        c.submit(OUTCOMES, "co", NOW);
        return c;
    }

    @Test
    void a_case_goes_from_scoring_to_sign_off_with_each_step_recorded() {
        RasCase c = scoredAndSubmitted();
        assertThat(c.getPoints()).isEqualTo(12);
        c.verify("lead", "", NOW);
        c.moderate(9, new BigDecimal("8000.00"), null, "", "officer", NOW);
        assertThat(c.getIndicative()).isEqualByComparingTo("8000");
        c.cost("To read simple sentences", List.of(new RasProvision("TA", "TA", new BigDecimal("15.00"),
                new BigDecimal("10"), 39)), "", "co", NOW);
        assertThat(c.getTotalCost()).isEqualByComparingTo("5850.00");
        assertThat(c.route(new BigDecimal("10363"), false, "co", NOW)).isEqualTo(RasRoute.LEAD_SIGN_OFF);
        c.signOff("lead", "ok", NOW);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.SIGNED_OFF);
        assertThat(c.getDecidedAmount()).isEqualByComparingTo("5850.00");
        assertThat(c.getSteps()).extracting(RasStep::step).containsExactly(RasStepKind.OPENED, RasStepKind.SCORED,
                RasStepKind.SUBMITTED, RasStepKind.VERIFIED, RasStepKind.MODERATED, RasStepKind.COSTED,
                RasStepKind.ROUTED, RasStepKind.SIGNED_OFF);
    }

    @Test
    void a_return_goes_back_to_scoring_with_its_reasons() {
        RasCase c = scoredAndSubmitted();
        c.returnForScoring("lead", "Look again at learning", NOW);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.SCORING);
        assertThat(c.getSteps().getLast().note()).isEqualTo("Look again at learning");
    }

    @Test
    void another_figure_than_the_converters_needs_a_reason_and_over_the_figure_the_tac_says_what_it_reconsidered() {
        RasCase c = scoredAndSubmitted();
        c.verify("lead", "", NOW);
        assertThatThrownBy(() -> c.moderate(9, new BigDecimal("8000"), new BigDecimal("9000"), "", "officer", NOW))
                .isInstanceOf(ValidationException.class);
        c.moderate(9, new BigDecimal("8000"), new BigDecimal("7000"), "Similar cases cluster lower", "officer", NOW);
        assertThat(c.getIndicative()).isEqualByComparingTo("7000");
        List<RasProvision> over = List.of(new RasProvision("TA", "TA", new BigDecimal("15.00"), new BigDecimal("15"),
                39));
        assertThatThrownBy(() -> c.cost("Outcomes", over, "", "co", NOW)).isInstanceOf(ValidationException.class);
        c.cost("Outcomes", over, "Tried group support first", "co", NOW);
        assertThat(c.route(new BigDecimal("10363"), false, "co", NOW)).isEqualTo(RasRoute.PANEL);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.AT_PANEL);
        c.panelDecided(new BigDecimal("8775.00"), "Agreed", "lead", NOW);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.DECIDED);
    }

    @Test
    void steps_out_of_turn_are_refused() {
        RasCase c = RasCase.open(1, 2, 3, 4, RasCaseKind.ASSESSMENT, "KS2", null, "co", NOW);
        assertThatThrownBy(() -> c.verify("lead", "", NOW)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> c.submit(OUTCOMES, "co", NOW)).isInstanceOf(ValidationException.class);
        RasCase submitted = scoredAndSubmitted();
        assertThatThrownBy(() -> submitted.verify("co", "", NOW)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> submitted.signOff("lead", "", NOW)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> submitted.score(List.of(), OUTCOMES, "co", NOW))
                .isInstanceOf(TransitionException.class);
    }
}
