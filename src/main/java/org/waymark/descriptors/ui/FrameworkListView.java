package org.waymark.descriptors.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.service.DescriptorFrameworkService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;


import jakarta.annotation.security.RolesAllowed;

/** The authority's descriptor frameworks by financial year, and importing a new one from a file. */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("frameworks")
@Menu(order = 5, icon = "vaadin:table", title = "nav.frameworks")
@RolesAllowed(Roles.LA_ADMIN)
public class FrameworkListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final DescriptorFrameworkService frameworks;
    final Grid<DescriptorFramework> grid = new ListGrid<>();
    final Select<Integer> year = new Select<>();
    final ImportProblems problems = new ImportProblems();

    public FrameworkListView(DescriptorFrameworkService frameworks, Clock clock) {
        this.frameworks = frameworks;
        grid.setId("framework-grid");
        grid.setAriaLabel(getTranslation("nav.frameworks"));
        grid.addColumn(GridCells.<DescriptorFramework>link(f -> Dates.financialYearLabel(f.getFinancialYear()),
                FrameworkEditorView.class, "frameworkId", DescriptorFramework::getId))
                .setHeader(getTranslation("framework.year"));
        grid.addColumn(f -> Translations.label(f.getStatus())).setHeader(getTranslation("framework.status"));
        grid.addColumn(f -> f.getAreas().size()).setHeader(getTranslation("framework.areas"));
        grid.addColumn(f -> WHEN.format(f.getUpdatedAt()) + " · " + f.getUpdatedBy())
                .setHeader(getTranslation("framework.updated"));
        grid.setAllRowsVisible(true);
        refresh();

        int thisYear = Dates.financialYearOf(LocalDate.now(clock));
        year.setLabel(getTranslation("framework.importYear"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setItemLabelGenerator(y -> y == null ? "" : Dates.financialYearLabel(y));
        year.setValue(thisYear + 1);
        year.setId("framework-import-year");
        Upload upload = new Upload(new org.waymark.base.ui.CappedUpload(org.waymark.base.ui.CappedUpload.IMPORT_MAX_BYTES,
                (name, bytes) -> importFile(bytes), org.waymark.base.ui.CappedUpload::refuseImport));
        upload.setId("framework-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        add(new H2(getTranslation("nav.frameworks")), grid, new H3(getTranslation("framework.importNew")),
                new Paragraph(getTranslation("framework.importHelp")), year, upload, problems);
    }

    /** Imports a file as a new draft for the chosen year; every problem is listed, nothing is stored. */
    public void importFile(byte[] bytes) {
        DescriptorFrameworkService.ImportOutcome outcome = frameworks.importNew(year.getValue(), bytes);
        problems.show(outcome.problems());
        if (outcome.imported()) {
            getUI().ifPresent(ui -> ui.navigate(FrameworkEditorView.class,
                    new RouteParameters("frameworkId", String.valueOf(outcome.frameworkId()))));
        }
    }

    private void refresh() {
        grid.setItems(frameworks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.frameworks");
    }
}
