package org.waymark.asn.ui;

import org.waymark.asn.service.MidTermService;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.asn.service.StageExportService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The council's mid-term allocation requests for its Education Support Officers and its inclusion
 * and equality team: those waiting (for the lead officer's assessment, the second officer's joint
 * view, the team's approval) first, then the approved ones by review date, reviews due marked.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/mid-term")
@Menu(order = 3.3, icon = "vaadin:calendar-clock", title = "nav.asnMidTerm")
@RolesAllowed({Roles.EDUCATION_SUPPORT_OFFICER, Roles.INCLUSION_TEAM})
public class MidTermListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MidTermService.MidTermRow> grid = new ListGrid<>();

    public MidTermListView(MidTermService midTerm, StageExportService export) {
        setSizeFull();
        grid.setId("asn-mid-term");
        grid.setAriaLabel(getTranslation("nav.asnMidTerm"));
        grid.addColumn(GridCells.link(MidTermService.MidTermRow::pupilName, HoursRequestView.class, "requestId",
                MidTermService.MidTermRow::requestId)).setHeader(getTranslation("pupil.name")).setFlexGrow(2);
        grid.addColumn(MidTermService.MidTermRow::schoolName).setHeader(getTranslation("pupil.school")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.earlyYears() ? "asn.mta.kind.earlyYears" : "asn.mta.kind.exceptional"))
                .setHeader(getTranslation("asn.mta.kind"));
        grid.addColumn(r -> Translations.label(r.status())).setHeader(getTranslation("asn.status"));
        grid.addColumn(r -> AsnLabels.hours(r.hoursAsked())).setHeader(getTranslation("asn.hoursAsked.short"));
        grid.addColumn(r -> AsnLabels.hours(r.recommendedHours())).setHeader(getTranslation("asn.mta.recommended"));
        grid.addColumn(r -> AsnLabels.hours(r.decidedHours())).setHeader(getTranslation("asn.decidedHours.short"));
        grid.addColumn(r -> r.reviewDate() == null ? "" : Dates.DAY_MONTH_YEAR.format(r.reviewDate())
                + (r.reviewDue() ? " · " + getTranslation("asn.mta.due") : ""))
                .setHeader(getTranslation("asn.mta.reviewDate"));
        grid.setItems(midTerm.requests());
        grid.setEmptyStateText(getTranslation("asn.mta.none"));
        add(new H2(getTranslation("nav.asnMidTerm")), new Paragraph(getTranslation("asn.mta.help")));
        if (export.mayExport()) {
            add(StageExportLink.of(export));
        }
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.asnMidTerm");
    }
}
