package org.waymark.imports.ui;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.imports.domain.UndoPreview;
import org.waymark.imports.domain.UndoPreview.UndoLine;
import org.waymark.imports.service.ImportUndoService;
import org.waymark.imports.service.ImportUndoService.RecentImport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The import page's "Recent imports" (issue 22, DD020): who applied which file when and what it
 * did, until when it can be undone; Undo shows what undoing would do — pupils removed, details put
 * back, and what is kept and why, the leavers and moves it leaves alone — then a confirmation
 * saying exactly that, then the outcome through the feedback helper.
 */
class RecentImports extends Section {

    private final ImportUndoService undo;
    final Grid<RecentImport> grid = new ListGrid<>();
    final Paragraph none = new Paragraph();
    final Section preview = new Section();
    final H3 previewTitle = new H3();
    final Paragraph summary = new Paragraph();
    final UnorderedList notes = new UnorderedList();
    final Grid<UndoLine> lines = new ListGrid<>();
    final Button undoButton = new Button();
    private @Nullable UndoPreview shown;

    RecentImports(ImportUndoService undo) {
        this.undo = undo;
        setId("import-recent");
        addClassName("wm-section");
        none.setText(t("imports.recent.none"));
        none.setId("import-recent-none");

        grid.setId("import-recent-list");
        grid.setAriaLabel(t("imports.recent"));
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR_TIME.format(r.appliedAt())).setHeader(t("imports.recent.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecentImport::madeBy).setHeader(t("imports.recent.who")).setFlexGrow(1);
        grid.addColumn(RecentImport::fileName).setHeader(t("imports.recent.file")).setFlexGrow(1);
        grid.addColumn(RecentImports::did).setHeader(t("imports.recent.did")).setFlexGrow(2);
        grid.addColumn(RecentImports::undoState).setHeader(t("imports.recent.undo")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button b = new Button(t("imports.recent.undoButton"), e -> showPreview(r.id()));
            b.setId("import-undo-" + r.id());
            b.setAriaLabel(t("imports.recent.undoLabel", r.fileName()));
            b.getStyle().set("min-height", "44px");
            b.setVisible(r.undoable());
            return b;
        }).setKey("undo").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // on a phone the texts wrap in their cells rather than pushing the Undo button out of sight
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getStyle().set("min-width", "0");

        preview.setId("import-undo-preview");
        preview.setVisible(false);
        summary.setId("import-undo-summary");
        notes.setId("import-undo-notes");
        lines.setId("import-undo-lines");
        lines.setAriaLabel(t("imports.recent.undo"));
        lines.addColumn(l -> t("imports.undo.kind." + l.kind().name())).setHeader(t("imports.col.what"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(UndoLine::name).setHeader(t("imports.col.pupil")).setFlexGrow(2);
        lines.addColumn(this::reason).setHeader(t("imports.col.reason")).setFlexGrow(4);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setPageSize(100);
        lines.setHeight("20rem");
        lines.getStyle().set("min-width", "0");
        undoButton.setId("import-undo-apply");
        undoButton.setText(t("imports.undo.apply"));
        undoButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undoButton.getStyle().set("min-height", "44px");
        undoButton.addClickListener(e -> confirm());
        preview.add(previewTitle, summary, notes, lines, undoButton);

        add(new H3(t("imports.recent")), new Paragraph(t("imports.recent.help", undo.undoDays())), none, grid, preview);
        refresh();
    }

    /** Reads the list again (after an import or an undo). */
    void refresh() {
        List<RecentImport> recent = undo.recent();
        grid.setItems(recent);
        grid.setVisible(!recent.isEmpty());
        none.setVisible(recent.isEmpty());
    }

    static String did(RecentImport r) {
        return t("imports.recent.didText", r.added(), r.updated(), r.leavers(), r.moves());
    }

    static String undoState(RecentImport r) {
        if (r.undoneAt() != null) {
            return t("imports.recent.undone", r.undoneBy(), Dates.DAY_MONTH_YEAR_TIME.format(r.undoneAt()), r.removed(),
                    r.restored(), r.kept());
        }
        String until = Dates.DAY_MONTH_YEAR_TIME.format(r.undoUntil());
        return r.undoable() ? t("imports.recent.until", until) : t("imports.recent.expired", until);
    }

    String reason(UndoLine l) {
        String prefix = l.kind() == UndoLine.Kind.KEEP ? "imports.undo.work." : "imports.field.";
        String items = String.join(", ", l.items().stream().map(i -> t(prefix + i)).toList());
        return t(l.reasonKey(), items);
    }

    void showPreview(long importId) {
        new Feedback().call(() -> undo.preview(importId), p -> null).ifPresentOrElse(this::show, () -> {
            shown = null;
            preview.setVisible(false);
            refresh();
        });
    }

    private void show(UndoPreview p) {
        shown = p;
        preview.setVisible(true);
        previewTitle.setText(t("imports.undo.title", p.fileName()));
        summary.setText(t("imports.undo.summary", p.count(UndoLine.Kind.REMOVE), p.count(UndoLine.Kind.RESTORE),
                p.count(UndoLine.Kind.KEEP), p.count(UndoLine.Kind.KEEP_FIELDS)));
        notes.removeAll();
        if (!p.changesAnything()) {
            notes.add(new ListItem(t("imports.undo.nothing")));
        }
        notes.add(new ListItem(t("imports.undo.movesNote", p.leavers(), p.moves())));
        lines.setItems(p.lines());
        undoButton.setEnabled(p.changesAnything());
    }

    private void confirm() {
        UndoPreview p = shown;
        if (p == null || !p.changesAnything()) {
            return;
        }
        Confirmation.of("confirm-undo", t("imports.undo.confirm.title", p.fileName()))
                .says(t("imports.undo.confirm.says", p.count(UndoLine.Kind.REMOVE), p.count(UndoLine.Kind.RESTORE),
                        p.count(UndoLine.Kind.KEEP), p.count(UndoLine.Kind.KEEP_FIELDS)))
                .says(t("imports.undo.confirm.moves"))
                .confirm(t("imports.undo.apply"), () -> undoNow(p))
                .danger().open();
    }

    private void undoNow(UndoPreview p) {
        Optional<ImportUndoService.Undone> done = new Feedback()
                .onConflict("imports.undo.conflict", () -> showPreview(p.importId()))
                .call(() -> undo.undo(p), u -> t("imports.undo.done", u.removed(), u.restored(), u.kept()));
        if (done.isPresent()) {
            shown = null;
            preview.setVisible(false);
            lines.setItems(List.of());
        }
        refresh();
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
