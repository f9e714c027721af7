package org.waymark.panels.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.security.domain.Role;

class PanelMeetingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final PanelSeat CHAIR = new PanelSeat(1, "Morgan Tate", SeatCapacity.SENIOR_OFFICER, SeatRole.CHAIR);
    private static final PanelSeat HEAD = new PanelSeat(2, "Jo Pemberton", SeatCapacity.HEAD_TEACHER, SeatRole.MEMBER);
    private static final PanelSeat SENCO = new PanelSeat(3, "Alex Marsh", SeatCapacity.SENCO, SeatRole.MEMBER);

    private static PanelCase.Decision award(String reasons) {
        return new PanelCase.Decision(PanelOutcome.AWARDED, "HLN1", new BigDecimal("10987"),
                AllocationPeriod.KEY_STAGE, null, reasons);
    }

    private static PanelMeeting appeals(PanelSeat... seats) {
        return PanelMeeting.open(9, PanelKind.APPEALS, LocalDate.of(2026, 11, 27), List.of(seats), "cw", NOW);
    }

    @Test
    void a_case_is_decided_once_and_a_second_decision_is_a_conflict_naming_the_first() {
        PanelMeeting meeting = PanelMeeting.open(9, PanelKind.HLN_MAIN, LocalDate.of(2026, 11, 27), List.of(CHAIR),
                "cw", NOW);
        meeting.list(PanelCase.listed(CaseKind.NEW_BID, 5, 7, 11L, null, null), Set.of());
        meeting.list(PanelCase.listed(CaseKind.NEW_BID, 5, 7, 11L, null, null), Set.of());
        assertThat(meeting.getCases()).hasSize(1);
        meeting.decide(0, award("fits"), "chair", NOW);
        assertThatThrownBy(() -> meeting.decide(0, award("again"), "other", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("chair");
        meeting.close("cw", NOW);
        assertThatThrownBy(() -> meeting.seat(new MeetingSeat(4, "X", SeatCapacity.OFFICER, SeatRole.MEMBER), Set.of()))
                .isInstanceOf(TransitionException.class);
    }

    @Test
    void a_meeting_closes_only_when_every_case_is_decided() {
        PanelMeeting meeting = PanelMeeting.open(9, PanelKind.HLN_MAIN, LocalDate.of(2026, 11, 27), List.of(), "cw",
                NOW);
        meeting.list(PanelCase.listed(CaseKind.NEW_BID, 5, 7, 11L, null, null), Set.of());
        assertThatThrownBy(() -> meeting.close("cw", NOW)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly("panel.close.undecided"));
    }

    @Test
    void an_appeals_panel_refuses_anyone_who_took_part_in_the_decision() {
        PanelMeeting meeting = appeals(CHAIR, HEAD, SENCO);
        meeting.list(PanelCase.listed(CaseKind.APPEAL, 5, 7, 11L, null, 3L), Set.of(20L, 21L));
        assertThatThrownBy(() -> meeting.seat(new MeetingSeat(20, "Pat Greaves", SeatCapacity.OFFICER,
                SeatRole.MEMBER), Set.of(20L, 21L))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().getFirst().arguments()).containsExactly("Pat Greaves"));
        // and a case whose deciders sit here is not listed
        PanelMeeting withDecider = appeals(CHAIR, HEAD, SENCO);
        assertThatThrownBy(() -> withDecider.list(PanelCase.listed(CaseKind.APPEAL, 6, 7, 12L, null, 4L), Set.of(1L)))
                .isInstanceOf(ValidationException.class);
        assertThat(withDecider.getCases()).isEmpty();
    }

    @Test
    void an_appeals_panel_decides_only_with_a_senior_officer_a_head_teacher_and_a_senco() {
        PanelMeeting meeting = appeals(CHAIR, SENCO);
        meeting.list(PanelCase.listed(CaseKind.APPEAL, 5, 7, 11L, null, 3L), Set.of());
        assertThatThrownBy(() -> meeting.decide(0, award("fits"), "chair", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.arguments().getFirst()).containsExactly("enum.SeatCapacity.HEAD_TEACHER"));
        meeting.seat(MeetingSeat.of(HEAD), Set.of());
        meeting.decide(0, award("fits"), "chair", NOW);
        assertThat(meeting.getCases().getFirst().decided()).isTrue();
    }

    @Test
    void a_decision_gives_reasons_a_level_or_amount_and_a_period() {
        assertThat(PanelRules.decision(new PanelCase.Decision(PanelOutcome.AWARDED, null, null, null, null, " ")))
                .extracting(Violation::messageKey)
                .containsExactly("panel.decide.reasons", "panel.decide.levelOrAmount", "panel.decide.period");
        assertThat(PanelRules.decision(new PanelCase.Decision(PanelOutcome.AWARDED, null, new BigDecimal("7500"),
                AllocationPeriod.CUSTOM, null, "Variable amount for a new admission")))
                .extracting(Violation::messageKey).containsExactly("panel.decide.periodEnd");
        assertThat(PanelRules.decision(new PanelCase.Decision(PanelOutcome.DECLINED, null, null, null, null,
                "Descriptors at AFN only"))).isEmpty();
        assertThat(PanelRules.decision(new PanelCase.Decision(PanelOutcome.DECLINED, null, null, null, null,
                "x".repeat(4001)))).extracting(Violation::messageKey).containsExactly("panel.decide.reasonsLength");
    }

    @Test
    void seats_fit_the_account() {
        assertThat(SeatEligibility.fits(SeatCapacity.HEAD_TEACHER, Set.of(Role.HEAD_TEACHER))).isTrue();
        assertThat(SeatEligibility.fits(SeatCapacity.HEAD_TEACHER, Set.of(Role.SCHOOL_SENCO))).isFalse();
        assertThat(SeatEligibility.fits(SeatCapacity.SENCO, Set.of(Role.FAMILY_SENCO))).isTrue();
        assertThat(SeatEligibility.fits(SeatCapacity.SENIOR_OFFICER, Set.of(Role.LEAD_SEND_COORDINATOR))).isTrue();
        assertThat(SeatEligibility.fits(SeatCapacity.OFFICER, Set.of(Role.LA_ADMIN))).isFalse();
        assertThat(SeatEligibility.fits(SeatCapacity.OTHER, Set.of(Role.PARENT))).isFalse();
    }

    @Test
    void the_resubmission_panel_sits_with_the_main_panels_members() {
        assertThat(PanelKind.HLN_RESUBMISSION.membersFrom()).isEqualTo(PanelKind.HLN_MAIN);
        assertThatThrownBy(() -> Panel.create(9, PanelKind.HLN_RESUBMISSION)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_appeal_goes_through_the_family_before_it_is_listed() {
        AppealRequest appeal = AppealRequest.ask(9, 11, 5, 7, 3L, 40, "Grounds", "head", NOW);
        assertThatThrownBy(() -> appeal.listedAt(50)).isInstanceOf(TransitionException.class);
        appeal.familyResponds(true, "We support it", "family.senco", NOW);
        assertThatThrownBy(() -> appeal.familyResponds(false, "changed our mind", "family.senco", NOW))
                .isInstanceOf(TransitionException.class);
        appeal.listedAt(50);
        appeal.heard();
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.HEARD);
        AppealRequest refused = AppealRequest.ask(9, 12, 5, 7, 3L, 40, "Grounds", "head", NOW);
        refused.familyResponds(false, "Evidence was weighed", "family.senco", NOW);
        assertThatThrownBy(() -> refused.listedAt(50)).isInstanceOf(TransitionException.class);
    }

    @Test
    void a_letter_is_due_ten_working_days_after_the_meeting_and_overdue_after() {
        var calendar = org.waymark.organisation.domain.CalendarFixtures.england();
        // a meeting on 14 December 2026: Christmas Day and the substitute Boxing Day do not count
        DecisionLetter letter = DecisionLetter.owed(9, 1, 0, 5, 7, "en", LocalDate.of(2026, 12, 14), calendar);
        assertThat(letter.getDueBy()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(letter.overdue(LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(letter.overdue(LocalDate.of(2026, 12, 31))).isTrue();
        letter.generated("f1f0c7a2-0000-4000-8000-000000000000", "en", NOW);
        letter.sent(LocalDate.of(2026, 12, 29), "cw");
        assertThat(letter.overdue(LocalDate.of(2027, 1, 10))).isFalse();
    }
}
