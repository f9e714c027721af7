package org.waymark.privacy.ui;

import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.privacy.domain.RecordKind;
import org.waymark.privacy.domain.RetentionRun;
import org.waymark.privacy.service.RetentionService;
import org.waymark.privacy.service.SubjectAccessService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * Data protection for the authority administrator (issue 20 point 8): a subject-access export of
 * one child of the authority (a ZIP of JSON and documents, streamed as it is written) and the
 * reports of the monthly retention runs — when, what was erased or anonymised, under which rule —
 * each as this authority's part of the run only.
 */
@Route("subject-access")
@Menu(order = 15, icon = "vaadin:archive", title = "nav.subjectAccess")
@RolesAllowed(Roles.LA_ADMIN)
public class SubjectAccessView extends VerticalLayout implements HasDynamicTitle {

    private final SubjectAccessService exports;
    final IntegerField recordNumber = new IntegerField();
    final Button prepare = new Button();
    final Div download = new Div();
    final Grid<RetentionRun> runs = new ListGrid<>();
    private final Feedback feedback = new Feedback().field("recordNumber", recordNumber);

    SubjectAccessView(SubjectAccessService exports, RetentionService retention) {
        this.exports = exports;
        setId("subject-access");
        add(new H2(getTranslation("privacy.title")));

        recordNumber.setLabel(getTranslation("privacy.export.recordNumber"));
        recordNumber.setHelperText(getTranslation("privacy.export.recordNumberHelp"));
        recordNumber.setMin(1);
        recordNumber.setId("subject-access-record");
        prepare.setText(getTranslation("privacy.export.prepare"));
        prepare.setId("subject-access-prepare");
        prepare.addClickListener(e -> prepare());
        download.setId("subject-access-download");
        FlexLayout form = new FlexLayout(recordNumber, prepare);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(new Section(new H3(getTranslation("privacy.export.title")),
                new Paragraph(getTranslation("privacy.export.help")), form, download));

        runs.setId("retention-runs");
        runs.addColumn(r -> Dates.DAY_MONTH_YEAR_TIME.format(r.ranAt())).setHeader(getTranslation("privacy.runs.ranAt"));
        runs.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.asOf())).setHeader(getTranslation("privacy.runs.asOf"));
        for (RecordKind kind : RecordKind.values()) {
            runs.addColumn(r -> kind == RecordKind.LEDGER_LINE ? r.anonymised(kind) : r.erased(kind))
                    .setHeader(getTranslation("privacy.kind." + kind.name()));
        }
        runs.setAllRowsVisible(true);
        List<RetentionRun> latest = retention.latestRuns(24);
        runs.setItems(latest);
        Paragraph rules = new Paragraph(getTranslation("privacy.runs.rules", retention.pupilYears()));
        add(new Section(new H3(getTranslation("privacy.runs.title")), rules,
                new Paragraph(getTranslation("privacy.runs.authority")),
                latest.isEmpty() ? new Paragraph(getTranslation("privacy.runs.none")) : runs));
    }

    private void prepare() {
        download.removeAll();
        Integer number = recordNumber.getValue();
        if (number == null) {
            feedback.refused(List.of(Violation.of("recordNumber", "privacy.export.required")));
            return;
        }
        long pupilId = number;
        String fileName;
        try {
            fileName = exports.fileName(pupilId);
        } catch (NotFoundException e) {
            feedback.refused(List.of(Violation.of("recordNumber", "privacy.export.notFound")));
            return;
        }
        feedback.clearErrors();
        // streamed: the ZIP is written to the response as the service reads the records
        // another authority's child answers as a missing one: 404, no file name (Downloads)
        DownloadHandler streamed = org.waymark.base.ui.Downloads.streamed(event -> {
            event.setFileName(fileName);
            event.setContentType("application/zip");
            exports.export(pupilId, event.getOutputStream());
        });
        Anchor link = new Anchor(streamed, getTranslation("privacy.export.download", number));
        link.setId("subject-access-link");
        link.addClassName("wm-link-button");
        download.add(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
