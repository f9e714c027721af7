package org.waymark.ras.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.waymark.base.ui.TextLimit;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.service.RasCaseService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The TAC meeting's record: outcomes to the end of the key stage, up to five lines of provision
 * (a configured rate, hours a week, weeks a year), and what the TAC reconsidered when the plan
 * costs more than the indicative resource.
 */
class TacForm extends Div {

    static final int LINES = 5;

    final TextArea outcomes = new TextArea();
    final TextArea reconsidered = new TextArea();
    private final List<Select<RasRate>> rates = new ArrayList<>();
    private final List<BigDecimalField> hours = new ArrayList<>();
    private final List<IntegerField> weeks = new ArrayList<>();

    TacForm(List<RasRate> configured, int weeksAYear, String outcomesAgreed, String reconsideredText) {
        setId("ras-tac");
        outcomes.setLabel(getTranslation("ras.tac.outcomes"));
        outcomes.setHelperText(getTranslation("ras.tac.outcomesHelp"));
        outcomes.setId("ras-tac-outcomes");
        outcomes.setWidthFull();
        outcomes.setValue(outcomesAgreed);
        TextLimit.apply(outcomes, 4000);
        add(outcomes);
        if (configured.isEmpty()) {
            add(new Paragraph(getTranslation("ras.tac.noRates")));
        }
        for (int i = 0; i < LINES; i++) {
            Select<RasRate> rate = new Select<>();
            rate.setLabel(getTranslation("ras.tac.rate", i + 1));
            rate.setId("ras-tac-rate-" + i);
            rate.setItems(configured);
            rate.setEmptySelectionAllowed(true);
            rate.setEmptySelectionCaption(getTranslation("ras.tac.noLine"));
            rate.setItemLabelGenerator(r -> r == null ? getTranslation("ras.tac.noLine")
                    : getTranslation("ras.tac.rateOption", r.name(), RasLabels.money(r.hourlyRate())));
            BigDecimalField h = new BigDecimalField(getTranslation("ras.hoursAWeek"));
            h.setId("ras-tac-hours-" + i);
            IntegerField w = new IntegerField(getTranslation("ras.weeks"));
            w.setId("ras-tac-weeks-" + i);
            w.setValue(weeksAYear);
            w.setMin(1);
            w.setMax(52);
            rates.add(rate);
            hours.add(h);
            weeks.add(w);
            FlexLayout row = new FlexLayout(rate, h, w);
            row.addClassName("wm-filters");
            add(row);
        }
        reconsidered.setLabel(getTranslation("ras.tac.reconsidered"));
        reconsidered.setHelperText(getTranslation("ras.tac.reconsideredHelp"));
        reconsidered.setId("ras-tac-reconsidered");
        reconsidered.setWidthFull();
        reconsidered.setValue(reconsideredText);
        TextLimit.apply(reconsidered, 2000);
        add(reconsidered);
    }

    void line(int index, RasRate rate, BigDecimal hoursAWeek, int weeksAYear) {
        rates.get(index).setValue(rate);
        hours.get(index).setValue(hoursAWeek);
        weeks.get(index).setValue(weeksAYear);
    }

    List<RasCaseService.ProvisionInput> lines() {
        List<RasCaseService.ProvisionInput> list = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            RasRate rate = rates.get(i).getValue();
            if (rate != null) {
                BigDecimal h = hours.get(i).getValue();
                Integer w = weeks.get(i).getValue();
                list.add(new RasCaseService.ProvisionInput(rate.code(), h == null ? BigDecimal.ZERO : h,
                        w == null ? 0 : w));
            }
        }
        return list;
    }
}
