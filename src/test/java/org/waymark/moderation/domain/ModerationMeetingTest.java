package org.waymark.moderation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.TransitionException;

/** A meeting's cases are decided once, FNF money is recorded, and closing freezes it. */
class ModerationMeetingTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    static ModerationMeeting meeting() {
        return ModerationMeeting.open(7, 1, 2026, LocalDate.of(2026, 11, 24),
                List.of(MeetingCase.bid(101, 11), MeetingCase.bid(102, 12), MeetingCase.hlnCheck(103, 5L, "HLN1")),
                "family.senco", NOW);
    }

    @Test
    void decisions_commit_afn_and_fnf_is_recorded_separately() {
        ModerationMeeting m = meeting();
        m.addAttendee(new Attendee("Sam Whitfield", "SENCO, Larkfield Primary School"));
        m.decide(0, CaseOutcome.AGREED, "AFN_LOW", new BigDecimal("3000"), "Fits AFN", "family.senco", NOW);
        m.decide(1, CaseOutcome.DECLINED, null, null, "Met from the notional budget", "family.senco", NOW);
        m.decide(2, CaseOutcome.LEVEL_CONFIRMED, null, null, "HLN 1 still fits", "family.senco", NOW);
        m.allocateFnf(new FnfAllocation(FnfPurpose.TRAINING, new BigDecimal("1200"), "Autism training for TAs",
                "family.senco", NOW));
        assertThat(m.committedAfn()).isEqualByComparingTo("3000");
        assertThat(m.committedFnf()).isEqualByComparingTo("1200");
        assertThat(m.getCases().get(2).level()).isEqualTo("HLN1");
        assertThat(m.indexOfBid(12)).isEqualTo(1);
        assertThat(m.indexOfBid(99)).isEqualTo(-1);
    }

    @Test
    void a_second_decision_on_a_case_is_a_conflict_naming_the_first() {
        ModerationMeeting m = meeting();
        m.decide(0, CaseOutcome.AGREED, "AFN_LOW", new BigDecimal("3000"), "Fits AFN", "family.senco", NOW);
        assertThatThrownBy(() -> m.decide(0, CaseOutcome.DECLINED, null, null, "No", "head", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("family.senco").hasMessageContaining("AGREED");
        assertThat(m.getCases().getFirst().outcome()).isEqualTo(CaseOutcome.AGREED);
    }

    @Test
    void a_closed_meeting_takes_no_more_decisions_and_reasons_are_required() {
        ModerationMeeting m = meeting();
        assertThatThrownBy(() -> m.decide(0, CaseOutcome.DECLINED, null, null, " ", "f", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.allocateFnf(new FnfAllocation(FnfPurpose.TRAINING, BigDecimal.ZERO, "x", "f", NOW)))
                .isInstanceOf(IllegalArgumentException.class);
        m.close("family.senco", NOW);
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThatThrownBy(() -> m.decide(1, CaseOutcome.DECLINED, null, null, "late", "f", NOW))
                .isInstanceOf(TransitionException.class);
        assertThatThrownBy(() -> m.addAttendee(new Attendee("x", "y"))).isInstanceOf(TransitionException.class);
    }
}
