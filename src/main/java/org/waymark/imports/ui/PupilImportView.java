package org.waymark.imports.ui;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.CappedUpload;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Downloads;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.imports.domain.ImportLine;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.Problem;
import org.waymark.imports.service.ImportUndoService;
import org.waymark.imports.service.PupilImportService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Importing pupils from a file (issue 22): the school SENCO imports their school's CTF (or CSV),
 * an authority officer any school's, and may record the leavers and moves found. Upload, a
 * preview of every line with its reason and place in the file, a confirmation saying what will
 * happen, then apply — all or nothing; below, the recent imports, each of which may be undone
 * within the undo period ({@link RecentImports}, DD020). Reached from the pupil list.
 */
@Route("pupils/import")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.EDUCATION_SUPPORT_OFFICER, Roles.CASEWORKER})
public class PupilImportView extends VerticalLayout implements HasDynamicTitle {

    /**
     * The cap of an import file (issue 22): 64 MB, for the largest school's file of the largest
     * authority — a whole-school CTF with attendance and assessment history runs to tens of KB a
     * pupil, the compact form read here under 1 KB (a 30,000-pupil file is about 25 MB). The file
     * streams to a temporary file and is read from there, so memory stays bounded; the request
     * limit of application.properties ({@code spring.servlet.multipart.*}, 65 MB) sits just above it.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PupilImportService imports;
    private final boolean officer;
    final RadioButtonGroup<ImportPreview.Format> format = new RadioButtonGroup<>();
    final UnorderedList fileProblems = new UnorderedList();
    final Paragraph summary = new Paragraph();
    final Select<ImportLine.@Nullable Kind> show = new Select<>();
    final Grid<ImportLine> grid = new ListGrid<>();
    final Checkbox recordMoves = new Checkbox();
    final Button apply = new Button();
    final Section result = new Section();
    private @Nullable ImportPreview preview;
    /** The recent imports, each with its undo (DD020). */
    final RecentImports recent;
    /** The upload's handler: the file streams to a temporary file, the preview reads it from there. */
    final CappedUpload uploadHandler = CappedUpload.streaming(MAX_BYTES, this::previewOf, CappedUpload::refuseImport);

    public PupilImportView(PupilImportService imports, ImportUndoService undo) {
        this.imports = imports;
        this.officer = imports.mayRecordMoves();
        setId("pupil-import");
        add(new H2(getTranslation("imports.title")),
                new Paragraph(getTranslation(officer ? "imports.help.officer" : "imports.help.school")));

        format.setId("import-format");
        format.setLabel(getTranslation("imports.format"));
        format.setItems(ImportPreview.Format.values());
        format.setItemLabelGenerator(f -> getTranslation("imports.format." + f.name()));
        format.setValue(ImportPreview.Format.CTF);

        Upload upload = new Upload(uploadHandler);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xml", ".csv", "text/xml", "application/xml", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);

        Anchor sample = new Anchor(Downloads.file(() -> {
            PupilImportService.Sample file = imports.sampleFile();
            return new DownloadLink.File(file.fileName(),
                    file.format() == ImportPreview.Format.CTF ? "application/xml" : "text/csv; charset=UTF-8",
                    file.content());
        }), getTranslation("imports.sample"));
        sample.setId("import-sample");
        sample.addClassName("wm-link-button");

        Section upSection = new Section(new H3(getTranslation("imports.upload")), format, upload,
                new Paragraph(getTranslation("imports.uploadHelp", MAX_BYTES / (1024 * 1024))), sample, fileProblems);
        upSection.addClassName("wm-section");
        fileProblems.setId("import-file-problems");
        add(upSection);

        summary.setId("import-summary");
        show.setId("import-show");
        show.setLabel(getTranslation("imports.show"));
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption(getTranslation("imports.show.all"));
        show.setItems(ImportLine.Kind.values());
        show.setItemLabelGenerator(k -> k == null ? getTranslation("imports.show.all")
                : getTranslation("imports.kind." + k.name()));
        show.addValueChangeListener(e -> fill());

        grid.setId("import-lines");
        grid.setAriaLabel(getTranslation("imports.preview"));
        grid.addColumn(l -> getTranslation("imports.kind." + l.kind().name())).setHeader(getTranslation("imports.col.what"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportLine::name).setHeader(getTranslation("imports.col.pupil")).setFlexGrow(2);
        grid.addColumn(this::reason).setHeader(getTranslation("imports.col.reason")).setFlexGrow(4);
        grid.addColumn(l -> l.line() == 0 ? getTranslation("imports.notInFile")
                : getTranslation("imports.at", l.line(), l.where())).setHeader(getTranslation("imports.col.where"))
                .setFlexGrow(1);
        grid.setPageSize(100);
        grid.setHeight("28rem");
        grid.getStyle().set("min-width", "0");

        recordMoves.setId("import-record-moves");
        recordMoves.setLabel(getTranslation("imports.recordMoves"));
        apply.setId("import-apply");
        apply.setText(getTranslation("imports.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.getStyle().set("min-height", "44px");
        apply.addClickListener(e -> confirm());
        result.setId("import-preview");
        result.addClassName("wm-section");
        result.setVisible(false);
        result.add(new H3(getTranslation("imports.preview")), summary, show, grid, recordMoves, apply);
        add(result);
        recent = new RecentImports(undo);
        add(recent);
    }

    /** Reads an uploaded file into a preview (shown below the upload). */
    public void previewOf(String fileName, byte[] bytes) {
        previewOf(fileName, new ByteArrayInputStream(bytes));
    }

    /** Reads an uploaded file's temporary file into a preview, streaming from it. */
    void previewOf(String fileName, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            previewOf(fileName, in);
        }
    }

    private void previewOf(String fileName, InputStream in) {
        ImportPreview.Format chosen = format.getValue() == null ? guess(fileName) : format.getValue();
        new Feedback().call(() -> imports.preview(chosen, fileName, in), p -> null).ifPresent(this::show);
    }

    private static ImportPreview.Format guess(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? ImportPreview.Format.CSV
                : ImportPreview.Format.CTF;
    }

    void show(ImportPreview p) {
        preview = p;
        fileProblems.removeAll();
        if (!p.fileProblems().isEmpty()) {
            result.setVisible(false);
            Feedback.error(getTranslation("imports.fileRefused", p.fileName()));
            for (Problem problem : p.fileProblems()) {
                fileProblems.add(new ListItem(getTranslation("imports.at", problem.line(), problem.where()) + ": "
                        + getTranslation(problem.key(), args(problem.arguments()))));
            }
            return;
        }
        result.setVisible(true);
        summary.setText(getTranslation("imports.summary", String.join(", ", p.schools()), p.count(ImportLine.Kind.ADDED),
                p.count(ImportLine.Kind.UPDATED), p.unchanged(), p.count(ImportLine.Kind.REFUSED),
                p.count(ImportLine.Kind.LEAVER), p.count(ImportLine.Kind.MOVE)));
        long movesAndLeavers = p.count(ImportLine.Kind.LEAVER) + p.count(ImportLine.Kind.MOVE);
        recordMoves.setVisible(officer && movesAndLeavers > 0);
        recordMoves.setValue(false);
        apply.setEnabled(p.applicable());
        show.clear();
        fill();
    }

    private void fill() {
        ImportPreview p = preview;
        if (p == null) {
            grid.setItems(List.of());
            return;
        }
        ImportLine.Kind kind = show.getValue();
        grid.setItems(kind == null ? p.lines() : p.lines(kind));
    }

    String reason(ImportLine l) {
        Object[] arguments = args(l.arguments());
        if ("imports.updated".equals(l.reasonKey()) && arguments.length == 1) {
            arguments = new Object[] {String.join(", ", Arrays.stream(String.valueOf(arguments[0]).split(", "))
                    .map(f -> getTranslation("imports.field." + f)).toList())};
        }
        return getTranslation(l.reasonKey(), arguments);
    }

    private static Object[] args(List<Object> arguments) {
        return arguments.stream().map(Translations::argument).toArray();
    }

    private void confirm() {
        ImportPreview p = preview;
        if (p == null || !p.applicable()) {
            return;
        }
        boolean moves = officer && recordMoves.getValue();
        String says = getTranslation("imports.confirm.says", p.count(ImportLine.Kind.ADDED),
                p.count(ImportLine.Kind.UPDATED), p.count(ImportLine.Kind.REFUSED))
                + " " + (moves ? getTranslation("imports.confirm.moves", p.count(ImportLine.Kind.LEAVER),
                p.count(ImportLine.Kind.MOVE)) : getTranslation("imports.confirm.noMoves"));
        Confirmation.of("confirm-import", getTranslation("imports.confirm.title"))
                .says(says)
                .confirm(getTranslation("imports.apply"), () -> applyNow(p, moves)).open();
    }

    private void applyNow(ImportPreview p, boolean moves) {
        Optional<PupilImportService.Applied> done = new Feedback()
                .onConflict("imports.conflict", () -> {
                    preview = null;
                    result.setVisible(false);
                })
                .call(() -> imports.apply(p, moves), a -> getTranslation("imports.applied", a.added(), a.updated(),
                        a.leavers(), a.moves()));
        done.ifPresent(a -> {
            preview = null;
            result.setVisible(false);
            grid.setItems(List.of());
            recent.refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }
}
