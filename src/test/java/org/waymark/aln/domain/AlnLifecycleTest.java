package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.TransitionException;

/** The lifecycles of a decision record, a who-maintains decision and a referral: only the steps open from where each stands. */
class AlnLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    private static AlnDecision concern() {
        return AlnDecision.raise(1, 2, 3, Decider.SCHOOL, new AlnRules.ConcernInput(ConcernSource.TEACHER, "",
                TODAY.minusDays(20), "Struggles with number"), "senco", NOW);
    }

    private static AlnRules.DecisionInput noDifficulty() {
        return new AlnRules.DecisionInput(Set.of(), "On track in maths assessments", "Maths catch-up group", false,
                false, "Progress matches peers since the catch-up group", true, "Would need daily support");
    }

    @Test
    void a_decision_is_made_once_and_without_test_1_test_2_is_not_recorded() {
        AlnDecision d = concern();
        d.decide(noDifficulty(), "senco", NOW, TODAY);
        assertThat(d.getOutcome()).isEqualTo(AlnOutcome.NO_ALN);
        assertThat(d.getOutcomeReason()).isEqualTo(OutcomeReason.NO_DIFFICULTY_OR_DISABILITY);
        assertThat(d.getCallsForAlp()).isNull();
        assertThat(d.getTest2Reasons()).isNull();
        assertThatThrownBy(() -> d.decide(noDifficulty(), "senco", NOW, TODAY)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> d.idpDrafted(5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(d::refer).isInstanceOf(TransitionException.class);
    }

    @Test
    void a_referred_case_is_not_decided_until_the_authority_reopens_it_for_whoever_decides_now() {
        AlnDecision d = concern();
        d.refer();
        assertThat(d.getStatus()).isEqualTo(DecisionStatus.REFERRED);
        assertThatThrownBy(() -> d.decide(noDifficulty(), "senco", NOW, TODAY)).isInstanceOf(TransitionException.class);
        d.reopenFor(Decider.AUTHORITY);
        assertThat(d.getStatus()).isEqualTo(DecisionStatus.OPEN);
        assertThat(d.getDecider()).isEqualTo(Decider.AUTHORITY);
        // the authority's own case is not referred again
        assertThatThrownBy(d::refer).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> d.reopenFor(Decider.SCHOOL)).isInstanceOf(TransitionException.class);
    }

    @Test
    void the_authority_cannot_hand_back_a_case_the_facts_make_its_own() {
        WhoMaintains.Facts lookedAfter = new WhoMaintains.Facts(false, true, null, false, Set.of());
        assertThatThrownBy(() -> MaintainerDecision.onReferral(1, 2, 3, lookedAfter, ReferralOutcome.SCHOOL_BEST_PLACED,
                "caseworker", NOW)).isInstanceOf(IllegalArgumentException.class);
        MaintainerDecision taken = MaintainerDecision.onReferral(1, 2, 3, lookedAfter, ReferralOutcome.AUTHORITY_DECIDES,
                "caseworker", NOW);
        assertThat(taken.getMaintainer()).isEqualTo(Maintainer.AUTHORITY);
        assertThat(taken.reasons()).containsExactly(MaintainerReason.LOOKED_AFTER, MaintainerReason.AUTHORITY_DECIDES);
        MaintainerDecision back = MaintainerDecision.onReferral(1, 2, 3, new WhoMaintains.Facts(false, false,
                new BigDecimal("10"), false, Set.of(MaintainerReason.SPECIALIST_INPUT)),
                ReferralOutcome.SCHOOL_BEST_PLACED, "caseworker", NOW);
        assertThat(back.getMaintainer()).isEqualTo(Maintainer.SCHOOL);
        assertThat(back.reasons()).containsExactly(MaintainerReason.SCHOOL_BEST_PLACED);
    }

    @Test
    void a_referral_is_sent_once_decided_once_and_a_late_one_is_known() {
        AlnReferral r = AlnReferral.fromSchool(1, 2, 3, 4, List.of(MaintainerReason.EQUIPMENT), "Needs a hoist",
                TODAY.minusDays(30), TODAY.minusDays(2), "senco", NOW);
        assertThat(r.late(TODAY)).isTrue();
        assertThat(r.late(TODAY.minusDays(2))).isFalse();
        assertThatThrownBy(() -> r.decide(ReferralOutcome.AUTHORITY_DECIDES, "why", 4, "cw", NOW, TODAY))
                .isInstanceOf(TransitionException.class);
        r.send("senco", NOW, TODAY.minusDays(3));
        assertThat(r.late(TODAY)).isFalse();
        assertThatThrownBy(() -> r.send("senco", NOW, TODAY)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> r.decide(ReferralOutcome.AUTHORITY_DECIDES, " ", 4, "cw", NOW, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        r.decide(ReferralOutcome.SCHOOL_BEST_PLACED, "The school can buy it", 4, "cw", NOW, TODAY);
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.DECIDED);
        assertThatThrownBy(() -> AlnReferral.received(1, 2, 3, ReferralSource.SCHOOL, "", "x", TODAY, "cw", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlnReferral.fromSchool(1, 2, 3, 4, List.of(), "x", TODAY, TODAY, "s", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        AlnReferral parent = AlnReferral.received(1, 2, 3, ReferralSource.PARENT, "Mrs Rees", "Asks", TODAY, "cw", NOW);
        assertThat(parent.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(parent.late(TODAY.plusYears(1))).isFalse();
    }
}
