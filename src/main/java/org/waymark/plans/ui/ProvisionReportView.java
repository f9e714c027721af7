package org.waymark.plans.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.plans.domain.PlanDirectory.ProvisionHours;
import org.waymark.plans.service.ProvisionReportService;
import org.waymark.plans.service.ProvisionReportService.SchoolProvision;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Hours of additional learning provision a week in the reader's schools, per school by language
 * of delivery and grouping, with the pupils who get them — a table per school (its caption the
 * school's name and total), the total for all of them, and the same as CSV. From the IDPs in
 * force; in the menu of authorities that run {@code Scheme.IDP}.
 */
@ForSchemes(Scheme.IDP)
@Menu(order = 3.32, icon = "vaadin:table", title = "nav.alpReport")
@Route("plans/provision")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class ProvisionReportView extends VerticalLayout implements HasDynamicTitle {

    public ProvisionReportView(ProvisionReportService report) {
        addClassName("wm-alp-report");
        List<SchoolProvision> schools = report.alpBySchool();
        add(new H2(getTranslation("alp.report.title")), new Paragraph(getTranslation("alp.report.help")));
        if (schools.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("alp.report.none"));
            none.setId("alp-report-none");
            add(none);
            return;
        }
        BigDecimal total = schools.stream().map(SchoolProvision::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
        Paragraph all = new Paragraph(getTranslation("alp.report.total", plain(total), schools.size()));
        all.setId("alp-report-total");
        Locale locale = getLocale();
        add(all, DownloadLink.of(getTranslation("alp.report.csv"), "alp-report-csv",
                () -> new DownloadLink.File("alp-hours.csv", "text/csv", report.alpCsv(locale))));
        for (SchoolProvision school : schools) {
            H3 heading = new H3(getTranslation("alp.report.school.heading", school.schoolName(),
                    plain(school.hoursPerWeek())));
            heading.setId("alp-school-" + school.schoolId());
            Grid<ProvisionHours> lines = new ListGrid<>();
            lines.setId("alp-lines-" + school.schoolId());
            lines.addColumn(l -> Translations.label(l.language())).setHeader(getTranslation("alp.report.language"));
            lines.addColumn(l -> Translations.label(l.groupSize())).setHeader(getTranslation("alp.report.grouping"));
            lines.addColumn(ProvisionHours::pupils).setHeader(getTranslation("alp.report.pupils"));
            lines.addColumn(l -> plain(l.hoursPerWeek())).setHeader(getTranslation("alp.report.hours"));
            lines.setItems(school.lines());
            lines.setAllRowsVisible(true);
            lines.setAriaLabel(heading.getText());
            add(heading, lines);
        }
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alp.report.title");
    }
}
