package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.ConflictException;

/** An annual review's steps in order, and the step due next kept for the lists. */
class EhcAnnualReviewTest {

    static final Instant NOW = Instant.parse("2026-12-30T10:00:00Z");
    static final LocalDate ISSUED = LocalDate.of(2026, 1, 12);

    @Test
    void each_step_moves_the_next_due_date_on_until_the_amended_plan_closes_it() {
        EhcAnnualReview r = EhcAnnualReview.schedule(1, 2, 1, ISSUED, LocalDate.of(2027, 1, 6), "cw", NOW);
        assertThat(r.getMeetingDue()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(r.getNextStep()).isEqualTo(AnnualReviewClock.Step.PAPERWORK);
        assertThat(r.getNextDueOn()).isEqualTo(LocalDate.of(2026, 12, 23));
        r.paperworkSent(LocalDate.of(2026, 12, 20));
        assertThat(r.getNextStep()).isEqualTo(AnnualReviewClock.Step.MEETING);
        assertThatThrownBy(() -> r.decide(ReviewDecision.AMEND, LocalDate.of(2027, 1, 7), "x", "cw", NOW))
                .isInstanceOf(ConflictException.class);
        r.held(LocalDate.of(2027, 1, 6));
        assertThat(r.getNextStep()).isEqualTo(AnnualReviewClock.Step.REPORT);
        assertThat(r.getNextDueOn()).isEqualTo(LocalDate.of(2027, 1, 20));
        r.reportSent(LocalDate.of(2027, 1, 15));
        assertThat(r.getNextStep()).isEqualTo(AnnualReviewClock.Step.DECISION);
        assertThat(r.getNextDueOn()).isEqualTo(LocalDate.of(2027, 2, 3));
        r.decide(ReviewDecision.AMEND, LocalDate.of(2027, 2, 1), "Therapy moves into class", "cw", NOW);
        assertThat(r.isClosed()).isFalse();
        assertThat(r.getAmendmentsSentOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(r.getNextStep()).isEqualTo(AnnualReviewClock.Step.AMENDED_PLAN);
        assertThat(r.getNextDueOn()).isEqualTo(LocalDate.of(2027, 3, 29));
        r.amendedPlanIssued(LocalDate.of(2027, 3, 1));
        assertThat(r.isClosed()).isTrue();
        assertThat(r.getNextStep()).isNull();
        assertThatThrownBy(() -> r.paperworkSent(LocalDate.of(2027, 3, 2))).isInstanceOf(ConflictException.class);
    }

    @Test
    void maintain_and_cease_close_the_review_with_who_when_and_why() {
        EhcAnnualReview r = EhcAnnualReview.schedule(1, 2, 1, ISSUED, LocalDate.of(2026, 12, 1), "cw", NOW);
        r.held(LocalDate.of(2026, 12, 1));
        r.decide(ReviewDecision.CEASE, LocalDate.of(2026, 12, 20), "Needs met without a plan", "cw", NOW);
        assertThat(r.isClosed()).isTrue();
        assertThat(r.getDecidedBy()).isEqualTo("cw");
        assertThat(r.getDecidedAt()).isEqualTo(NOW);
        assertThat(r.getDecisionReason()).isEqualTo("Needs met without a plan");
        assertThat(r.getNextDueOn()).isNull();
        assertThatThrownBy(() -> r.amendedPlanIssued(LocalDate.of(2026, 12, 21))).isInstanceOf(ConflictException.class);
    }
}
