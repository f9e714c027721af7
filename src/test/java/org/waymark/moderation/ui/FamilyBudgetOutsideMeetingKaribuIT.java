package org.waymark.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.BidScenarios;
import org.waymark.KaribuTest;
import org.waymark.SignIn;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.bids.service.BidModerationService;
import org.waymark.home.ui.HomeView;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.service.FamilyMoneyService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The family budget is shown outside meetings too: on the Family SENCO's home and the list of meetings. */
class FamilyBudgetOutsideMeetingKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired BidModerationService family;
    @Autowired FamilyMoneyService familyMoney;

    private static String text(String id) {
        Div panel = _get(Div.class, spec -> spec.withId("family-budget"));
        return _get(panel, Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String afnLine(BudgetPosition.Stream s) {
        return "AFN: budget " + Money.pounds(s.budget()) + ", allocated so far " + Money.pounds(s.allocated())
                + ", remaining " + Money.pounds(s.remaining());
    }

    @Test
    void an_afn_agreed_outside_a_meeting_shows_on_the_home_and_the_meeting_list() {
        login("family.senco");
        BudgetPosition before = familyMoney.budgetOfMyFamily().position();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(_get(Div.class, spec -> spec.withId("family-budget")), H3.class).getText())
                .isEqualTo("Family budget " + Dates.financialYearLabel(Dates.financialYearOf(today())));
        assertThat(text("budget-afn")).isEqualTo(afnLine(before.afn()));
        assertThat(text("budget-contingency")).isEqualTo("Contingency kept: " + Money.pounds(before.contingency()));

        long bidId = scenarios.submittedAfn();
        SignIn.as(accounts, "family.senco");
        family.agree(bidId, family.versionForDecision(bidId), "AFN_MEDIUM", new BigDecimal("4500"), "Fits AFN");

        login("family.senco");
        UI.getCurrent().navigate(HomeView.class);
        BudgetPosition.Stream afn = before.afn();
        BudgetPosition.Stream after = new BudgetPosition.Stream(afn.budget(), afn.allocated().add(new BigDecimal("4500")),
                BigDecimal.ZERO);
        assertThat(text("budget-afn")).isEqualTo(afnLine(after));
        assertThat(text("budget-available")).isEqualTo("Available beyond the contingency: "
                + Money.pounds(before.availableBeyondContingency().subtract(new BigDecimal("4500"))));

        UI.getCurrent().navigate(ModerationListView.class);
        assertThat(text("budget-afn")).isEqualTo(afnLine(after));
    }

    @Test
    void a_school_senco_home_has_no_family_budget() {
        login("senco");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Div.class, spec -> spec.withId("family-budget"))).isEmpty();
    }
}
