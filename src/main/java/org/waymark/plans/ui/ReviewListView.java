package org.waymark.plans.ui;

import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.domain.Dates;
import java.time.Clock;
import java.time.LocalDate;

import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.service.PlanService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;



import jakarta.annotation.security.RolesAllowed;

/** Plan reviews coming up in the user's school, family or authority, overdue ones flagged. */
@Route("reviews")
@Menu(order = 2, icon = "vaadin:calendar-clock", title = "nav.reviews")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class ReviewListView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox overdueOnly = new Checkbox();
    final Grid<PlanDirectory.ReviewRow> grid = new ListGrid<>();

    public ReviewListView(PlanService plans, Clock clock) {
        setSizeFull();
        overdueOnly.setLabel(getTranslation("reviews.overdueOnly"));
        overdueOnly.setId("overdue-only");
        LocalDate today = LocalDate.now(clock);
        grid.setId("review-grid");
        grid.setAriaLabel(getTranslation("nav.reviews"));
        grid.addColumn(GridCells.link(PlanDirectory.ReviewRow::pupilName, PlanView.class, "planId",
                PlanDirectory.ReviewRow::planId)).setHeader(getTranslation("pupil.name"))
                .setFlexGrow(2);
        grid.addColumn(PlanDirectory.ReviewRow::schoolName).setHeader(getTranslation("pupil.school")).setFlexGrow(2);
        grid.addColumn(r -> Translations.label(r.type())).setHeader(getTranslation("plans.type")).setFlexGrow(2);
        grid.addColumn(r -> r.step() == null ? getTranslation("reviews.step.review") : Translations.label(r.step()))
                .setHeader(getTranslation("reviews.step")).setFlexGrow(2);
        grid.addColumn(GridCells.<PlanDirectory.ReviewRow>warning(r -> Dates.DAY_MONTH_YEAR.format(r.dueOn())
                + (r.overdue(today) ? " · " + getTranslation("reviews.overdue") : ""), r -> r.overdue(today)))
                .setHeader(getTranslation("reviews.due"));
        grid.addColumn(GridCells.<PlanDirectory.ReviewRow>warning(r -> daysText(r.daysLeft(today)),
                r -> r.overdue(today))).setHeader(getTranslation("reviews.daysLeft"));
        grid.addColumn(r -> Translations.label(r.status())).setHeader(getTranslation("reviews.status"));
        grid.setItems(query -> plans.reviews(overdueOnly.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("reviews.none"));
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(overdueOnly, grid);
        expand(grid);
    }

    private String daysText(long left) {
        return left == 0 ? getTranslation("annualReview.dueToday")
                : left > 0 ? getTranslation("annualReview.daysLeft", left)
                : getTranslation("annualReview.daysOverdue", -left);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviews");
    }
}
