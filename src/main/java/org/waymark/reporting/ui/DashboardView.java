package org.waymark.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.ReportTable;
import org.waymark.reporting.service.DashboardService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The reporting dashboard of the reader's scope: filters (financial year, family, school, area
 * of need, scheme), then each figure as an SVG chart beside its data table, with its CSV. Gaps
 * (figures another feature will fill) are said, not shown as zeros.
 */
@Menu(order = 20, icon = "vaadin:chart", title = "nav.reports")
@Route("reports")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final DashboardService dashboard;
    private final Select<Integer> year = new Select<>();
    private final ComboBox<SchoolFamily> family = new ComboBox<>();
    private final ComboBox<School> school = new ComboBox<>();
    private final ComboBox<AreaOfNeed> area = new ComboBox<>();
    private final ComboBox<Scheme> scheme = new ComboBox<>();
    private final Div figures = new Div();

    public DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassName("wm-reports");
        DashboardService.Choices choices = dashboard.choices();
        H2 heading = new H2(getTranslation("report.title"));
        heading.setId("report-heading");
        add(heading, new Paragraph(getTranslation("report.help")));
        List<Integer> years = new ArrayList<>();
        for (int y = choices.currentYear() + 1; y >= choices.currentYear() - 3; y--) {
            years.add(y);
        }
        year.setLabel(getTranslation("report.filter.year"));
        year.setItems(years);
        year.setItemLabelGenerator(Dates::financialYearLabel);
        year.setValue(choices.currentYear());
        year.setId("filter-year");
        family.setLabel(getTranslation("report.filter.family"));
        family.setItems(choices.families());
        family.setItemLabelGenerator(SchoolFamily::name);
        family.setClearButtonVisible(true);
        family.setId("filter-family");
        family.setVisible(choices.families().size() > 1);
        school.setLabel(getTranslation("report.filter.school"));
        school.setItems(choices.schools());
        school.setItemLabelGenerator(School::name);
        school.setClearButtonVisible(true);
        school.setId("filter-school");
        school.setVisible(choices.schools().size() > 1);
        area.setLabel(getTranslation("report.filter.area"));
        area.setItems(AreaOfNeed.values());
        area.setItemLabelGenerator(Translations::label);
        area.setClearButtonVisible(true);
        area.setId("filter-area");
        scheme.setLabel(getTranslation("report.filter.scheme"));
        scheme.setItems(choices.schemes());
        scheme.setItemLabelGenerator(Translations::label);
        scheme.setClearButtonVisible(true);
        scheme.setId("filter-scheme");
        scheme.setVisible(choices.schemes().size() > 1);
        Button show = new Button(getTranslation("report.filter.show"), e -> show());
        show.setId("filter-show");
        show.addClickShortcut(Key.ENTER);
        FlexLayout filters = new FlexLayout(year, family, school, area, scheme, show);
        filters.addClassName("wm-report-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.setId("report-figures");
        figures.addClassName("wm-report-figures");
        add(filters, figures);
        show();
    }

    ReportFilter filter() {
        Integer y = year.getValue();
        return new ReportFilter(y == null ? dashboard.choices().currentYear() : y, id(family.getValue()),
                school.getValue() == null ? null : school.getValue().id(), area.getValue(), scheme.getValue());
    }

    private static @Nullable Long id(@Nullable SchoolFamily f) {
        return f == null ? null : f.id();
    }

    private void show() {
        figures.removeAll();
        ReportFilter filter = filter();
        Locale locale = getLocale();
        DashboardService.Dashboard result = dashboard.dashboard(filter, locale);
        for (String gap : result.gaps()) {
            Paragraph note = new Paragraph(getTranslation(gap));
            note.addClassName("wm-report-gap");
            note.setId("gap-" + gap.substring(gap.lastIndexOf('.') + 1));
            figures.add(note);
        }
        for (ReportTable table : result.tables()) {
            figures.add(new ReportFigure(table, () -> dashboard.csv(table.id(), filter, locale)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
