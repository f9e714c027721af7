package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.Violation;

/** The order of a disagreement's steps, as a table; what a concern and a step must give; the aggregate follows the table. */
class DisagreementRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    @ParameterizedTest(name = "{0} → {1} (hearing dated {2}): {3}")
    @CsvSource({
            "LOGGED,             INFORMAL,           false, true",
            "LOGGED,             RESOLUTION_SERVICE, false, false",
            "LOGGED,             TRIBUNAL,           false, false",
            "LOGGED,             CLOSED,             false, false",
            "INFORMAL,           RESOLUTION_SERVICE, false, true",
            "INFORMAL,           TRIBUNAL,           false, true",
            "INFORMAL,           CLOSED,             false, true",
            "INFORMAL,           LOGGED,             false, false",
            "INFORMAL,           INFORMAL,           false, false",
            "RESOLUTION_SERVICE, TRIBUNAL,           false, true",
            "RESOLUTION_SERVICE, CLOSED,             false, true",
            "RESOLUTION_SERVICE, INFORMAL,           false, false",
            "TRIBUNAL,           CLOSED,             true,  true",
            "TRIBUNAL,           CLOSED,             false, false",
            "TRIBUNAL,           RESOLUTION_SERVICE, true,  false",
            "TRIBUNAL,           INFORMAL,           true,  false",
            "CLOSED,             INFORMAL,           true,  false",
            "CLOSED,             TRIBUNAL,           true,  false",
    })
    void steps_go_forward_in_this_order(DisagreementStatus from, DisagreementStatus to, boolean hearingDated,
                                        boolean allowed) {
        assertThat(DisagreementRules.allowed(from, to, hearingDated)).isEqualTo(allowed);
    }

    private static List<String> keys(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.messageKey()).toList();
    }

    @Test
    void a_concern_needs_what_it_is_about_a_date_not_ahead_and_the_concern() {
        assertThat(keys(DisagreementRules.check(new DisagreementRules.ConcernInput(null, null, " "), TODAY)))
                .containsExactly("topic:aln.dis.topic.required", "raisedOn:aln.dis.date.required",
                        "concern:aln.dis.concern.required");
        assertThat(keys(DisagreementRules.check(new DisagreementRules.ConcernInput(DisagreementTopic.IDP,
                TODAY.plusDays(1), "x".repeat(DisagreementRules.MAX_CONCERN + 1)), TODAY)))
                .containsExactly("raisedOn:aln.date.future", "concern:aln.text.tooLong");
        assertThat(DisagreementRules.check(new DisagreementRules.ConcernInput(DisagreementTopic.ALN_DECISION, TODAY,
                "The school says no ALN; we disagree."), TODAY)).isEmpty();
    }

    @Test
    void a_step_is_dated_within_its_bounds_with_an_outcome() {
        LocalDate since = TODAY.minusDays(10);
        assertThat(keys(DisagreementRules.checkStep(DisagreementStatus.INFORMAL, DisagreementStatus.RESOLUTION_SERVICE,
                false, since.minusDays(1), since, "", TODAY)))
                .containsExactly("on:aln.dis.date.beforeStep", "outcome:aln.dis.outcome.required");
        assertThat(keys(DisagreementRules.checkStep(DisagreementStatus.TRIBUNAL, DisagreementStatus.CLOSED, false,
                TODAY.plusDays(1), since, "Upheld", TODAY)))
                .containsExactly("step:aln.dis.step.hearingFirst", "on:aln.date.future");
        assertThat(DisagreementRules.checkStep(DisagreementStatus.INFORMAL, DisagreementStatus.TRIBUNAL, false, TODAY,
                since, "Not resolved", TODAY)).isEmpty();
        assertThat(keys(DisagreementRules.checkHearing(DisagreementStatus.TRIBUNAL, since.minusDays(1), since)))
                .containsExactly("hearingOn:aln.dis.date.beforeStep");
        // a hearing may be ahead
        assertThat(DisagreementRules.checkHearing(DisagreementStatus.TRIBUNAL, TODAY.plusDays(40), since)).isEmpty();
    }

    @Test
    void the_aggregate_records_each_step_with_its_date_and_outcome() {
        AlnDisagreement d = AlnDisagreement.log(1, 2, 3, DisagreementSource.PARENT, DisagreementTopic.IDP,
                TODAY.minusDays(30), " Too few hours in the plan. ", "parent.cy", Instant.parse("2026-10-19T09:00:00Z"));
        assertThat(d.getConcern()).isEqualTo("Too few hours in the plan.");
        // no step before a liaison officer is assigned
        assertThatThrownBy(() -> d.step(DisagreementStatus.CLOSED, TODAY, "x")).isInstanceOf(TransitionException.class);
        d.assign("caseworker.cy", TODAY.minusDays(28));
        assertThat(d.getStatus()).isEqualTo(DisagreementStatus.INFORMAL);
        assertThat(d.getInformalOn()).isEqualTo(TODAY.minusDays(28));
        d.step(DisagreementStatus.RESOLUTION_SERVICE, TODAY.minusDays(20), "Not resolved at the meeting");
        d.step(DisagreementStatus.TRIBUNAL, TODAY.minusDays(5), "No agreement");
        assertThatThrownBy(() -> d.step(DisagreementStatus.CLOSED, TODAY, "Upheld"))
                .isInstanceOf(TransitionException.class);
        d.hearing(TODAY.plusDays(30));
        d.step(DisagreementStatus.CLOSED, TODAY, "Appeal upheld: the IDP to add speech therapy");
        assertThat(List.of(d.getInformalOutcome(), d.getServiceOutcome(), d.getTribunalOutcome())).containsExactly(
                "Not resolved at the meeting", "No agreement", "Appeal upheld: the IDP to add speech therapy");
        assertThat(d.getClosedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> d.assign("lead.send.cy", TODAY)).isInstanceOf(TransitionException.class);
    }
}
