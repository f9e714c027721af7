package org.waymark.descriptors.ui;

import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.TextLimit;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.descriptors.domain.Descriptor;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.domain.EvidenceRule;
import org.waymark.descriptors.domain.FrameworkArea;
import org.waymark.descriptors.domain.FrameworkStatus;
import org.waymark.descriptors.domain.FrameworkTheme;
import org.waymark.descriptors.domain.FundingLevel;
import org.waymark.descriptors.service.DescriptorFrameworkService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;

/**
 * One framework: each area with the descriptors of all its columns side by side per key theme,
 * the funding levels and threshold, the evidence rules; for a draft, editing, import, publishing;
 * for any, export and copying to the next financial year.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("frameworks/:frameworkId")
@RolesAllowed(Roles.LA_ADMIN)
public class FrameworkEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final DescriptorFrameworkService frameworks;
    private final Div conflict = new Div();
    final ImportProblems problems = new ImportProblems();
    private long frameworkId;
    private int lock;
    private String title = "";
    /** The descriptor editors of the shown framework, by theme and column. */
    final Map<String, Map<String, TextArea>> descriptors = new LinkedHashMap<>();
    /** The "no descriptor at this level" marks of the shown framework, by theme and column. */
    final Map<String, Map<String, Checkbox>> noDescriptor = new LinkedHashMap<>();
    final Map<String, BigDecimalField[]> bands = new LinkedHashMap<>();
    /** Messages beside the cell ("theme/column") or the level's band they are about. */
    private final Feedback feedback = new Feedback().fields(name -> {
        int slash = name.indexOf('/');
        if (slash > 0) {
            return descriptors.getOrDefault(name.substring(0, slash), Map.of()).get(name.substring(slash + 1));
        }
        BigDecimalField[] band = bands.get(name);
        return band == null ? null : band[0];
    }).onConflict(this::showConflict);

    public FrameworkEditorView(DescriptorFrameworkService frameworks) {
        this.frameworks = frameworks;
        addClassName("wm-framework-editor");
        conflict.addClassName("wm-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setId("framework-conflict");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        frameworkId = RouteIds.id(event.getRouteParameters(), "frameworkId");
        show();
    }

    private void show() {
        DescriptorFramework f = frameworks.open(frameworkId);
        lock = Objects.requireNonNull(f.getVersion());
        boolean draft = f.getStatus() == FrameworkStatus.DRAFT;
        removeAll();
        descriptors.clear();
        noDescriptor.clear();
        bands.clear();
        conflict.setVisible(false);
        title = getTranslation("framework.editor.title", Dates.financialYearLabel(f.getFinancialYear()));
        Span status = new Span(Translations.label(f.getStatus()));
        status.addClassName("wm-status");
        status.setId("framework-status");
        add(new H2(title), status, conflict, actions(f, draft), problems, levels(f, draft));
        for (FrameworkArea area : f.getAreas()) {
            add(area(f, area, draft));
        }
        add(evidence(f));
        unsaved.saved();
    }

    private FlexLayout actions(DescriptorFramework f, boolean draft) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("wm-actions");
        if (draft) {
            String year = Dates.financialYearLabel(f.getFinancialYear());
            Button publish = new Button(getTranslation("framework.publish"), e -> {
                if (unsaved.dirty()) {
                    // what is published is what is stored: typed changes would silently be left out
                    feedback.refused(getTranslation("framework.publish.saveFirst"));
                    return;
                }
                Confirmation.of("confirm-publish", getTranslation("framework.confirm.publish.title", year))
                        .says(getTranslation("framework.confirm.publish.text", year))
                        .tells(java.util.List.of())
                        .confirm(getTranslation("framework.publish"), () -> act(() -> {
                            frameworks.publish(frameworkId, lock);
                            return null;
                        }, "framework.published"))
                        .open();
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("framework-publish");
            bar.add(publish);
        }
        Button copy = new Button(getTranslation("framework.copy",
                Dates.financialYearLabel(f.getFinancialYear() + 1)), e -> feedback.call(
                () -> frameworks.copyToNextYear(frameworkId), copyId -> getTranslation("framework.copied"))
                .ifPresent(copyId -> getUI().ifPresent(ui -> ui.navigate(FrameworkEditorView.class,
                        new RouteParameters("frameworkId", String.valueOf(copyId))))));
        copy.setId("framework-copy");
        Anchor export = new Anchor(org.waymark.base.ui.Downloads.file(() -> {
            DescriptorFrameworkService.Export file = frameworks.export(frameworkId);
            return new org.waymark.base.ui.DownloadLink.File(file.fileName(), "text/csv; charset=UTF-8", file.bytes());
        }), getTranslation("framework.export"));
        export.setId("framework-export");
        export.addClassName("wm-link-button");
        bar.add(copy, export);
        if (draft) {
            Upload upload = new Upload(new org.waymark.base.ui.CappedUpload(org.waymark.base.ui.CappedUpload.IMPORT_MAX_BYTES,
                (name, bytes) -> replaceFrom(bytes), org.waymark.base.ui.CappedUpload::refuseImport));
            upload.setId("framework-replace");
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(5 * 1024 * 1024);
            bar.add(new Div(new Paragraph(getTranslation("framework.importReplace")), upload));
        }
        return bar;
    }

    /** Replaces the draft with a file's content, only when the whole file is valid. */
    public void replaceFrom(byte[] bytes) {
        feedback.call(() -> frameworks.importInto(frameworkId, lock, bytes),
                outcome -> outcome.imported() ? getTranslation("framework.import.done") : null).ifPresent(outcome -> {
            if (outcome.imported()) {
                show();
            } else {
                // nothing stored: no success, and the problems are listed by line below
                Feedback.error(getTranslation("framework.import.refused"));
            }
            problems.show(outcome.problems());
        });
    }

    private Section levels(DescriptorFramework f, boolean draft) {
        Section section = new Section(new H3(getTranslation("framework.levels")));
        section.addClassName("wm-section");
        section.add(new Paragraph(getTranslation("framework.thresholdIs", f.getNotionalThreshold().toPlainString())));
        for (FundingLevel level : f.getFundingLevels()) {
            BigDecimalField min = new BigDecimalField(getTranslation("framework.level.min", level.name()));
            min.setValue(level.minAmount());
            min.setPrefixComponent(new Span("£"));
            min.setReadOnly(!draft);
            BigDecimalField max = new BigDecimalField(getTranslation("framework.level.max", level.name()));
            max.setValue(level.maxAmount());
            max.setPrefixComponent(new Span("£"));
            max.setReadOnly(!draft);
            bands.put(level.code(), new BigDecimalField[]{min, max});
            FlexLayout row = new FlexLayout(new H4(level.name()), min, max);
            row.addClassName("wm-filters");
            row.setAlignItems(Alignment.BASELINE);
            if (draft) {
                Button save = new Button(getTranslation("framework.save"), e -> act(() -> frameworks.editLevel(
                        frameworkId, lock, level.code(), value(min), value(max)), "framework.saved"));
                save.setId("save-level-" + level.code());
                row.add(save);
            }
            section.add(row);
        }
        return section;
    }

    private static BigDecimal value(BigDecimalField field) {
        return field.getValue() == null ? BigDecimal.valueOf(-1) : field.getValue();
    }

    /** An area: per key theme, the descriptors of all its columns side by side. */
    private Section area(DescriptorFramework f, FrameworkArea area, boolean draft) {
        Section section = new Section(new H3(area.name()));
        section.addClassName("wm-section");
        section.add(new Paragraph(getTranslation("framework.columns", String.join(" · ", area.columns()))));
        for (FrameworkTheme theme : f.themesOf(area.code())) {
            Div columns = new Div();
            columns.addClassName("wm-descriptor-grid");
            Map<String, TextArea> editors = new LinkedHashMap<>();
            Map<String, Checkbox> marks = new LinkedHashMap<>();
            for (String column : area.columns()) {
                boolean none = f.descriptor(theme.code(), column).map(Descriptor::isNone).orElse(false);
                TextArea text = new TextArea(column);
                text.setValue(f.descriptor(theme.code(), column).map(Descriptor::text).orElse(""));
                text.setReadOnly(!draft);
                if (draft) {
                    TextLimit.apply(text, 2000);
                }
                text.setAriaLabel(theme.name() + " — " + column);
                text.setId("descriptor-" + theme.code() + "-" + column);
                Checkbox mark = new Checkbox(getTranslation("framework.noDescriptor"), none);
                mark.setReadOnly(!draft);
                mark.setId("no-descriptor-" + theme.code() + "-" + column);
                mark.setAriaLabel(getTranslation("framework.noDescriptorAt", theme.name(), column));
                showMark(text, none);
                mark.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        text.clear();
                    }
                    showMark(text, e.getValue());
                });
                editors.put(column, text);
                marks.put(column, mark);
                Div cell = new Div(text, mark);
                cell.addClassName("wm-descriptor-cell");
                if (none) {
                    cell.addClassName("wm-descriptor-none");
                }
                columns.add(cell);
            }
            descriptors.put(theme.code(), editors);
            noDescriptor.put(theme.code(), marks);
            Div block = new Div(new H4(theme.name()), columns);
            block.addClassName("wm-theme");
            if (draft) {
                Button save = new Button(getTranslation("framework.saveTheme", theme.name()),
                        e -> saveTheme(f, theme, editors, marks));
                save.setId("save-theme-" + theme.code());
                block.add(save);
            }
            section.add(block);
        }
        return section;
    }

    /** An empty cell shows that it is empty on purpose, and takes no text until the mark is removed. */
    private void showMark(TextArea text, boolean none) {
        text.setEnabled(!none);
        text.setPlaceholder(none ? getTranslation("framework.noDescriptor") : "");
    }

    /** Saves what changed in a theme: texts, and cells marked (or no longer marked) as empty. */
    private void saveTheme(DescriptorFramework f, FrameworkTheme theme, Map<String, TextArea> editors,
                           Map<String, Checkbox> marks) {
        act(() -> {
            // new texts first, so a theme whose last described cell moves keeps one descriptor throughout
            for (Map.Entry<String, TextArea> e : editors.entrySet()) {
                Descriptor before = f.descriptor(theme.code(), e.getKey()).orElse(null);
                String text = e.getValue().getValue();
                if (!marks.get(e.getKey()).getValue()
                        && (before == null || before.isNone() || !before.text().equals(text.strip()))) {
                    lock = frameworks.editDescriptor(frameworkId, lock, theme.code(), e.getKey(), text);
                }
            }
            for (Map.Entry<String, Checkbox> e : marks.entrySet()) {
                boolean wasNone = f.descriptor(theme.code(), e.getKey()).map(Descriptor::isNone).orElse(false);
                if (e.getValue().getValue() && !wasNone) {
                    lock = frameworks.markNoDescriptor(frameworkId, lock, theme.code(), e.getKey());
                }
            }
            return null;
        }, "framework.saved");
    }

    private Section evidence(DescriptorFramework f) {
        Section section = new Section(new H3(getTranslation("framework.evidence")));
        section.addClassName("wm-section");
        UnorderedList list = new UnorderedList();
        for (EvidenceRule rule : f.getEvidenceRules()) {
            String where = rule.themeCode() != null ? rule.themeCode() : rule.areaCode() != null ? rule.areaCode() : "*";
            list.add(new ListItem(where + " · " + (rule.levelCode() == null ? "*" : rule.levelCode()) + " · "
                    + getTranslation("enum.AttachmentKind." + rule.attachmentKind()) + ": " + rule.message()));
        }
        section.add(list);
        return section;
    }

    private void act(java.util.function.Supplier<Object> action, String doneKey) {
        if (feedback.run(action::get, doneKey)) {
            show();
        }
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("pupil.conflict.reload"), ev -> show());
        reload.setId("framework-conflict-reload");
        conflict.add(new Paragraph(getTranslation("framework.conflict")), reload);
        conflict.setVisible(true);
    }

    int lock() {
        return lock;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.frameworks") : title;
    }
}
