package org.waymark.bids.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidStep;
import org.waymark.bids.service.BidDetails;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** One bid as read by the school, the family, the authority or the child's parent: the whole form and its history. */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("bids/:bidId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class BidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final BidService bids;
    private final BidWizardService wizard;
    private final BidModerationService family;
    private String title = "";

    public BidView(BidService bids, BidWizardService wizard, BidModerationService family) {
        this.bids = bids;
        this.wizard = wizard;
        this.family = family;
        addClassName("wm-bid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event.getRouteParameters(), "bidId"));
    }

    private void show(long bidId) {
        BidDetails d = bids.open(bidId);
        Bid bid = d.bid();
        removeAll();
        title = getTranslation("bid.pageTitle", d.pupilName());
        H2 heading = new H2(title);
        heading.setId("bid-heading");
        Span status = new Span(Translations.label(bid.getStatus()));
        status.addClassName("wm-status");
        status.setId("bid-status");
        status.getElement().setAttribute("data-status", bid.getStatus().name());
        add(heading, status, new Paragraph(d.schoolName() + " · " + getTranslation("bid.wizard.framework",
                d.framework().label())));
        if (d.mayWrite()) {
            Button edit = new Button(getTranslation("bid.action.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    BidWizardView.class, new RouteParameters("bidId", String.valueOf(bidId)))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-bid");
            add(edit);
        }
        if (d.mayModerate()) {
            add(new FamilyDecision(family, d, () -> show(bidId)));
        }
        add(download(bidId), new BidSummary(d),
                BidAttachments.panel(bids, wizard, bidId, d.mayWrite()),
                history(bid, d.people()));
    }

    /** The form as a PDF, made when the link is followed, outside the UI thread. */
    private Div download(long bidId) {
        Locale locale = getLocale();
        return DownloadLink.of(getTranslation("bid.pdf.download"), "bid-pdf", () -> {
            BidService.PrintedBid pdf = bids.pdf(bidId, locale);
            return new DownloadLink.File(pdf.fileName(), "application/pdf", pdf.bytes());
        });
    }

    private Section history(Bid bid, People people) {
        OrderedList list = new OrderedList();
        for (BidStep step : bid.getSteps()) {
            list.add(new ListItem(getTranslation("plan.timeline.step", Translations.label(step.status()), people.name(step.actor()),
                    WHEN.format(step.occurredAt())) + (step.note() == null ? "" : " — " + step.note())));
        }
        Section section = new Section(new H3(getTranslation("bid.history")), list);
        section.addClassName("wm-section");
        section.setId("bid-history");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.bids") : title;
    }
}
