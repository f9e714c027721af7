package org.waymark.bids.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.util.List;

import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/** A pupil's bids with where each stands; the school's SENCO starts a new one here. */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("pupils/:pupilId/bids")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class PupilBidsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BidService bids;
    private final BidWizardService wizard;

    public PupilBidsView(BidService bids, BidWizardService wizard) {
        this.bids = bids;
        this.wizard = wizard;
        addClassName("wm-pupil-bids");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long pupilId = RouteIds.id(event.getRouteParameters(), "pupilId");
        List<Bid> list = bids.bidsOf(pupilId);
        removeAll();
        add(new H2(getTranslation("bids.ofPupil")));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("bids.none")));
        }
        for (Bid bid : list) {
            Span status = new Span(Translations.label(bid.getStatus()));
            status.addClassName("wm-status");
            status.getElement().setAttribute("data-status", bid.getStatus().name());
            Div card = new Div(new RouterLink(getTranslation("bids.card",
                    bid.getLevelAsked() == null ? "—" : BidLabels.level(bid.getLevelAsked()),
                    org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(bid.getCreatedAt()
                            .atZone(org.waymark.base.domain.Dates.ZONE))), BidView.class,
                    new RouteParameters("bidId", String.valueOf(bid.getId()))), status);
            String outcome = BidLabels.outcome(bid.getStatus(), bid.getAgreedLevel(), bid.getAgreedAmount());
            if (!outcome.isEmpty()) {
                Span decided = new Span(getTranslation("bids.outcome.line", outcome));
                decided.addClassName("wm-decision");
                decided.setId("bid-outcome-" + bid.getId());
                card.add(decided);
            }
            card.addClassName("wm-bid-card");
            add(card);
        }
        if (bids.mayStartBid(pupilId)) {
            Button start = new Button(getTranslation("bids.start"), e -> new Feedback()
                    .call(() -> wizard.start(pupilId), bidId -> getTranslation("bids.started"))
                    .ifPresent(bidId -> getUI().ifPresent(ui -> ui.navigate(BidWizardView.class,
                            new RouteParameters("bidId", String.valueOf(bidId))))));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-bid");
            add(start);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bids.ofPupil");
    }
}
