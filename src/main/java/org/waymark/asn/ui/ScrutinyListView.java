package org.waymark.asn.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.asn.service.ScrutinyService;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
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
 * The Education Support Officer's schools: for each, the requests waiting for scrutiny, those
 * decided, and the hours a week its pupils hold now and from the next term.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/scrutiny")
@Menu(order = 3.2, icon = "vaadin:clipboard-check", title = "nav.asnScrutiny")
@RolesAllowed(Roles.EDUCATION_SUPPORT_OFFICER)
public class ScrutinyListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ScrutinyService.SchoolHours> grid = new ListGrid<>();

    public ScrutinyListView(ScrutinyService scrutiny, StageExportService export) {
        setSizeFull();
        grid.setId("asn-schools");
        grid.setAriaLabel(getTranslation("nav.asnScrutiny"));
        grid.addColumn(GridCells.link(ScrutinyService.SchoolHours::schoolName, SchoolScrutinyView.class, "schoolId",
                ScrutinyService.SchoolHours::schoolId)).setHeader(getTranslation("pupil.school")).setFlexGrow(3);
        grid.addColumn(ScrutinyService.SchoolHours::waiting).setHeader(getTranslation("asn.scrutiny.waiting"));
        grid.addColumn(ScrutinyService.SchoolHours::decided).setHeader(getTranslation("asn.scrutiny.decided"));
        grid.addColumn(s -> AsnLabels.hours(s.hoursNow())).setHeader(getTranslation("asn.scrutiny.hoursNow"));
        grid.addColumn(s -> AsnLabels.hours(s.hoursFromNextTerm()))
                .setHeader(getTranslation("asn.scrutiny.hoursNextTerm"));
        grid.setItems(scrutiny.schools());
        add(new H2(getTranslation("nav.asnScrutiny")), new Paragraph(getTranslation("asn.scrutiny.help")));
        if (export.mayExport()) {
            add(StageExportLink.of(export));
        }
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.asnScrutiny");
    }
}
