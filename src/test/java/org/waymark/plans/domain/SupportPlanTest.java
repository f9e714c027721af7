package org.waymark.plans.domain;

import org.waymark.base.domain.TransitionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SupportPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static SupportPlan plan() {
        return SupportPlan.start(1, 2, PlanType.IDP_SCHOOL, "senco", NOW);
    }

    @Test
    void a_plan_goes_draft_agreed_review_agreed_ceased_recording_every_step() {
        SupportPlan plan = plan();
        plan.agree("senco", NOW, TODAY);
        plan.startReview("senco", NOW);
        plan.agree("head", NOW, TODAY.plusYears(1));
        plan.cease("caseworker", NOW, "Left the authority");
        assertThat(plan.getSteps()).extracting(PlanStep::status).containsExactly(PlanStatus.DRAFT,
                PlanStatus.AGREED, PlanStatus.UNDER_REVIEW, PlanStatus.AGREED, PlanStatus.CEASED);
        assertThat(plan.getSteps()).extracting(PlanStep::actor)
                .containsExactly("senco", "senco", "senco", "head", "caseworker");
        assertThat(plan.getSteps().getLast().note()).isEqualTo("Left the authority");
    }

    @Test
    void steps_out_of_order_are_refused() {
        SupportPlan plan = plan();
        assertThatThrownBy(() -> plan.startReview("senco", NOW)).isInstanceOf(TransitionException.class);
        plan.cease("senco", NOW, "Duplicate plan");
        assertThatThrownBy(() -> plan.agree("senco", NOW, TODAY)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> plan.cease("senco", NOW, "again")).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> plan().cease("senco", NOW, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreeing_schedules_the_review_by_the_interval_and_it_becomes_overdue_after() {
        SupportPlan plan = plan();
        plan.changeReviewInterval(6);
        plan.agree("senco", NOW, TODAY);
        assertThat(plan.getNextReviewDate()).isEqualTo(LocalDate.of(2027, 5, 22));
        assertThat(plan.reviewOverdue(LocalDate.of(2027, 5, 22))).isFalse();
        assertThat(plan.reviewOverdue(LocalDate.of(2027, 5, 23))).isTrue();
        assertThat(plan.editable()).isFalse();
        assertThatThrownBy(() -> plan.changeReviewInterval(0)).isInstanceOf(IllegalArgumentException.class);
        plan.changeReviewInterval(3);
        assertThat(plan.getNextReviewDate()).isEqualTo(LocalDate.of(2027, 2, 22));
    }

    @Test
    void the_comment_window_counts_down_and_closes() {
        SupportPlan plan = plan();
        assertThat(plan.commentWindowOpen(TODAY)).isFalse();
        plan.openCommentWindow(TODAY, SupportPlan.DEFAULT_COMMENT_DAYS);
        assertThat(plan.getCommentWindowEndsOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(plan.commentDaysLeft(TODAY)).isEqualTo(15);
        assertThat(plan.commentDaysLeft(LocalDate.of(2026, 12, 6))).isEqualTo(1);
        assertThat(plan.commentWindowOpen(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(plan.commentDaysLeft(LocalDate.of(2026, 12, 7))).isZero();
        plan.agree("senco", NOW, TODAY);
        assertThat(plan.commentWindowOpen(TODAY)).isFalse();
        assertThatThrownBy(() -> plan.openCommentWindow(TODAY, 15)).isInstanceOf(TransitionException.class);
    }

    @Test
    void plan_types_belong_to_their_nation_and_say_who_maintains_them() {
        assertThat(PlanType.forNation(org.waymark.base.domain.Nation.WALES))
                .containsExactly(PlanType.IDP_SCHOOL, PlanType.IDP_LA);
        assertThat(PlanType.IDP_LA.maintainedByAuthority()).isTrue();
        assertThat(PlanType.SEN_SUPPORT.maintainedByAuthority()).isFalse();
    }
}
