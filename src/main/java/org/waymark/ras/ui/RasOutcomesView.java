package org.waymark.ras.ui;

import java.time.ZoneId;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.ras.domain.OutcomesStatus;
import org.waymark.ras.domain.OutcomesCsv;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasOutcomes;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.domain.RasSettings;
import org.waymark.ras.service.RasFrameworkService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's RAS outcome frameworks: each version with its status, its outcomes, weights and
 * scales, exported as CSV; the administrator imports a draft from a file (every problem listed by
 * line, nothing changed) and publishes it. Below, the sign-off limit and the hourly rates the TAC
 * meeting costs provision with.
 */
@ForSchemes(Scheme.RESOURCE_ALLOCATION)
@Route("ras/outcomes")
@Menu(order = 3.7, icon = "vaadin:list-ol", title = "nav.rasOutcomes")
@RolesAllowed({Roles.LA_ADMIN, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER})
public class RasOutcomesView extends VerticalLayout implements HasDynamicTitle {

    static final int RATE_ROWS = 6;

    private final RasFrameworkService frameworks;
    private final boolean admin;
    final UnorderedList problems = new UnorderedList();
    private final org.waymark.base.ui.UnsavedChanges unsaved = org.waymark.base.ui.UnsavedChanges.track(this);

    public RasOutcomesView(RasFrameworkService frameworks, CurrentUser currentUser) {
        this.frameworks = frameworks;
        this.admin = currentUser.require().has(Role.LA_ADMIN);
        problems.setId("ras-import-problems");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.rasOutcomes")), new Paragraph(getTranslation("ras.outcomes.help")));
        if (admin) {
            Upload upload = new Upload(new org.waymark.base.ui.CappedUpload(org.waymark.base.ui.CappedUpload.IMPORT_MAX_BYTES,
                (name, bytes) -> importFrom(bytes), org.waymark.base.ui.CappedUpload::refuseImport));
            upload.setId("ras-import");
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(1024 * 1024);
            Section section = new Section(new H3(getTranslation("ras.outcomes.import")),
                    new Paragraph(getTranslation("ras.outcomes.importHelp")), upload, problems);
            section.addClassName("wm-section");
            add(section);
        }
        for (RasFramework f : frameworks.versions()) {
            add(version(f));
        }
        add(settings(frameworks.settings()));
        unsaved.saved();
    }

    /** Reads a file into the draft; a file with problems lists them by line and changes nothing. */
    public void importFrom(byte[] bytes) {
        new Feedback().call(() -> frameworks.importDraft(bytes),
                r -> r.valid() ? getTranslation("ras.outcomes.imported") : null).ifPresent(r -> {
            if (r.valid()) {
                problems.removeAll();
                show();
            } else {
                Feedback.error(getTranslation("ras.outcomes.importRefused"));
                problems.removeAll();
                for (OutcomesCsv.Problem p : r.problems()) {
                    problems.add(new ListItem(getTranslation("ras.csv.line", p.line(),
                            getTranslation(p.key(), p.arguments().toArray()))));
                }
            }
        });
    }

    private Section version(RasFramework f) {
        Section section = new Section(new H3(getTranslation("ras.outcomes.version", f.getVersionNo(),
                Translations.label(f.getStatus()))));
        section.addClassName("wm-section");
        section.setId("ras-framework-" + f.getVersionNo());
        if (f.getPublishedAt() != null) {
            section.add(new Paragraph(getTranslation("ras.outcomes.published", Dates.DAY_MONTH_YEAR.format(
                    f.getPublishedAt().atZone(ZoneId.of("Europe/London"))))));
        }
        RasOutcomes outcomes = f.outcomes();
        Grid<RasOutcomes.Outcome> grid = new ListGrid<>();
        grid.setAriaLabel(getTranslation("ras.outcomes.version", f.getVersionNo(), Translations.label(f.getStatus())));
        grid.addColumn(RasOutcomes.Outcome::name).setHeader(getTranslation("ras.outcome")).setFlexGrow(3);
        grid.addColumn(RasOutcomes.Outcome::weight).setHeader(getTranslation("ras.weight"));
        grid.addColumn(o -> String.join(" · ", numbered(o.levels()))).setHeader(getTranslation("ras.scale"))
                .setFlexGrow(5);
        grid.setItems(outcomes.outcomes());
        grid.setAllRowsVisible(true);
        long id = java.util.Objects.requireNonNull(f.getId());
        Anchor export = new Anchor(org.waymark.base.ui.Downloads.file(() -> new org.waymark.base.ui.DownloadLink.File(
                "ras-outcomes-v" + f.getVersionNo() + ".csv", "text/csv; charset=UTF-8", frameworks.export(id))),
                getTranslation("ras.outcomes.export"));
        export.setId("ras-export-" + f.getVersionNo());
        export.addClassName("wm-link-button");
        section.add(new Paragraph(getTranslation("ras.outcomes.maxPoints", outcomes.maxPoints())), grid, export);
        if (admin && f.getStatus() == OutcomesStatus.DRAFT) {
            Button publish = new Button(getTranslation("ras.outcomes.publish"), e -> Confirmation.of(
                    "confirm-ras-publish", getTranslation("ras.outcomes.publishTitle"))
                    .says(getTranslation("ras.outcomes.publishSays", f.getVersionNo()))
                    .confirm(getTranslation("ras.outcomes.publish"), () -> {
                        if (new Feedback().run(() -> frameworks.publish(id), "ras.outcomes.publishedDone")) {
                            show();
                        }
                    }).open());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("ras-publish-" + f.getVersionNo());
            section.add(publish);
        }
        return section;
    }

    private static List<String> numbered(List<String> levels) {
        return java.util.stream.IntStream.range(0, levels.size()).mapToObj(i -> i + " " + levels.get(i)).toList();
    }

    private Section settings(RasSettings s) {
        Section section = new Section(new H3(getTranslation("ras.settings.title")));
        section.addClassName("wm-section");
        section.setId("ras-settings");
        section.add(new Paragraph(getTranslation("ras.settings.summary", RasLabels.money(s.getSignOffLimit()),
                s.getWeeksAYear())));
        Grid<RasRate> rates = new ListGrid<>();
        rates.setId("ras-rates");
        rates.setAriaLabel(getTranslation("ras.settings.rates"));
        rates.addColumn(RasRate::name).setHeader(getTranslation("ras.rate")).setFlexGrow(3);
        rates.addColumn(r -> RasLabels.money(r.hourlyRate())).setHeader(getTranslation("ras.hourlyRate"));
        rates.setItems(s.getRates());
        rates.setAllRowsVisible(true);
        section.add(rates);
        if (admin) {
            section.add(settingsEditor(s));
        }
        return section;
    }

    /** The administrator's editor: the limit, the weeks, and up to {@value #RATE_ROWS} rates (a row left empty is dropped). */
    private com.vaadin.flow.component.Component settingsEditor(RasSettings s) {
        com.vaadin.flow.component.textfield.BigDecimalField limit =
                new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("ras.settings.limitLabel"));
        limit.setId("ras-settings-limit");
        limit.setValue(s.getSignOffLimit());
        limit.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        com.vaadin.flow.component.textfield.IntegerField weeks =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("ras.weeks"));
        weeks.setId("ras-settings-weeks");
        weeks.setValue(s.getWeeksAYear());
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<com.vaadin.flow.component.textfield.TextField> codes = new java.util.ArrayList<>();
        List<com.vaadin.flow.component.textfield.TextField> names = new java.util.ArrayList<>();
        List<com.vaadin.flow.component.textfield.BigDecimalField> amounts = new java.util.ArrayList<>();
        for (int i = 0; i < RATE_ROWS; i++) {
            RasRate current = i < s.getRates().size() ? s.getRates().get(i) : null;
            var code = new com.vaadin.flow.component.textfield.TextField(getTranslation("ras.settings.code"));
            code.setId("ras-rate-code-" + i);
            org.waymark.base.ui.TextLimit.apply(code, 20);
            var name = new com.vaadin.flow.component.textfield.TextField(getTranslation("ras.rate"));
            name.setId("ras-rate-name-" + i);
            org.waymark.base.ui.TextLimit.apply(name, 100);
            var amount = new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("ras.hourlyRate"));
            amount.setId("ras-rate-amount-" + i);
            amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
            if (current != null) {
                code.setValue(current.code());
                name.setValue(current.name());
                amount.setValue(current.hourlyRate());
            }
            codes.add(code);
            names.add(name);
            amounts.add(amount);
            com.vaadin.flow.component.orderedlayout.FlexLayout row =
                    new com.vaadin.flow.component.orderedlayout.FlexLayout(code, name, amount);
            row.addClassName("wm-filters");
            rows.add(row);
        }
        Feedback feedback = new Feedback().field("limit", limit).field("weeks", weeks).field("rates", amounts.getFirst());
        Button save = new Button(getTranslation("ras.settings.save"), e -> {
            List<RasRate> list = new java.util.ArrayList<>();
            for (int i = 0; i < RATE_ROWS; i++) {
                if (!names.get(i).getValue().isBlank() || !codes.get(i).getValue().isBlank()) {
                    java.math.BigDecimal rate = amounts.get(i).getValue();
                    list.add(new RasRate(codes.get(i).getValue().strip().toUpperCase(java.util.Locale.ROOT),
                            names.get(i).getValue().strip(), rate == null ? java.math.BigDecimal.ZERO : rate));
                }
            }
            java.math.BigDecimal limitValue = limit.getValue();
            Integer weeksValue = weeks.getValue();
            if (feedback.run(() -> frameworks.changeSettings(limitValue == null ? java.math.BigDecimal.ZERO : limitValue,
                    weeksValue == null ? 0 : weeksValue, list), "ras.settings.saved")) {
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("ras-settings-save");
        com.vaadin.flow.component.orderedlayout.FlexLayout top =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(limit, weeks);
        top.addClassName("wm-filters");
        VerticalLayout editor = new VerticalLayout(new H3(getTranslation("ras.settings.change")), top, rows, save);
        editor.setPadding(false);
        editor.setId("ras-settings-editor");
        return editor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rasOutcomes");
    }
}
