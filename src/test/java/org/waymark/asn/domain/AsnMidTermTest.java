package org.waymark.asn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.TransitionException;

/**
 * A mid-term allocation request's way: submitted → assessed by the lead officer → recommended with
 * a second officer's joint view → approved (hours from a day, a review date) or declined by the
 * inclusion team → reviewed (hours stay or drop). A request for a pupil not in early years is exceptional.
 */
class AsnMidTermTest {

    static final Instant NOW = AsnRequestTest.NOW;
    static final LocalDate TODAY = AsnRequestTest.TODAY;

    static AsnRequest submitted(boolean earlyYears) {
        AsnRequest r = AsnRequest.startMidTerm(1, 2, 3, 4L, HoursEligibilityTest.complete(), earlyYears, "senco.sc",
                NOW);
        r.submit(4L, 1, "senco.sc", NOW);
        return r;
    }

    @Test
    void early_years_is_assessed_joined_approved_and_reviewed_down() {
        AsnRequest r = submitted(true);
        assertThat(r.isExceptional()).isFalse();
        r.assess(new BigDecimal("12"), TODAY.plusMonths(3), " Needs an adult at transitions ", "eso.ey.sc", NOW, TODAY);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.ASSESSED);
        assertThat(r.getMidTerm().getAssessment()).isEqualTo("Needs an adult at transitions");
        // the lead officer cannot also give the joint view
        assertThatThrownBy(() -> r.join(JointView.AGREED, null, "", "eso.ey.sc", NOW))
                .isInstanceOf(IllegalStateException.class);
        r.join(JointView.VARIATION, new BigDecimal("10"), "Lunch is covered", "eso.sc", NOW);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.RECOMMENDED);
        assertThat(r.getMidTerm().recommendedHours()).isEqualByComparingTo("10");
        r.approve(new BigDecimal("10"), TODAY.minusDays(7), TODAY.plusMonths(2), "As recommended", "inclusion.sc",
                NOW, TODAY);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.DECIDED);
        assertThat(r.getMidTerm().getHoursFrom()).isEqualTo(TODAY.minusDays(7));
        // at review the hours may only stay or drop
        assertThatThrownBy(() -> r.review(new BigDecimal("11"), null, "More", "eso.sc", NOW, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        r.review(new BigDecimal("6"), TODAY.plusMonths(4), "Settled", "eso.sc", NOW, TODAY);
        assertThat(r.getDecidedHours()).isEqualByComparingTo("6");
        assertThat(r.getMidTerm().getReviewDate()).isEqualTo(TODAY.plusMonths(4));
        assertThat(r.getSteps().getLast().status()).isEqualTo(AsnRequestStatus.REVIEWED);
        // to none: no further review
        r.review(BigDecimal.ZERO, TODAY.plusMonths(6), "Needs met", "eso.sc", NOW, TODAY);
        assertThat(r.getMidTerm().getReviewDate()).isNull();
        assertThatThrownBy(() -> r.review(BigDecimal.ZERO, null, "Again", "eso.sc", NOW, TODAY))
                .isInstanceOf(TransitionException.class);
    }

    @Test
    void the_inclusion_team_declines_a_recommended_request_and_nothing_skips_a_step() {
        AsnRequest r = submitted(true);
        assertThatThrownBy(() -> r.approve(BigDecimal.TEN, TODAY, TODAY.plusMonths(1), "Yes", "inclusion.sc", NOW,
                TODAY)).isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> r.join(JointView.AGREED, null, "", "eso.sc", NOW))
                .isInstanceOf(TransitionException.class);
        r.assess(BigDecimal.TEN, TODAY.plusMonths(3), "Valid", "eso.ey.sc", NOW, TODAY);
        r.join(JointView.OTHER_SUPPORT, null, "A key worker in the nursery instead", "eso.sc", NOW);
        r.decline("Other support meets the need", "inclusion.sc", NOW, TODAY);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.DECLINED);
        assertThat(r.getDecisionReasons()).isEqualTo("Other support meets the need");
    }

    @Test
    void a_request_for_a_pupil_not_in_early_years_is_exceptional_whatever_is_ticked() {
        AsnRequest r = AsnRequest.startMidTerm(1, 2, 3, 4L, HoursEligibilityTest.complete(), false, "senco.sc", NOW);
        RequestAnswers unticked = r.answers();
        unticked.setExceptional(false);
        r.answer(unticked, 4L, NOW);
        assertThat(r.isExceptional()).isTrue();
        assertThat(r.exceptionalMidTerm()).isTrue();
        // an annual request is not
        assertThat(AsnRequestTest.draft().exceptionalMidTerm()).isFalse();
        // and may be withdrawn while the officers and the team still have it
        r.submit(4L, 1, "senco.sc", NOW);
        r.assess(BigDecimal.TEN, TODAY.plusMonths(3), "Valid", "eso.sc", NOW, TODAY);
        r.withdraw("Moved away", "senco.sc", NOW);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.WITHDRAWN);
    }

    @Test
    void what_is_entered_on_the_way_is_checked_field_by_field() {
        assertThat(MidTermInput.assessment(null, TODAY, " ", TODAY)).extracting(v -> v.field())
                .containsExactly("assessedHours", "reviewDate", "assessment");
        assertThat(MidTermInput.assessment(BigDecimal.TEN, TODAY.plusMonths(13), "ok", TODAY))
                .extracting(v -> v.field()).containsExactly("reviewDate");
        assertThat(MidTermInput.jointView(JointView.VARIATION, null, "")).extracting(v -> v.field())
                .containsExactly("jointHours", "jointNote");
        assertThat(MidTermInput.jointView(JointView.AGREED, null, "")).isEmpty();
        LocalDate session = TODAY.minusMonths(3);
        assertThat(MidTermInput.approval(BigDecimal.TEN, session.minusDays(1), TODAY.plusMonths(1), "ok", session,
                TODAY)).extracting(v -> v.field()).containsExactly("hoursFrom");
        assertThat(MidTermInput.approval(BigDecimal.TEN, session, TODAY.plusMonths(1), "ok", session, TODAY))
                .isEmpty();
        assertThat(MidTermInput.review(new BigDecimal("11"), BigDecimal.TEN, null, "ok", TODAY))
                .extracting(v -> v.field()).containsExactly("reviewHours");
        assertThat(MidTermInput.review(BigDecimal.ZERO, BigDecimal.TEN, null, "ok", TODAY)).isEmpty();
        assertThat(MidTermInput.review(BigDecimal.ONE, BigDecimal.TEN, TODAY, "ok", TODAY))
                .extracting(v -> v.field()).containsExactly("nextReview");
    }
}
