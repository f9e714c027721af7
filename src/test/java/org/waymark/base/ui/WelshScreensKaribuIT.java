package org.waymark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.home.ui.HomeView;
import org.waymark.pupils.ui.PupilDetailsView;
import org.waymark.pupils.ui.PupilListView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;

/**
 * No English is left on a Welsh screen: every text, label, placeholder and helper text of the
 * rendered pages is compared with the English bundle; any English text whose Welsh differs
 * must not appear.
 */
class WelshScreensKaribuIT extends KaribuTest {

    private static final List<String> TEXT_PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "accessibleName", "emptyStateText", "header");

    @Autowired DemoPupils demo;

    private Set<String> englishOnly;

    @BeforeEach
    void englishOnlyTexts() throws IOException {
        Properties english = TranslationsTest.load("translations.properties");
        Properties welsh = TranslationsTest.load("translations_cy.properties");
        englishOnly = new HashSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (!en.equals(welsh.getProperty(key)) && !en.contains("{") && en.length() > 2) {
                englishOnly.add(en);
            }
        }
        // language names are shown in their own language on purpose (the switch says "English",
        // and "Cymraeg" is Welsh for Welsh)
        englishOnly.remove("English");
        englishOnly.remove("Cymraeg");
    }

    /** Opens a page by its address, and makes sure it opened: a refusal page would pass for Welsh. */
    private static void open(String route) {
        UI.getCurrent().navigate(route);
        assertThat(_find(AccessRefusedView.class)).as("refused: " + route).isEmpty();
        assertThat(_find(RecordNotFoundView.class)).as("not found: " + route).isEmpty();
    }

    /** Walks every component Karibu can reach from the UI (dialogs and overlays included). */
    private List<String> englishOnScreen() {
        List<String> found = new ArrayList<>();
        for (Component component : _find(Component.class)) {
            collect(component.getElement(), found);
            if (component instanceof com.vaadin.flow.component.Html markup) {
                // parts written as markup in one element (DD025): their texts and labels are in its HTML
                for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(markup.getInnerHtml()).getAllElements()) {
                    check(e.ownText(), found);
                    for (String property : TEXT_PROPERTIES) {
                        check(e.attr(property), found);
                    }
                    check(e.attr("aria-label"), found);
                }
            }
        }
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getColumns().forEach(c -> check(c.getHeaderText(), found));
        }
        return found;
    }

    private void collect(Element element, List<String> found) {
        check(element.getText(), found);
        for (String property : TEXT_PROPERTIES) {
            check(element.getProperty(property), found);
            check(element.getAttribute(property), found);
        }
        check(element.getAttribute("aria-label"), found);
        // plain text nodes and virtual children hang below the component's element
        element.getChildren().filter(Element::isTextNode).forEach(text -> check(text.getText(), found));
    }

    private void check(String text, List<String> found) {
        if (text != null && englishOnly.contains(text.strip())) {
            found.add(text.strip());
        }
    }

    @Test
    void the_welsh_parent_sees_home_and_child_pages_in_welsh() {
        login("parent.cy");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(englishOnScreen()).isEmpty();
        UI.getCurrent().navigate(PupilDetailsView.class,
                new RouteParameters("pupilId", String.valueOf(demo.childOf("parent.cy"))));
        assertThat(englishOnScreen()).isEmpty();
    }

    @Test
    void a_welsh_alnco_sees_the_pupil_list_detail_and_editor_in_welsh() {
        login("senco.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(englishOnScreen()).isEmpty();
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(englishOnScreen()).isEmpty();
        long pupilId = demo.pupilAt("Ysgol Gymraeg Pen-y-bryn");
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        assertThat(englishOnScreen()).isEmpty();
        open("pupils/" + pupilId + "/edit");
        assertThat(englishOnScreen()).isEmpty();
        open("pupils/new");
        assertThat(englishOnScreen()).isEmpty();
    }

    @Test
    void plan_pages_are_in_welsh_for_the_welsh_parent_and_alnco() {
        long child = demo.childrenOf("parent.cy").getFirst();
        login("parent.cy");
        open("pupils/" + child + "/plans");
        assertThat(englishOnScreen()).isEmpty();
        open("plans/" + demo.planOf(child));
        assertThat(englishOnScreen()).isEmpty();
        login("senco.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("plans/" + demo.planOf(child));
        assertThat(englishOnScreen()).isEmpty();
        open("plans/" + demo.planOf(child) + "/edit");
        assertThat(englishOnScreen()).isEmpty();
    }

    @Test
    void bids_frameworks_budgets_and_notifications_are_in_welsh_for_a_welsh_reader_in_england() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        login("senco");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("bids");
        assertThat(englishOnScreen()).isEmpty();
        open("pupils/" + pupilId + "/bids");
        assertThat(englishOnScreen()).isEmpty();
        long bidId = context.getBean(org.waymark.bids.service.BidWizardService.class).start(pupilId);
        open("bids/" + bidId + "/edit");
        // the framework's own words (area and theme names, descriptors) are the authority's content in
        // the language it wrote them in, not the portal's labels
        Set<String> frameworkContent = new HashSet<>();
        context.getBean(org.waymark.descriptors.domain.DescriptorFrameworkRepository.class).findAll()
                .forEach(f -> f.getAreas().forEach(a -> frameworkContent.add(a.name())));
        for (int step = 0; step < org.waymark.bids.ui.BidWizardView.STEPS.size(); step++) {
            assertThat(englishOnScreen()).as("bid step " + step).isSubsetOf(frameworkContent);
            if (step == org.waymark.bids.ui.BidWizardView.STEPS.size() - 1) {
                break;
            }
            com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                    com.vaadin.flow.component.button.Button.class, spec -> spec.withId("bid-next")));
        }
        open("bids/" + bidId);
        assertThat(englishOnScreen()).isSubsetOf(frameworkContent);
        open("notifications");
        assertThat(englishOnScreen()).isEmpty();
        login("admin");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("frameworks");
        assertThat(englishOnScreen()).isSubsetOf(frameworkContent);
        open("budgets");
        assertThat(englishOnScreen()).isEmpty();
        login("family.senco");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("moderation");
        assertThat(englishOnScreen()).isEmpty();
        long meetingId = context.getBean(org.waymark.moderation.service.ModerationService.class)
                .open(today());
        open("moderation/" + meetingId);
        assertThat(englishOnScreen()).isSubsetOf(frameworkContent);
    }

    @Test
    void panels_letters_appeals_ledger_statements_and_calendar_are_in_welsh() {
        // the top-up screens are the English county's (a Welsh county runs the ALN process instead),
        // read by its caseworker in Welsh
        login("caseworker");
        UI.getCurrent().setLocale(Translations.WELSH);
        for (String route : List.of("panels", "letters", "appeals", "interim", "allocations", "statements")) {
            open(route);
            assertThat(englishOnScreen()).as(route).isEmpty();
        }
        long meetingId = context.getBean(org.waymark.panels.service.PanelService.class)
                .open(org.waymark.panels.domain.PanelKind.SEND_RESOURCE, today()).meetingId();
        open("panels/meetings/" + meetingId);
        assertThat(englishOnScreen()).isEmpty();
        login("lead.send");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("interim");
        assertThat(englishOnScreen()).isEmpty();
        login("eso.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("pupils/" + demo.pupilAt("Ysgol Gymraeg Pen-y-bryn"));
        assertThat(englishOnScreen()).isEmpty();
        login("admin.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        open("calendar");
        assertThat(englishOnScreen()).isEmpty();
        long child = demo.childOf("parent.cy");
        login("parent.cy");
        open("pupils/" + child + "/letters");
        assertThat(englishOnScreen()).isEmpty();
        open("pupils/" + child + "/allocations");
        assertThat(englishOnScreen()).isEmpty();
    }

    @Test
    void the_check_detects_english_when_it_is_there() {
        login("senco");
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(englishOnScreen()).contains("Pupils", "Year group");
    }

    @Test
    void every_welsh_la_officer_home_is_in_welsh() {
        for (String user : List.of("caseworker.cy", "admin.cy", "family.senco.cy", "panel.cy")) {
            login(user);
            UI.getCurrent().setLocale(Translations.WELSH);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(englishOnScreen()).as(user).isEmpty();
        }
    }

    @Test
    void the_aln_process_is_in_welsh_for_the_alnco_the_caseworker_and_the_parent() {
        org.waymark.AlnScenarios scenarios = context.getBean(org.waymark.AlnScenarios.class);
        org.waymark.aln.service.AlnService aln = context.getBean(org.waymark.aln.service.AlnService.class);
        long pupilId = scenarios.freshPupil(org.waymark.AlnScenarios.SCHOOL);
        long open = scenarios.concern(pupilId);
        long decided = scenarios.concern(pupilId);
        aln.decide(decided, scenarios.version(decided), org.waymark.AlnScenarios.input(true, false, false), null);
        long referred = scenarios.concern(scenarios.lookedAfterPupil());
        long referralId = aln.prepareReferral(referred, scenarios.version(referred),
                new org.waymark.aln.service.AlnService.ReferralInput(today().minusDays(40), null,
                        java.util.Set.of(), "Cryno"));
        login("senco.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        for (String route : List.of("pupils/" + pupilId, "pupils/" + pupilId + "/aln", "aln/decisions/" + open,
                "aln/decisions/" + decided, "aln/decisions/" + referred, "aln/referrals",
                "aln/referrals/" + referralId)) {
            open(route);
            assertThat(englishOnScreen()).as(route).isEmpty();
        }
        context.getBean(org.waymark.aln.service.ReferralService.class).send(referralId,
                context.getBean(org.waymark.aln.domain.AlnReferralRepository.class).findById(referralId).orElseThrow()
                        .getVersion());
        login("caseworker.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        for (String route : List.of("aln/referrals", "aln/referrals/" + referralId, "aln/decisions/" + decided)) {
            open(route);
            assertThat(englishOnScreen()).as(route).isEmpty();
        }
        demo.linkParent("parent.cy", pupilId);
        try {
            login("parent.cy");
            open("pupils/" + pupilId + "/aln");
            assertThat(englishOnScreen()).isEmpty();
            open("aln/decisions/" + decided);
            assertThat(englishOnScreen()).isEmpty();
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    /**
     * Issue 16, point 8: every screen of the Welsh ALN process — equipment (list, request page and
     * its confirmation), disagreements on the pupil's ALN page for the authority and the parent, the
     * ALP report — is in Welsh for each role that uses it; the decisions and referrals are walked
     * above.
     */
    @Test
    void equipment_disagreements_and_the_alp_report_are_in_welsh_for_every_role() {
        org.waymark.AlnScenarios scenarios = context.getBean(org.waymark.AlnScenarios.class);
        var equipment = context.getBean(org.waymark.aln.service.EquipmentService.class);
        var disagreements = context.getBean(org.waymark.aln.service.DisagreementService.class);
        long pupilId = scenarios.freshPupil(org.waymark.AlnScenarios.SCHOOL);
        login("senco.cy");
        long requestId = equipment.request(pupilId, "Bwrdd gwaith", "Safle eistedd sefydlog",
                new java.math.BigDecimal("640.00"));
        UI.getCurrent().setLocale(Translations.WELSH);
        for (String route : List.of("pupils/" + pupilId + "/aln", "aln/equipment/" + requestId, "plans/provision")) {
            open(route);
            assertThat(englishOnScreen()).as(route).isEmpty();
        }
        demo.linkParent("parent.cy", pupilId);
        try {
            login("parent.cy");
            long disagreementId = disagreements.log(pupilId, new org.waymark.aln.domain.DisagreementRules.ConcernInput(
                    org.waymark.aln.domain.DisagreementTopic.IDP, today(), "Dim digon o therapi lleferydd."));
            open("pupils/" + pupilId + "/aln");
            assertThat(englishOnScreen()).as("the parent's ALN page with a disagreement").isEmpty();
            for (String user : List.of("caseworker.cy", "lead.send.cy")) {
                login(user);
                UI.getCurrent().setLocale(Translations.WELSH);
                for (String route : List.of("aln/equipment", "aln/equipment/" + requestId, "pupils/" + pupilId + "/aln",
                        "plans/provision", "aln/referrals")) {
                    open(route);
                    assertThat(englishOnScreen()).as(user + " " + route).isEmpty();
                }
            }
            // a confirmation says what will happen in Welsh too
            login("caseworker.cy");
            UI.getCurrent().setLocale(Translations.WELSH);
            open("aln/equipment/" + requestId);
            com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                    com.vaadin.flow.component.button.Button.class, spec -> spec.withId("aln-equipment-decline")));
            assertThat(englishOnScreen()).as("declining, asked first").isEmpty();
            open("pupils/" + pupilId + "/aln");
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Span.class,
                    spec -> spec.withId("dis-" + disagreementId + "-status")).getText()).isEqualTo("Wedi’i gofnodi");
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }
}
