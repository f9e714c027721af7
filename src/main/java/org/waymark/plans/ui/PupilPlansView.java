package org.waymark.plans.ui;

import org.waymark.base.domain.Dates;

import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The plans of one pupil: status, version in force, next review, comment window; start a new plan. */
@Route("pupils/:pupilId/plans")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class PupilPlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;

    public PupilPlansView(PlanService plans) {
        this.plans = plans;
        addClassName("wm-plans");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long pupilId = PlanView.id(event.getRouteParameters(), "pupilId");
        removeAll();
        add(new H2(getTranslation("plans.title")));
        var list = plans.plansOf(pupilId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("plans.none")));
        }
        Div cards = new Div();
        cards.addClassName("wm-child-cards");
        list.forEach(summary -> cards.add(card(summary)));
        add(cards);
        var types = plans.typesCallerMayStart(pupilId);
        if (!types.isEmpty()) {
            Select<PlanType> type = new Select<>();
            type.setLabel(getTranslation("plans.type"));
            type.setItems(types);
            type.setItemLabelGenerator(Translations::label);
            type.setValue(types.getFirst());
            type.setId("new-plan-type");
            Button start = new Button(getTranslation("plans.start"), e -> {
                long planId = plans.startPlan(pupilId, type.getValue());
                getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class,
                        new RouteParameters("planId", String.valueOf(planId))));
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-plan");
            HorizontalLayout row = new HorizontalLayout(type, start);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(new H3(getTranslation("plans.startTitle")), row);
        }
    }

    private Div card(PlanSummary s) {
        Div card = new Div();
        card.addClassName("wm-child-card");
        card.add(new H3(Translations.label(s.type())));
        Span status = new Span(Translations.label(s.status()));
        status.addClassName("wm-status");
        status.getElement().setAttribute("data-status", s.status().name());
        card.add(status);
        card.add(new Paragraph(s.versionInForce() == null ? getTranslation("plans.noVersionInForce")
                : getTranslation("plans.versionInForce", s.versionInForce())));
        if (s.nextReviewDate() != null) {
            Paragraph review = new Paragraph(getTranslation(s.reviewOverdue() ? "plans.reviewOverdue" : "plans.nextReview",
                    Dates.DAY_MONTH_YEAR.format(s.nextReviewDate())));
            if (s.reviewOverdue()) {
                review.addClassName("wm-overdue");
            }
            card.add(review);
        }
        if (s.commentDaysLeft() > 0) {
            card.add(new Paragraph(getTranslation("plans.commentDaysLeft", s.commentDaysLeft())));
        }
        card.add(new RouterLink(getTranslation("plans.open"), PlanView.class,
                new RouteParameters("planId", String.valueOf(s.planId()))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
