package org.waymark.asn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.TransitionException;

/** The request's lifecycle: draft → submitted → decided (hours, reasons) or declined; withdrawn while open. */
class AsnRequestTest {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static AsnRequest draft() {
        return AsnRequest.start(1, 2, 3, 4L, HoursEligibilityTest.complete(), "senco.sc", NOW);
    }

    static AsnRequest at(AsnRequestStatus status) {
        AsnRequest r = draft();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> r.submit(4L, 1, "senco.sc", NOW);
            case DECIDED -> {
                r.submit(4L, 1, "senco.sc", NOW);
                r.decide(BigDecimal.TEN, "Fits the timetable", "eso.sc", NOW, TODAY);
            }
            case DECLINED -> {
                r.submit(4L, 1, "senco.sc", NOW);
                r.decline("Differentiation meets the need", "eso.sc", NOW, TODAY);
            }
            case WITHDRAWN -> r.withdraw("Moved away", "senco.sc", NOW);
        }
        return r;
    }

    @Test
    void a_draft_starts_from_the_record_and_takes_new_answers() {
        AsnRequest r = draft();
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.DRAFT);
        RequestAnswers changed = r.answers();
        changed.setCategory(AsnCategory.EXCEPTIONAL);
        changed.setNeeds("  New words  ");
        r.answer(changed, 9L, NOW.plusSeconds(5));
        assertThat(r.answers().getNeeds()).isEqualTo("New words");
        // the exceptional category is an exceptional request
        assertThat(r.isExceptional()).isTrue();
        assertThat(r.getPlanId()).isEqualTo(9L);
    }

    @Test
    void submitting_keeps_the_plan_version_it_rests_on_and_deciding_keeps_hours_reasons_and_who() {
        AsnRequest r = at(AsnRequestStatus.SUBMITTED);
        assertThat(r.getPlanVersion()).isEqualTo(1);
        r.decide(new BigDecimal("12.5"), " Timetable supports it ", "eso.sc", NOW, TODAY);
        assertThat(r.getStatus()).isEqualTo(AsnRequestStatus.DECIDED);
        assertThat(r.getDecidedHours()).isEqualByComparingTo("12.5");
        assertThat(r.getDecisionReasons()).isEqualTo("Timetable supports it");
        assertThat(r.getDecidedBy()).isEqualTo("eso.sc");
        assertThat(r.getDecidedOn()).isEqualTo(TODAY);
        assertThat(r.getSteps()).extracting(AsnRequestStep::status).containsExactly(AsnRequestStatus.DRAFT,
                AsnRequestStatus.SUBMITTED, AsnRequestStatus.DECIDED);
    }

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource({
            "DRAFT,     submit,   true",
            "SUBMITTED, submit,   false",
            "DRAFT,     decide,   false",
            "SUBMITTED, decide,   true",
            "DECIDED,   decide,   false",
            "SUBMITTED, decline,  true",
            "DECLINED,  decline,  false",
            "DRAFT,     withdraw, true",
            "SUBMITTED, withdraw, true",
            "DECIDED,   withdraw, false",
            "WITHDRAWN, withdraw, false",
            "DRAFT,     answer,   true",
            "SUBMITTED, answer,   false",
    })
    void each_step_opens_only_from_where_the_request_stands(AsnRequestStatus from, String step, boolean open) {
        AsnRequest r = at(from);
        Runnable move = switch (step) {
            case "submit" -> () -> r.submit(4L, 1, "senco.sc", NOW);
            case "decide" -> () -> r.decide(BigDecimal.TEN, "Reasons", "eso.sc", NOW, TODAY);
            case "decline" -> () -> r.decline("Reasons", "eso.sc", NOW, TODAY);
            case "withdraw" -> () -> r.withdraw("Reason", "senco.sc", NOW);
            default -> () -> r.answer(r.answers(), 4L, NOW);
        };
        if (open) {
            move.run();
        } else {
            assertThatThrownBy(move::run).isInstanceOf(TransitionException.class);
        }
    }

    @Test
    void decisions_and_withdrawals_need_reasons_and_decided_hours_stay_within_the_maximum() {
        assertThatThrownBy(() -> at(AsnRequestStatus.SUBMITTED).decline(" ", "eso.sc", NOW, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(AsnRequestStatus.DRAFT).withdraw("", "senco.sc", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(AsnRequestStatus.SUBMITTED).decide(new BigDecimal("25.5"), "Reasons", "eso.sc",
                NOW, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
