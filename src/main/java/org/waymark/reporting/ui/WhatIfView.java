package org.waymark.reporting.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.reporting.domain.ReportCsv;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.ReportTable;
import org.waymark.reporting.service.WhatIfService;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * What-if on band values: a new yearly amount for each level the caseload holds and the day it
 * would take effect; the year re-priced per family and for the authority against budget. Nothing
 * is saved.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Menu(order = 21, icon = "vaadin:calc", title = "nav.whatIf")
@Route("reports/what-if")
@RolesAllowed({Roles.LEAD_SEND_COORDINATOR, Roles.FINANCE_OFFICER, Roles.CASEWORKER, Roles.FAMILY_SENCO})
public class WhatIfView extends VerticalLayout implements HasDynamicTitle {

    private final Map<String, BigDecimalField> amounts = new LinkedHashMap<>();
    private final Div result = new Div();

    public WhatIfView(WhatIfService whatIf, Clock clock) {
        addClassName("wm-what-if");
        H2 heading = new H2(getTranslation("whatif.title"));
        heading.setId("whatif-heading");
        add(heading, new Paragraph(getTranslation("whatif.help")));
        LocalDate today = LocalDate.now(clock);
        int year = Dates.financialYearOf(today);
        FlexLayout fields = new FlexLayout();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("wm-report-filters");
        Feedback feedback = new Feedback();
        for (WhatIfService.Level level : whatIf.levels(getLocale())) {
            BigDecimalField field = new BigDecimalField(getTranslation("whatif.level", level.name(), level.pupils()));
            field.setId("whatif-level-" + level.code());
            amounts.put(level.code(), field);
            feedback.field("level-" + level.code(), field);
            fields.add(field);
        }
        DatePicker effective = LocalisedDatePicker.create("whatif.effective");
        effective.setValue(today);
        effective.setId("whatif-effective");
        feedback.field("effective", effective);
        fields.add(effective);
        if (amounts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("whatif.none"));
            none.setId("whatif-none");
            add(none);
        }
        Locale locale = getLocale();
        Button run = new Button(getTranslation("whatif.run"), e -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            amounts.forEach((code, field) -> {
                if (field.getValue() != null) {
                    values.put(code, field.getValue());
                }
            });
            LocalDate from = effective.getValue() == null ? today : effective.getValue();
            feedback.call(() -> whatIf.whatIf(ReportFilter.year(year), values, from, locale), table -> {
                show(table);
                return null;
            });
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("whatif-run");
        result.setId("whatif-result");
        add(fields, run, result);
    }

    private void show(ReportTable table) {
        result.removeAll();
        result.add(new ReportFigure(table, () -> ReportCsv.write(table, this::getTranslation)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whatif.title");
    }
}
