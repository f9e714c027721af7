package org.waymark.bids.domain;

import org.waymark.base.domain.TransitionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The bid lifecycle: who may move it where, each step kept with who, when and why. */
class BidTest {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    static Bid draft(String level) {
        Bid bid = Bid.start(1, 2, 3L, 4, 5, null, "senco", T0);
        bid.chooseAreas(Set.of("CL"), T0);
        bid.recordChoices(List.of(new ThemeChoice("CL", "CL1", "AFN", "Reading age 6 at 9")), "AFN", T0);
        bid.askForLevel(level, null, HighNeedsRequest.NEW_APPLICATION, T0);
        return bid;
    }

    @Test
    void an_afn_bid_goes_from_draft_to_the_family_and_is_agreed_with_an_amount() {
        Bid bid = draft("AFN");
        bid.submit(new BigDecimal("6000"), "senco", T0.plusSeconds(60));
        bid.agree("AFN", new BigDecimal("3500"), "Evidence matches the AFN column", "family.senco", T0.plusSeconds(120));
        assertThat(bid.getStatus()).isEqualTo(BidStatus.AGREED);
        assertThat(bid.getAgreedAmount()).isEqualByComparingTo("3500");
        assertThat(bid.getThresholdAtSubmission()).isEqualByComparingTo("6000");
        assertThat(bid.getSteps()).extracting(BidStep::status, BidStep::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BidStatus.DRAFT, "senco"),
                org.assertj.core.groups.Tuple.tuple(BidStatus.SUBMITTED, "senco"),
                org.assertj.core.groups.Tuple.tuple(BidStatus.AGREED, "family.senco"));
        assertThat(bid.getSteps().getLast().note()).isEqualTo("Evidence matches the AFN column");
    }

    @Test
    void a_returned_bid_is_edited_and_resubmitted_but_a_submitted_one_is_frozen() {
        Bid bid = draft("AFN");
        bid.submit(new BigDecimal("6000"), "senco", T0);
        assertThatThrownBy(() -> bid.askForLevel("HLN1", "x", HighNeedsRequest.NEW_APPLICATION, T0)).isInstanceOf(TransitionException.class);
        bid.returnForEvidence("Attach the speech therapy report", "family.senco", T0);
        bid.askForLevel("AFN", null, HighNeedsRequest.NEW_APPLICATION, T0);
        bid.submit(new BigDecimal("6000"), "senco", T0);
        assertThat(bid.getStatus()).isEqualTo(BidStatus.SUBMITTED);
    }

    @Test
    void only_hln_bids_are_forwarded_countersigned_and_then_decided_and_appealed() {
        Bid afn = draft("AFN");
        afn.submit(BigDecimal.ZERO, "senco", T0);
        assertThatThrownBy(() -> afn.forwardToAuthority("fits HLN", "family.senco", T0))
                .isInstanceOf(TransitionException.class);

        Bid hln = draft("HLN1");
        hln.submit(BigDecimal.ZERO, "senco", T0);
        hln.forwardToAuthority("Family agrees HLN 1 fits", "family.senco", T0.plusSeconds(5));
        assertThat(hln.getCountersignedBy()).isEqualTo("family.senco");
        assertThat(hln.getCountersignedAt()).isEqualTo(T0.plusSeconds(5));
        hln.decide("HLN1", new BigDecimal("10987"), "Panel agrees", "panel.chair", T0);
        hln.appeal("Head asks for HLN 3", "head", T0);
        assertThat(hln.getStatus()).isEqualTo(BidStatus.APPEALED);
    }

    @Test
    void steps_need_a_reason_and_cannot_skip_ahead() {
        Bid bid = draft("AFN");
        assertThatThrownBy(() -> bid.agree("AFN", BigDecimal.ONE, "ok", "f", T0)).isInstanceOf(TransitionException.class);
        bid.submit(BigDecimal.ZERO, "senco", T0);
        assertThatThrownBy(() -> bid.decline(" ", "f", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bid.decide("HLN1", null, "x", "p", T0)).isInstanceOf(TransitionException.class);
    }

    @Test
    void dropping_an_area_drops_its_theme_choices() {
        Bid bid = draft("AFN");
        bid.recordChoices(List.of(new ThemeChoice("CL", "CL1", "AFN", "a"), new ThemeChoice("CI", "CI1", "CORE", "b")),
                "AFN", T0);
        bid.chooseAreas(Set.of("CI"), T0);
        assertThat(bid.getChoices()).extracting(ThemeChoice::themeCode).containsExactly("CI1");
        assertThat(bid.areaCodes()).containsExactly("CI");
    }
}
