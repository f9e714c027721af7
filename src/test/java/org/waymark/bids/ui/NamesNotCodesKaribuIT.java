package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.BidScenarios;
import org.waymark.KaribuTest;
import org.waymark.allocations.ui.PupilAllocationsView;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.service.BidModerationService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/**
 * Issue 14 point 7: people by their names, levels by their names, the outcome in lists. The
 * Family SENCO agrees a bid at AFN low; the school, the parent and the ledger then show the
 * Family SENCO's display name (never the login name) and "AFN low" (never "AFN_LOW").
 */
class NamesNotCodesKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired BidModerationService family;
    @Autowired BidRepository bids;

    private long agreedAtAfnLow() {
        long bidId = scenarios.submittedAfn();
        login("family.senco");
        family.agree(bidId, bids.findById(bidId).orElseThrow().getVersion(), "AFN_LOW", new BigDecimal("3000"),
                "Evidence matches the AFN column in two themes");
        return bidId;
    }

    private String familySencoName() {
        String name = accounts.displayNames(List.of("family.senco")).get("family.senco");
        assertThat(name).isNotBlank().isNotEqualTo("family.senco");
        return name;
    }

    @Test
    void the_bid_history_names_the_family_senco_by_display_name_and_the_outcome_by_level_name() {
        long bidId = agreedAtAfnLow();
        login("senco");
        String name = familySencoName();
        UI.getCurrent().navigate(BidView.class, new RouteParameters("bidId", String.valueOf(bidId)));

        String history = _get(Section.class, spec -> spec.withId("bid-history")).getElement().getTextRecursively();
        assertThat(history).contains(name).doesNotContain("family.senco").doesNotContain("(senco)");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("bid-outcome")).getText())
                .contains("AFN low").contains("£3,000").doesNotContain("AFN_LOW");
    }

    @Test
    void the_bid_list_and_the_pupils_bids_show_the_outcome_not_only_the_status() {
        long bidId = agreedAtAfnLow();
        Bid bid = bids.findById(bidId).orElseThrow();
        for (String user : List.of("senco", "family.senco", "caseworker")) {
            login(user);
            UI.getCurrent().navigate(BidListView.class);
            var grid = _get(BidListView.class).grid;
            List<BidDirectory.BidRow> rows = GridKt._fetch(grid, 0, 1000);
            int row = 0;
            while (rows.get(row).bidId() != bidId) {
                row++;
            }
            assertThat(GridKt._getFormatted(grid, row, "outcome")).as(user).isEqualTo("AFN low, £3,000");
        }
        login("senco");
        UI.getCurrent().navigate(PupilBidsView.class, new RouteParameters("pupilId", String.valueOf(bid.getPupilId())));
        assertThat(_get(Span.class, spec -> spec.withId("bid-outcome-" + bidId)).getText())
                .isEqualTo("Decided: AFN low, £3,000");
    }

    @Test
    void the_pupils_ledger_names_the_level_and_whoever_acted_by_name() {
        long bidId = agreedAtAfnLow();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        login("senco");
        String name = familySencoName();
        UI.getCurrent().navigate(PupilAllocationsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));

        String page = _get(PupilAllocationsView.class).getElement().getTextRecursively();
        assertThat(page).contains("AFN low").doesNotContain("AFN_LOW").doesNotContain("AFN AFN");
        assertThat(page).contains(name).doesNotContain("family.senco");
    }

    @Test
    void in_welsh_levels_and_the_outcome_read_in_welsh() {
        long bidId = agreedAtAfnLow();
        login("senco");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("cy"));
        UI.getCurrent().navigate(BidView.class, new RouteParameters("bidId", String.valueOf(bidId)));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("bid-outcome")).getText())
                .isEqualTo("Penderfynwyd: AFN isel, £3,000");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }
}
