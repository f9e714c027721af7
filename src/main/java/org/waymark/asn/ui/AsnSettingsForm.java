package org.waymark.asn.ui;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.service.AsnSettingsService;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.UnsavedChanges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * The authority's settings for ASN assistant hours, for its administrator (on their home page,
 * beside the authority's contact): the hourly rate of an assistant, the learning-centre staffing
 * ratio, the school week by phase and the officer who takes early-years mid-term requests. Bad
 * input is shown beside its field and nothing is stored; leaving with changes unsaved asks first.
 */
public class AsnSettingsForm extends Section {

    private final AsnSettingsService settings;
    final BigDecimalField rate = new BigDecimalField();
    final BigDecimalField ratio = new BigDecimalField();
    final BigDecimalField weekEarlyYears = new BigDecimalField();
    final BigDecimalField weekPrimary = new BigDecimalField();
    final BigDecimalField weekSecondary = new BigDecimalField();
    final Select<String> earlyYearsOfficer = new Select<>();
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private final Feedback feedback;
    private @Nullable Integer version;

    public AsnSettingsForm(AsnSettingsService settings) {
        this.settings = settings;
        setId("asn-settings");
        addClassName("wm-section");
        H3 title = new H3(getTranslation("asn.settings.title"));
        title.setId("asn-settings-title");
        getElement().setAttribute("aria-labelledby", "asn-settings-title");
        Paragraph help = new Paragraph(getTranslation("asn.settings.help"));
        help.addClassName("wm-muted");

        field(rate, "asn-settings-rate", "asn.settings.rate", "asn.settings.rateHelp");
        rate.setPrefixComponent(new Span("£"));
        field(ratio, "asn-settings-ratio", "asn.settings.ratio", "asn.settings.ratioHelp");
        field(weekEarlyYears, "asn-settings-week-early-years", "asn.settings.weekEarlyYears", null);
        field(weekPrimary, "asn-settings-week-primary", "asn.settings.weekPrimary", null);
        field(weekSecondary, "asn-settings-week-secondary", "asn.settings.weekSecondary", null);
        earlyYearsOfficer.setId("asn-settings-early-years-officer");
        earlyYearsOfficer.setLabel(getTranslation("asn.settings.earlyYearsOfficer"));
        earlyYearsOfficer.setHelperText(getTranslation("asn.settings.earlyYearsOfficerHelp"));
        earlyYearsOfficer.setEmptySelectionAllowed(true);
        earlyYearsOfficer.setEmptySelectionCaption(getTranslation("asn.settings.anyOfficer"));
        earlyYearsOfficer.setWidthFull();
        earlyYearsOfficer.setMaxWidth("30em");

        feedback = new Feedback().field("hourlyRate", rate).field("pupilsPerAssistant", ratio)
                .field("weekEarlyYears", weekEarlyYears).field("weekPrimary", weekPrimary)
                .field("weekSecondary", weekSecondary).field("earlyYearsOfficer", earlyYearsOfficer)
                .onConflict("asn.settings.conflict", this::show);
        Button save = new Button(getTranslation("asn.settings.save"), e -> save());
        save.setId("asn-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout weeks = new FlexLayout(weekEarlyYears, weekPrimary, weekSecondary);
        weeks.addClassName("wm-filters");
        add(title, help, rate, ratio, new Div(new H4(getTranslation("asn.settings.weeks")), weeks), earlyYearsOfficer,
                save);
        show();
    }

    private void field(BigDecimalField field, String id, String labelKey, @Nullable String helpKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        if (helpKey != null) {
            field.setHelperText(getTranslation(helpKey));
        }
        field.setMaxWidth("20em");
    }

    private void save() {
        AsnSettings.Values values = new AsnSettings.Values(rate.getValue(), ratio.getValue(), weekEarlyYears.getValue(),
                weekPrimary.getValue(), weekSecondary.getValue(), earlyYearsOfficer.getValue());
        feedback.call(() -> settings.change(version, values), saved -> getTranslation("asn.settings.saved"))
                .ifPresent(saved -> show());
    }

    /** The settings as stored now. */
    private void show() {
        AsnSettingsService.SettingsForm form = settings.form();
        version = form.version();
        AsnSettings.Values v = form.values();
        rate.setValue(v.hourlyRate());
        ratio.setValue(v.pupilsPerAssistant());
        weekEarlyYears.setValue(strip(v.weekEarlyYears()));
        weekPrimary.setValue(strip(v.weekPrimary()));
        weekSecondary.setValue(strip(v.weekSecondary()));
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        form.officers().forEach(o -> names.put(o.username(), o.name()));
        earlyYearsOfficer.setItems(names.keySet());
        earlyYearsOfficer.setItemLabelGenerator(u -> u == null ? getTranslation("asn.settings.anyOfficer")
                : names.getOrDefault(u, u));
        earlyYearsOfficer.setValue(v.earlyYearsOfficer());
        unsaved.saved();
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal hours) {
        return hours == null ? null : hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0)
                : hours.stripTrailingZeros();
    }
}
