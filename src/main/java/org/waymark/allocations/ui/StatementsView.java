package org.waymark.allocations.ui;

import java.util.List;
import java.util.Locale;

import org.waymark.allocations.service.StatementService;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/**
 * Budget effects for an ended term: a school's statement of adjustments (its own for school
 * staff, any school for authority officers) and, for authority officers, the recoupment
 * statement per home authority; each on screen, as CSV and as PDF.
 */
@Route("statements")
@Menu(order = 12, icon = "vaadin:invoice", title = "nav.statements")
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.SCHOOL_SENCO,
        Roles.HEAD_TEACHER, Roles.FAMILY_SENCO})
public class StatementsView extends VerticalLayout implements HasDynamicTitle {

    private final StatementService statements;
    final Select<Term> term = new Select<>();
    final Select<School> school = new Select<>();
    private final Div schoolPart = new Div();
    private final Div recoupPart = new Div();
    final Select<org.waymark.organisation.domain.SchoolFamily> family = new Select<>();
    private final Div familyPart = new Div();
    private final Div hoursPart = new Div();
    private final boolean authority;
    /** The authority counts assistant hours (Scotland): their statements are shown with hours and cost. */
    private final boolean hours;

    public StatementsView(StatementService statements, OrganisationService organisation, CurrentUser currentUser) {
        this.statements = statements;
        var user = currentUser.require();
        authority = user.has(Role.FINANCE_OFFICER) || user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR);
        hours = statements.showsHours();
        term.setLabel(getTranslation("statement.term"));
        term.setItems(statements.endedTerms());
        term.setItemLabelGenerator(t -> t == null ? "" : t.academicYear() + " " + Translations.label(t.termName())
                + " (" + Dates.DAY_MONTH_YEAR.format(t.startDate()) + "–" + Dates.DAY_MONTH_YEAR.format(t.endDate()) + ")");
        term.setId("statement-term");
        school.setLabel(getTranslation("statement.school"));
        school.setItems(organisation.schoolsInScope());
        school.setItemLabelGenerator(s -> s == null ? "" : s.name());
        school.setId("statement-school");
        school.getListDataView().getItems().findFirst().ifPresent(school::setValue);
        term.getListDataView().getItems().findFirst().ifPresent(term::setValue);
        family.setLabel(getTranslation("statement.family"));
        family.setItems(statements.families());
        family.setItemLabelGenerator(f -> f == null ? "" : f.name());
        family.setId("statement-family");
        family.getListDataView().getItems().findFirst().ifPresent(family::setValue);
        family.setVisible(family.getListDataView().getItemCount() > 0);
        family.addValueChangeListener(e -> refresh());
        term.addValueChangeListener(e -> refresh());
        school.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(term, school, family);
        filters.addClassName("wm-filters");
        add(new H2(getTranslation("nav.statements")), new Paragraph(getTranslation("statement.help")), filters,
                schoolPart, hoursPart, familyPart, recoupPart);
        refresh();
    }

    void refresh() {
        schoolPart.removeAll();
        recoupPart.removeAll();
        familyPart.removeAll();
        hoursPart.removeAll();
        if (term.getValue() == null) {
            schoolPart.add(new Paragraph(getTranslation("statement.noTerms")));
            return;
        }
        new Feedback().field("term", term).run(() -> {
            if (school.getValue() != null) {
                StatementService.Statement s = statements.schoolStatement(school.getValue().id(), term.getValue());
                schoolPart.add(section(List.of(s), "statement.schoolTitle", "school-statement"));
            }
            if (family.getValue() != null) {
                StatementService.Statement f = statements.familyStatement(
                        java.util.Objects.requireNonNull(family.getValue().id()), term.getValue());
                familyPart.add(section(List.of(f), "statement.familyTitle", "family-statement"));
            }
            if (hours && school.getValue() != null) {
                hoursPart.add(schoolHours(statements.schoolHours(school.getValue().id(), term.getValue())));
            }
            if (hours && authority) {
                hoursPart.add(councilHours(statements.councilHours(term.getValue())));
            }
            if (authority) {
                recoupPart.add(section(statements.recoupment(term.getValue()), "statement.recoupTitle", "recoupment"));
            }
        }, null);
    }

    private Section section(List<StatementService.Statement> list, String titleKey, String id) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.addClassName("wm-section");
        section.setId(id);
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("statement.empty")));
        }
        for (StatementService.Statement s : list) {
            Grid<StatementService.Line> grid = new ListGrid<>();
            grid.addColumn(StatementService.Line::pupilName).setHeader(getTranslation("statement.pupil")).setAutoWidth(true);
            grid.addColumn(StatementService.Line::schoolName).setHeader(getTranslation("statement.school"));
            grid.addColumn(l -> l.share().allocation().getStream().name()).setHeader(getTranslation("statement.stream"));
            grid.addColumn(l -> Money.pounds(l.share().allocation().getAmount())).setHeader(getTranslation("statement.yearly"));
            grid.addColumn(l -> l.share().daysHeld() + "/" + l.share().daysInYear()).setHeader(getTranslation("statement.days"));
            grid.addColumn(l -> Money.pounds(l.share().amount())).setHeader(getTranslation("statement.amount"));
            grid.setItems(s.lines());
            grid.setAllRowsVisible(true);
            grid.setId(id + "-grid-" + s.title().replaceAll("[^A-Za-z0-9]", "-"));
            section.add(new Paragraph(s.title() + " — " + getTranslation("statement.total", Money.pounds(s.total()))), grid,
                    DownloadLink.of(getTranslation("statement.csv"), id + "-csv-" + s.title().replaceAll("[^A-Za-z0-9]", "-"),
                            () -> new DownloadLink.File(id + ".csv", "text/csv", statements.csv(s))));
        }
        if (!list.isEmpty()) {
            Locale locale = getLocale();
            section.add(DownloadLink.of(getTranslation("statement.pdf"), id + "-pdf",
                    () -> new DownloadLink.File(id + ".pdf", "application/pdf", statements.pdf(list, titleKey, locale))));
        }
        return section;
    }

    /** A school's assistant hours in the term, pupil by pupil, with what they cost at the council's rate. */
    private Section schoolHours(StatementService.HoursStatement h) {
        Section section = new Section(new H3(getTranslation("statement.hours.schoolTitle")));
        section.addClassName("wm-section");
        section.setId("school-hours");
        section.add(rate(h.hourlyRate()));
        Grid<StatementService.HoursLine> grid = new ListGrid<>();
        grid.addColumn(StatementService.HoursLine::pupilName).setHeader(getTranslation("statement.pupil"))
                .setAutoWidth(true);
        grid.addColumn(l -> hours(l.allocation().getAmount())).setHeader(getTranslation("statement.hours.aWeek"));
        grid.addColumn(StatementService.HoursLine::daysHeld).setHeader(getTranslation("statement.hours.days"));
        grid.addColumn(l -> hours(l.hoursInTerm())).setHeader(getTranslation("statement.hours.inTerm"));
        grid.addColumn(l -> l.cost() == null ? "—" : Money.pounds(l.cost())).setHeader(getTranslation("statement.hours.cost"));
        grid.setItems(h.lines());
        grid.setAllRowsVisible(true);
        grid.setId("school-hours-grid");
        Paragraph total = new Paragraph(h.totalCost() == null
                ? getTranslation("statement.hours.totalNoRate", h.title(), hours(h.totalHours()))
                : getTranslation("statement.hours.total", h.title(), hours(h.totalHours()), Money.pounds(h.totalCost())));
        total.setId("school-hours-total");
        section.add(total, grid);
        return section;
    }

    /** The council's assistant hours per school in the term, with their cost; as CSV too. */
    private Section councilHours(StatementService.CouncilHours c) {
        Section section = new Section(new H3(getTranslation("statement.hours.councilTitle")));
        section.addClassName("wm-section");
        section.setId("council-hours");
        section.add(rate(c.hourlyRate()));
        Grid<StatementService.SchoolHours> grid = new ListGrid<>();
        grid.addColumn(StatementService.SchoolHours::schoolName).setHeader(getTranslation("statement.school"))
                .setAutoWidth(true);
        grid.addColumn(StatementService.SchoolHours::pupils).setHeader(getTranslation("statement.hours.pupils"));
        grid.addColumn(x -> hours(x.hoursInTerm())).setHeader(getTranslation("statement.hours.inTerm"));
        grid.addColumn(x -> x.cost() == null ? "—" : Money.pounds(x.cost())).setHeader(getTranslation("statement.hours.cost"));
        grid.setItems(c.schools());
        grid.setAllRowsVisible(true);
        grid.setId("council-hours-grid");
        Paragraph total = new Paragraph(c.totalCost() == null
                ? getTranslation("statement.hours.councilTotalNoRate", hours(c.totalHours()))
                : getTranslation("statement.hours.councilTotal", hours(c.totalHours()), Money.pounds(c.totalCost())));
        total.setId("council-hours-total");
        section.add(total, grid, DownloadLink.of(getTranslation("statement.csv"), "council-hours-csv",
                () -> new DownloadLink.File("assistant-hours.csv", "text/csv", statements.councilHoursCsv(c))));
        return section;
    }

    private Paragraph rate(java.math.@org.jspecify.annotations.Nullable BigDecimal rate) {
        return new Paragraph(rate == null ? getTranslation("statement.hours.noRate")
                : getTranslation("statement.hours.rate", Money.pounds(rate)));
    }

    private static String hours(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statements");
    }
}
