package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.Confirming;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.notifications.service.NoticeService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;

/** A school SENCO walks the bid wizard for an AFN and an HLN bid; others are refused. */
class BidWizardKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired BidService bidService;
    @Autowired BidWizardService wizardService;
    @Autowired BidRepository bids;
    @Autowired NoticeService notices;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


    private String step() {
        return _get(Span.class, spec -> spec.withId("bid-step")).getText();
    }

    /** Opens the pupil's bids as the school's SENCO and starts a bid: the wizard opens on step 1. */
    private BidWizardView startBid(long pupilId) {
        login("senco");
        UI.getCurrent().navigate(PupilBidsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        click("start-bid");
        BidWizardView wizard = _get(BidWizardView.class);
        assertThat(step()).isEqualTo("Step 1 of 7: Areas of need");
        return wizard;
    }

    private void chooseAreas(BidWizardView wizard, String... codes) {
        Set<String> wanted = Set.of(codes);
        wizard.areas().setValue(wizard.areas().getListDataView().getItems().filter(a -> wanted.contains(a.code()))
                .collect(Collectors.toSet()));
        click("bid-next");
    }

    private void chooseAll(BidWizardView wizard, String column) {
        wizard.columns().forEach((theme, group) -> {
            group.setValue(column);
            wizard.evidence().get(theme).setValue("Seen over the last two terms for " + theme);
        });
    }

    private void fund(BidWizardView wizard, String amount) {
        wizard.funded().addRow(new FundedRow(null, () -> { }));
        FundedRow row = wizard.funded().rows().getLast();
        row.description.setValue("Daily small-group teaching with a teaching assistant");
        row.cost.setValue(new BigDecimal(amount));
        click("bid-next");
    }

    @Test
    void an_afn_bid_is_walked_through_and_submitted_to_the_family() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        login("family.senco");
        long familyBefore = notices.unreadCount();
        BidWizardView wizard = startBid(pupilId);
        Bid started = bids.findByPupilIdOrderByCreatedAtDesc(pupilId).getFirst();
        assertThat(started.getStatus()).isEqualTo(BidStatus.DRAFT);

        chooseAreas(wizard, "CL");
        assertThat(step()).isEqualTo("Step 2 of 7: Key themes and evidence");
        // every column of the area is offered side by side, with its descriptor
        assertThat(wizard.columns().get("CL1").getListDataView().getItems().toList())
                .containsExactly("CORE", "AFN", "HLN1", "HLN3");
        // a theme without evidence is caught when saving the step
        chooseAll(wizard, "AFN");
        wizard.evidence().get("CL2").setValue("");
        click("bid-next");
        assertThat(step()).startsWith("Step 3 of 7");
        assertThat(bids.findById(started.getId()).orElseThrow().getChoices()).hasSize(4);

        assertThat(_get(Paragraph.class, spec -> spec.withId("bid-threshold")).getText()).contains("£6,000");
        fund(wizard, "1");
        assertThat(step()).startsWith("Step 4 of 7");
        @SuppressWarnings("unchecked")
        Select<String> level = _get(Select.class, spec -> spec.withId("bid-level"));
        assertThat(level.getValue()).isEqualTo("AFN");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bid-proposal")).getText())
                .startsWith("AFN (additional family needs) proposed: in Cognition and learning, 4 of the 4 key themes");
        click("bid-next");
        click("bid-next"); // attachments: none needed for AFN
        wizard.parentViews().setValue("We would like her to read to her little brother.");
        wizard.childViews().setValue("I like the reading group.");
        click("bid-next");
        assertThat(step()).isEqualTo("Step 7 of 7: Check and submit");

        // £1 shown is short of the threshold, and CL2 has no evidence: no submission
        String errors = _get(Div.class, spec -> spec.withId("bid-errors")).getElement().getTextRecursively();
        assertThat(errors).contains("Show at least £").contains("the support listed costs £1")
                .contains("Write the school’s evidence for key theme CL2");
        assertThat(_get(Button.class, spec -> spec.withId("bid-submit")).isEnabled()).isFalse();

        click("bid-back");
        click("bid-back");
        click("bid-back");
        click("bid-back");
        wizard.funded().rows().getFirst().cost.setValue(new BigDecimal("6200"));
        click("bid-next");
        click("bid-next");
        click("bid-next");
        click("bid-next");
        click("bid-back"); // to views … and further back to the themes to add the missing evidence
        click("bid-back");
        click("bid-back");
        click("bid-back");
        click("bid-back");
        wizard.evidence().get("CL2").setValue("Needs an adult to begin every number task");
        for (int i = 0; i < 5; i++) {
            click("bid-next");
        }
        assertThat(_find(Div.class, spec -> spec.withId("bid-errors"))).isEmpty();
        // submitting asks first: where the bid goes and who is told, by name and role
        click("bid-submit");
        assertThat(Confirming.open("confirm-submit")).isTrue();
        String pupilName = bidService.open(started.getId()).pupilName();
        assertThat(Confirming.says("confirm-submit")).isEqualTo("The bid for " + pupilName
                + " goes to Ashbourne Vale Family for moderation. You will not be able to change it afterwards"
                + " unless the family returns it to you.");
        assertThat(Confirming.told("confirm-submit")).contains("Alex Marsh (Family SENCO)").endsWith("will be told.")
                .doesNotContain("family.senco");
        assertThat(Confirming.button("confirm-submit")).isEqualTo("Submit to the family");
        // Cancel changes nothing
        int versionBefore = bids.findById(started.getId()).orElseThrow().getVersion();
        Confirming.cancel("confirm-submit");
        assertThat(Confirming.open("confirm-submit")).isFalse();
        Bid still = bids.findById(started.getId()).orElseThrow();
        assertThat(still.getStatus()).isEqualTo(BidStatus.DRAFT);
        assertThat(still.getVersion()).isEqualTo(versionBefore);
        _get(BidWizardView.class);

        click("bid-submit");
        Confirming.confirm("confirm-submit");

        _get(BidView.class);
        Bid submitted = bids.findById(started.getId()).orElseThrow();
        assertThat(submitted.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(submitted.getLevelAsked()).isEqualTo("AFN");
        // the full £6,000, or less pro rata when the pupil joined during the year
        assertThat(submitted.getThresholdAtSubmission()).isPositive().isLessThanOrEqualTo(new BigDecimal("6000"));
        assertThat(_get(Span.class, spec -> spec.withId("bid-status")).getText()).isEqualTo("Submitted to the family of schools");
        assertThat(demo.auditCount("senco", "SUBMIT_BID", pupilId, "ALLOWED")).isEqualTo(1);

        login("family.senco");
        assertThat(notices.unreadCount()).isEqualTo(familyBefore + 1);
        assertThat(bidService.list(org.waymark.bids.domain.BidFilter.none(), 0, 50))
                .anyMatch(r -> r.bidId() == submitted.getId());
    }

    @Test
    void an_hln_medical_bid_needs_the_health_care_plan_before_it_can_go() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        BidWizardView wizard = startBid(pupilId);
        chooseAreas(wizard, "SMP");
        assertThat(wizard.columns().get("SMP1").getListDataView().getItems().toList())
                .containsExactly("CORE", "AFN", "HLN1");
        chooseAll(wizard, "HLN1");
        click("bid-next");
        fund(wizard, "6000");
        @SuppressWarnings("unchecked")
        Select<String> level = _get(Select.class, spec -> spec.withId("bid-level"));
        assertThat(level.getValue()).isEqualTo("HLN1");
        click("bid-next");
        click("bid-next");
        click("bid-next");
        String errors = _get(Div.class, spec -> spec.withId("bid-errors")).getElement().getTextRecursively();
        assertThat(errors).contains("A medical high-needs bid must attach the pupil’s current health care plan.");

        click("bid-back");
        click("bid-back"); // attachments
        @SuppressWarnings("unchecked")
        Select<AttachmentKind> kind = _get(Select.class, spec -> spec.withId("attachment-kind"));
        kind.setValue(AttachmentKind.HEALTH_CARE_PLAN);
        _get(AttachmentsPanel.class).receive("Health care plan.pdf", PDF);
        click("bid-next");
        click("bid-next");
        assertThat(_find(Div.class, spec -> spec.withId("bid-errors"))).isEmpty();
        click("bid-submit");
        Confirming.confirm("confirm-submit");
        Bid bid = bids.findByPupilIdOrderByCreatedAtDesc(pupilId).getFirst();
        assertThat(bid.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(bid.getLevelAsked()).isEqualTo("HLN1");
    }

    @Test
    void a_different_level_needs_a_reason_and_behaviour_needs_warn_about_the_partnership() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        BidWizardView wizard = startBid(pupilId);
        chooseAreas(wizard, "BES");
        chooseAll(wizard, "AFN");
        click("bid-next");
        fund(wizard, "6000");
        wizard.level().setValue("HLN3");
        click("bid-next");
        assertThat(step()).startsWith("Step 5 of 7");
        click("bid-next");
        click("bid-next");
        String errors = _get(Div.class, spec -> spec.withId("bid-errors")).getElement().getTextRecursively();
        assertThat(errors).contains("You are asking for a different level from the one the portal proposes");
        String warnings = _get(Div.class, spec -> spec.withId("bid-warnings")).getElement().getTextRecursively();
        assertThat(warnings).contains("ask the behaviour partnership for support before bidding");
    }

    @Test
    void a_column_with_no_descriptor_for_a_theme_is_shown_as_such_and_cannot_be_its_best_fit() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        BidWizardView wizard = startBid(pupilId);
        long bidId = bids.findByPupilIdOrderByCreatedAtDesc(pupilId).getFirst().getId();
        chooseAreas(wizard, "ANX");
        // the bundled framework has no descriptor for "Joining in with others" at HLN 3
        RadioButtonGroup<String> joining = wizard.columns().get("ANX3");
        assertThat(joining.getListDataView().getItems().toList()).containsExactly("CORE", "AFN", "HLN1", "HLN3");
        assertThat(joining.getItemEnabledProvider().test("HLN3")).isFalse();
        assertThat(joining.getItemEnabledProvider().test("HLN1")).isTrue();
        assertThat(wizard.columns().get("ANX2").getItemEnabledProvider().test("HLN3")).isTrue();
        assertThat(joining.getElement().getTextRecursively()).contains("No descriptor at this level")
                .doesNotContain("Withdraws from almost all contact");
        assertThat(wizard.columns().get("ANX2").getElement().getTextRecursively())
                .doesNotContain("No descriptor at this level");

        // a stale choice of that column is refused with a message beside the theme, and nothing is saved
        chooseAll(wizard, "HLN3");
        click("bid-next");
        assertThat(step()).startsWith("Step 2 of 7");
        assertThat(wizard.evidence().get("ANX3").getErrorMessage())
                .isEqualTo("The framework has no descriptor for “Joining in with others” at the column chosen: "
                        + "choose a column that describes the pupil.");
        assertThat(bids.findById(bidId).orElseThrow().getChoices()).isEmpty();

        // the theme placed at HLN 1 while the others are at HLN 3: the proposal still works
        joining.setValue("HLN1");
        click("bid-next");
        assertThat(step()).startsWith("Step 3 of 7");
        assertThat(bids.findById(bidId).orElseThrow().getLevelProposed()).isEqualTo("HLN3");
    }

    @Test
    void others_are_refused_the_bid_and_the_wizard() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        startBid(pupilId);
        long bidId = bids.findByPupilIdOrderByCreatedAtDesc(pupilId).getFirst().getId();
        RouteParameters bid = new RouteParameters("bidId", String.valueOf(bidId));

        login("senco.cy"); // another authority's school, in a Welsh county: no top-up screens at all
        UI.getCurrent().navigate(BidView.class, bid);
        _get(AccessRefusedView.class);
        // and the service refuses the bid itself, whatever the screen, audited against the pupil
        long deniedBefore = demo.auditCount("senco.cy", "READ_BID", pupilId, "DENIED");
        assertThatThrownBy(() -> bidService.open(bidId)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco.cy", "READ_BID", pupilId, "DENIED")).isEqualTo(deniedBefore + 1);
        assertThatThrownBy(() -> wizardService.saveAreas(bidId, 0, Set.of("CL"))).isInstanceOf(AccessDeniedException.class);

        login("family.senco"); // the family sees bids once submitted, not drafts
        assertThatThrownBy(() -> bidService.open(bidId)).isInstanceOf(AccessDeniedException.class);

        login("parent"); // not this child's parent
        assertThatThrownBy(() -> bidService.open(bidId)).isInstanceOf(AccessDeniedException.class);

        login("head"); // reads the school's bid, may not fill it in
        UI.getCurrent().navigate(BidView.class, bid);
        assertThat(_find(Button.class, spec -> spec.withId("edit-bid"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate(BidWizardView.class, bid))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_parent_sees_where_their_childs_bid_stands() {
        long child = demo.childOf("parent");
        login("senco");
        long bidId = wizardService.start(child);
        login("parent");
        UI.getCurrent().navigate(org.waymark.home.ui.HomeView.class);
        assertThat(org.waymark.ScreenText.select(".wm-holding-status"))
                .extracting(org.jsoup.nodes.Element::text).contains("latest: Draft (with the school)");
        UI.getCurrent().navigate(PupilBidsView.class, new RouteParameters("pupilId", String.valueOf(child)));
        assertThat(_find(Button.class, spec -> spec.withId("start-bid"))).isEmpty();
        UI.getCurrent().navigate(BidView.class, new RouteParameters("bidId", String.valueOf(bidId)));
        assertThat(_get(Span.class, spec -> spec.withId("bid-status")).getText()).isEqualTo("Draft (with the school)");
        assertThatThrownBy(() -> wizardService.saveViews(bidId, 0, "x", "y", null, ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_academy_that_opted_out_of_the_family_scheme_cannot_start_a_bid() {
        long pupilId = demo.pupilWithoutBids("Hollowmere Academy");
        login("senco.optedout");
        long before = bids.count();
        UI.getCurrent().navigate(PupilBidsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        click("start-bid");
        assertThat(bids.count()).isEqualTo(before);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).extracting(
                n -> n.getElement().getProperty("text"))
                .contains("This academy has opted out of the family scheme, so it cannot bid to the family.");
    }

    @Test
    void a_pupil_another_authority_is_responsible_for_is_flagged_for_recoupment() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE pupil SET home_authority = '331' WHERE id = :id")
                .param("id", pupilId).update();
        login("senco");
        long bidId = wizardService.start(pupilId);
        var details = bidService.open(bidId);
        assertThat(details.bid().getRecoupFrom()).isEqualTo("Coventry");
        assertThat(details.check().warnings()).extracting(org.waymark.base.domain.Violation::messageKey)
                .contains("bid.rule.recoupment");
        UI.getCurrent().navigate(BidListView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(_get(BidListView.class).grid, 0, 1000))
                .anyMatch(r -> r.bidId() == bidId && r.recoupment());
    }
}
