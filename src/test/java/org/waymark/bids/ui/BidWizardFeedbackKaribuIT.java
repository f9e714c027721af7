package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.bids.domain.BidRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/**
 * The bid wizard tells the truth: a step refused says why beside its field and shows no success;
 * the next success clears the refusal and says what happened; the final check leads to the step
 * that puts each problem right; a refused upload shows the reason and no tick.
 */
class BidWizardFeedbackKaribuIT extends KaribuTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired DemoPupils demo;
    @Autowired BidRepository bids;

    private String step() {
        return _get(Span.class, spec -> spec.withId("bid-step")).getText();
    }

    private BidWizardView startBid() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        login("senco");
        UI.getCurrent().navigate(PupilBidsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        click("start-bid");
        return _get(BidWizardView.class);
    }

    @Test
    void a_bid_with_no_area_is_refused_at_its_step_and_the_next_save_clears_the_refusal() {
        BidWizardView wizard = startBid();
        click("bid-next");
        assertThat(step()).startsWith("Step 1 of 7");
        assertThat(wizard.areas().isInvalid()).isTrue();
        assertThat(wizard.areas().getErrorMessage()).isEqualTo("Choose at least one area of need.");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");

        Set<String> wanted = Set.of("CL");
        wizard.areas().setValue(wizard.areas().getListDataView().getItems().filter(a -> wanted.contains(a.code()))
                .collect(Collectors.toSet()));
        click("bid-next");
        assertThat(step()).startsWith("Step 2 of 7");
        assertThat(OpenNotices.texts()).containsExactly("Draft saved");
    }

    @Test
    void each_problem_on_the_final_check_leads_to_the_step_that_puts_it_right() {
        BidWizardView wizard = startBid();
        Set<String> wanted = Set.of("CL");
        wizard.areas().setValue(wizard.areas().getListDataView().getItems().filter(a -> wanted.contains(a.code()))
                .collect(Collectors.toSet()));
        click("bid-next");
        wizard.go(BidWizardView.STEPS.size() - 1, false);
        assertThat(step()).startsWith("Step 7 of 7");
        Div errors = _get(Div.class, spec -> spec.withId("bid-errors"));
        List<Button> links = _find(errors, Button.class);
        // key themes not chosen (one link each), no level: each leads to its step
        assertThat(links).extracting(Button::getText).containsOnly("Go to step 2: Key themes and evidence",
                "Go to step 4: Level asked for");
        assertThat(links).hasSize(_find(errors, com.vaadin.flow.component.html.ListItem.class).size());
        Button toLevel = links.stream().filter(b -> b.getText().startsWith("Go to step 4")).findFirst().orElseThrow();
        _click(toLevel);
        assertThat(step()).startsWith("Step 4 of 7");
    }

    @Test
    void a_refused_upload_shows_the_reason_and_no_tick_and_a_good_one_clears_it() {
        BidWizardView wizard = startBid();
        wizard.go(BidWizardView.STEPS.indexOf("attachments"), false);
        AttachmentsPanel panel = _get(AttachmentsPanel.class);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        byte[] program = new byte[128];
        program[0] = 'M';
        program[1] = 'Z';
        panel.receive("homework.pdf", program);
        // the refused file leaves the upload's list, so no tick stands beside it (read before any lookup, which sends them)
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .extracting(i -> i.getInvocation().getExpression()).anyMatch(js -> js.contains("this.files = [];"));
        assertThat(panel.errorText()).startsWith("homework.pdf was not attached.");
        assertThat(_get(Div.class, spec -> spec.withId("attachment-error")).isVisible()).isTrue();
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).singleElement().asString().startsWith("homework.pdf was not attached.");

        panel.receive("report.pdf", PDF);
        assertThat(panel.errorText()).isEmpty();
        assertThat(OpenNotices.texts()).containsExactly("report.pdf is attached");
    }
}
