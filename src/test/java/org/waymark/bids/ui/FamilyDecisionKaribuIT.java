package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.BidScenarios;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.BidStep;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidService;
import org.waymark.notifications.service.NoticeService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/** The Family SENCO agrees, declines, returns or forwards submitted bids, always with a reason. */
class FamilyDecisionKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired BidService bidService;
    @Autowired BidModerationService familyService;
    @Autowired BidRepository bids;
    @Autowired NoticeService notices;

    private FamilyDecision open(long bidId) {
        UI.getCurrent().navigate(BidView.class, new RouteParameters("bidId", String.valueOf(bidId)));
        return _get(FamilyDecision.class);
    }


    @Test
    void an_afn_bid_is_agreed_at_a_level_with_an_amount_inside_its_band() {
        long bidId = scenarios.submittedAfn();
        long sencoBefore = notices.unreadCount();
        login("family.senco");
        FamilyDecision decision = open(bidId);
        decision.level.setValue(decision.level.getListDataView().getItems()
                .filter(l -> l.code().equals("AFN_LOW")).findFirst().orElseThrow());
        decision.amount.setValue(new BigDecimal("9000"));
        decision.reason.setValue("Evidence matches the AFN column in two themes");
        click("moderate-agree");
        Confirming.confirm("confirm-moderate-agree");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.SUBMITTED); // outside the band
        assertThat(decision.amount.isInvalid()).isTrue();

        decision.amount.setValue(new BigDecimal("3000"));
        click("moderate-agree");
        // asked first: what agreeing does, and who is told (the school's SENCO by name, never a login)
        String pupilName = bidService.open(bidId).pupilName();
        assertThat(Confirming.says("confirm-moderate-agree")).startsWith(pupilName + "’s bid is agreed at ")
                .contains("£3,000.00 a year").contains("cannot be undone");
        assertThat(Confirming.told("confirm-moderate-agree")).contains("Sam Whitfield (school SENCO)")
                .doesNotContain("senco,").doesNotContain("(senco)");
        int versionBefore = bids.findById(bidId).orElseThrow().getVersion();
        Confirming.cancel("confirm-moderate-agree");
        Bid untouched = bids.findById(bidId).orElseThrow();
        assertThat(untouched.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(untouched.getVersion()).isEqualTo(versionBefore);
        assertThat(untouched.getAgreedAmount()).isNull();

        click("moderate-agree");
        Confirming.confirm("confirm-moderate-agree");
        Bid agreed = bids.findById(bidId).orElseThrow();
        assertThat(agreed.getStatus()).isEqualTo(BidStatus.AGREED);
        assertThat(agreed.getAgreedLevel()).isEqualTo("AFN_LOW");
        assertThat(agreed.getAgreedAmount()).isEqualByComparingTo("3000");
        BidStep last = agreed.getSteps().getLast();
        assertThat(last.actor()).isEqualTo("family.senco");
        assertThat(last.note()).isEqualTo("Evidence matches the AFN column in two themes");
        assertThat(_get(Span.class, spec -> spec.withId("bid-status")).getText()).isEqualTo("Agreed by the family of schools");
        assertThat(_find(FamilyDecision.class)).isEmpty();

        login("senco");
        assertThat(notices.unreadCount()).isEqualTo(sencoBefore + 1);
    }

    @Test
    void a_return_needs_a_reason_and_gives_the_bid_back_to_the_school() {
        long bidId = scenarios.submittedAfn();
        login("family.senco");
        open(bidId);
        click("moderate-return");
        // no reason: said beside the field at once, nothing asked, nothing stored
        assertThat(Confirming.open("confirm-moderate-return")).isFalse();
        assertThat(_get(FamilyDecision.class).reason.isInvalid()).isTrue();
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.SUBMITTED);
        _get(FamilyDecision.class).reason.setValue("Please attach the speech and language report");
        click("moderate-return");
        assertThat(Confirming.says("confirm-moderate-return")).contains("goes back to Larkfield Primary School for more evidence");
        assertThat(Confirming.told("confirm-moderate-return")).contains("Sam Whitfield (school SENCO)");
        Confirming.cancel("confirm-moderate-return");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.SUBMITTED);
        click("moderate-return");
        Confirming.confirm("confirm-moderate-return");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.RETURNED);
        login("senco");
        assertThat(bidService.open(bidId).mayWrite()).isTrue();
    }

    @Test
    void an_hln_bid_is_countersigned_and_forwarded_not_agreed() {
        long bidId = scenarios.submittedHln();
        login("family.senco");
        int version = bids.findById(bidId).orElseThrow().getVersion();
        assertThatThrownBy(() -> familyService.agree(bidId, version, "AFN_LOW", new BigDecimal("3000"), "x"))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        open(bidId);
        assertThat(_find(Button.class, spec -> spec.withId("moderate-agree"))).isEmpty();
        _get(FamilyDecision.class).reason.setValue("The family agrees HLN 1 fits; medical needs all day");
        click("moderate-forward");
        assertThat(Confirming.says("confirm-moderate-forward")).contains("goes to the authority’s high-level needs panel");
        assertThat(Confirming.told("confirm-moderate-forward")).contains("Sam Whitfield (school SENCO)");
        Confirming.cancel("confirm-moderate-forward");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.SUBMITTED);
        click("moderate-forward");
        Confirming.confirm("confirm-moderate-forward");
        Bid forwarded = bids.findById(bidId).orElseThrow();
        assertThat(forwarded.getStatus()).isEqualTo(BidStatus.FORWARDED);
        assertThat(forwarded.getCountersignedBy()).isEqualTo("family.senco");
        assertThat(forwarded.getCountersignedAt()).isNotNull();
    }

    @Test
    void a_second_decision_on_the_same_bid_is_a_conflict_and_others_may_not_decide() {
        long bidId = scenarios.submittedAfn();
        int version = bids.findById(bidId).orElseThrow().getVersion();
        assertThatThrownBy(() -> familyService.decline(bidId, version, "not mine")) // the school's SENCO
                .isInstanceOf(AccessDeniedException.class);
        login("family.senco.cy"); // another authority's family
        assertThatThrownBy(() -> familyService.decline(bidId, version, "not mine"))
                .isInstanceOf(AccessDeniedException.class);
        login("family.senco");
        familyService.decline(bidId, version, "Needs are met from the notional budget");
        assertThatThrownBy(() -> familyService.returnForEvidence(bidId, version, "More please"))
                .isInstanceOf(ConflictException.class);
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.DECLINED);
    }
}
