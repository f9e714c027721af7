package org.waymark.home.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import org.waymark.asn.service.AsnSettingsService;
import org.waymark.asn.ui.AsnSettingsForm;
import org.waymark.base.domain.Nation;
import org.waymark.base.ui.BarChart;
import org.waymark.base.ui.FigureCard;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Markup;
import org.waymark.base.ui.Translations;
import org.waymark.notifications.service.WorkQueueService;
import org.waymark.home.service.HomeFigures;
import org.waymark.home.service.HomeService;
import org.waymark.moderation.ui.BudgetPanel;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.service.AuthorityContactService;
import org.waymark.organisation.ui.AuthorityContactForm;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.service.PupilService;
import org.waymark.pupils.service.PupilStatistics;
import org.waymark.pupils.ui.HoldingTexts;
import org.waymark.pupils.ui.PupilDetailsView;
import org.waymark.pupils.ui.PupilListView;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The signed-in user's home: real figures for their school, family, authority or child. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final PupilService pupils;
    private final AuthorityContactService contacts;
    private final AsnSettingsService asnSettings;

    public HomeView(HomeService homeService, PupilService pupils, AuthorityContactService contacts,
                    AsnSettingsService asnSettings, WorkQueueService work) {
        this.pupils = pupils;
        this.contacts = contacts;
        this.asnSettings = asnSettings;
        addClassName("wm-home");
        HomeFigures figures = homeService.figures();
        H2 heading = new H2(figures.heading());
        if (figures.crest() != null) {
            Image crest = new Image("assets/images/crests/" + figures.crest().authorityCode() + ".svg",
                    getTranslation("home.crest", figures.crest().authorityName()));
            crest.addClassName("wm-crest");
            HorizontalLayout title = new HorizontalLayout(crest, heading);
            title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(title);
        } else {
            add(heading);
        }
        // what needs this person now comes first; the figures stay below
        add(WorkQueuePanel.of(work.mine()));
        switch (figures.kind()) {
            case SCHOOL -> showSchool(figures);
            case FAMILY -> showFamily(figures);
            case AUTHORITY -> showAuthority(figures);
            case AUTHORITY_CONFIGURATION -> showConfiguration(figures);
            case PARENT -> showChildren(figures);
        }
    }

    private void showSchool(HomeFigures figures) {
        PupilStatistics pupils = Objects.requireNonNull(figures.pupils());
        add(cards(new FigureCard(getTranslation("home.pupilsOnRegister"), pupils.total()),
                new FigureCard(getTranslation("home.areasOfNeed"),
                        pupils.byPrimaryNeed().values().stream().filter(n -> n > 0).count())));
        add(needsChart(pupils));
        add(new BarChart(getTranslation("home.byYearGroup"), pupils.byYearGroup().entrySet().stream()
                .collect(Collectors.toMap(e -> Translations.label(e.getKey()), Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new))));
        add(new RouterLink(getTranslation("home.openPupils"), PupilListView.class));
    }

    private void showFamily(HomeFigures figures) {
        PupilStatistics pupils = Objects.requireNonNull(figures.pupils());
        add(cards(new FigureCard(getTranslation("home.schoolsInFamily"), figures.schools().size()),
                new FigureCard(getTranslation("home.pupilsOnRegister"), pupils.total())));
        Grid<HomeFigures.SchoolLine> schools = new ListGrid<>();
        schools.addColumn(HomeFigures.SchoolLine::name).setHeader(getTranslation("school.name")).setFlexGrow(3);
        schools.addColumn(s -> Translations.label(Phase.valueOf(s.phase())))
                .setHeader(getTranslation("school.phase"));
        schools.addColumn(s -> getTranslation(s.optedOut() ? "school.optedOut.yes" : "school.optedOut.no"))
                .setHeader(getTranslation("school.optedOut"));
        schools.addColumn(HomeFigures.SchoolLine::pupils).setHeader(getTranslation("home.pupils"));
        schools.setItems(figures.schools());
        schools.setAllRowsVisible(true);
        schools.setAriaLabel(getTranslation("home.schoolsInFamily"));
        if (figures.familyBudget() != null) {
            add(new BudgetPanel(figures.familyBudget()));
        }
        add(new H3(getTranslation("home.schoolsInFamily")), schools, needsChart(pupils));
    }

    private void showAuthority(HomeFigures figures) {
        PupilStatistics pupils = Objects.requireNonNull(figures.pupils());
        TextField search = new TextField(getTranslation("home.searchPupils"));
        search.setPlaceholder(getTranslation("home.searchPupils.placeholder"));
        search.setId("home-search");
        Button go = new Button(getTranslation("home.search"), e -> openSearch(search.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addKeyPressListener(Key.ENTER, e -> openSearch(search.getValue()));
        HorizontalLayout searchRow = new HorizontalLayout(search, go);
        searchRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(searchRow);
        add(cards(new FigureCard(getTranslation("home.pupilsOnRegister"), pupils.total()),
                new FigureCard(getTranslation("home.schoolsWithPupils"), pupils.bySchool().size())));
        add(needsChart(pupils));
    }

    private void showConfiguration(HomeFigures figures) {
        HomeFigures.AuthorityConfiguration c = Objects.requireNonNull(figures.configuration());
        add(new Paragraph(getTranslation("home.configuration.intro",
                Translations.label(Nation.valueOf(c.nation())))));
        add(cards(new FigureCard(getTranslation("home.schools"), c.schools()),
                new FigureCard(getTranslation("home.families"), c.families()),
                new FigureCard(getTranslation("home.users"), c.users()),
                new FigureCard(getTranslation("home.pupilsOnRegister"), c.pupils()),
                new FigureCard(getTranslation("home.terms"), c.termsConfigured()),
                new FigureCard(getTranslation("home.bankHolidays"), c.bankHolidays())));
        if (contacts.mayChange()) {
            add(new AuthorityContactForm(contacts));
        }
        if (asnSettings.mayChange()) {
            add(new AsnSettingsForm(asnSettings));
        }
    }

    private void showChildren(HomeFigures figures) {
        if (figures.children().isEmpty()) {
            add(new Paragraph(getTranslation("home.parent.noChildren")));
            return;
        }
        add(new Paragraph(getTranslation("home.parent.intro")));
        add(childCards(figures));
    }

    /**
     * A card for each child, as markup in one element (DD026: about thirty state nodes a child as
     * components): the child's records by the schemes of the child's authority (a Welsh child's ALN,
     * not top-up bids), each with where it stands; one link a line, each a full-width target a thumb
     * can hit (44 px). The links navigate in the browser.
     */
    private Html childCards(HomeFigures figures) {
        Element list = Markup.root("div").addClass("wm-child-cards");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (PupilRow child : figures.children()) {
            Element card = list.appendElement("div").addClass("wm-child-card");
            card.appendElement("h3").addClass("wm-child-name").text(child.displayName());
            card.appendElement("p").text(child.schoolName() + " · " + Translations.label(child.yearGroup()));
            card.appendElement("span").text(getTranslation("home.parent.primaryNeed", Translations.label(child.primaryNeed())));
            Element links = card.appendElement("ul").addClass("wm-card-links")
                    .attr("aria-label", getTranslation("home.parent.links", child.displayName()));
            for (PupilHoldings.Holding h : pupils.holdings(child.id())) {
                Element item = links.appendElement("li");
                item.appendElement("a").attr("href", h.address()).text(HoldingTexts.of(h.title()));
                if (!h.status().isEmpty()) {
                    item.appendElement("span").addClass("wm-holding-status")
                            .text(h.status().stream().map(HoldingTexts::of).collect(Collectors.joining("; ")));
                }
            }
            links.appendElement("li").appendElement("a").attr("router-link", "")
                    .attr("href", routes.getUrl(PupilDetailsView.class,
                            new RouteParameters("pupilId", String.valueOf(child.id()))))
                    .text(getTranslation("home.parent.open"));
        }
        return Markup.of(list);
    }

    private BarChart needsChart(PupilStatistics pupils) {
        Map<String, Long> byNeed = new LinkedHashMap<>();
        for (AreaOfNeed area : AreaOfNeed.values()) {
            byNeed.put(Translations.label(area), pupils.byPrimaryNeed().getOrDefault(area, 0L));
        }
        return new BarChart(getTranslation("home.byPrimaryNeed"), byNeed);
    }

    private static Div cards(FigureCard... cards) {
        Div row = new Div(cards);
        row.addClassName("wm-figures");
        return row;
    }

    private void openSearch(String text) {
        getUI().ifPresent(ui -> ui.navigate(PupilListView.class, QueryParameters.of("q", text.strip())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
