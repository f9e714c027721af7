package org.waymark.plans.ui;

import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.RowList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.Voice;
import org.waymark.pupils.domain.AreaOfNeed;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

/** The row forms of the plan editor's lists. Every field is labelled. */
final class PlanRows {

    private PlanRows() {
    }

    private static String t(String key) {
        return I18NProvider.translate(key);
    }

    private static TextArea area(String key, @Nullable String value) {
        TextArea area = new TextArea(t(key));
        TextLimit.apply(area, 2000);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        return area;
    }

    /** A statement and whose words it is. */
    static final class StatementRow extends FormLayout implements RowList.Row<PlanContent.Statement> {
        final Select<Voice> voice = new Select<>();
        final TextArea text;

        StatementRow(PlanContent.@Nullable Statement s) {
            voice.setLabel(t("plan.editor.whoseWords"));
            voice.setItems(Voice.values());
            voice.setItemLabelGenerator(Translations::label);
            voice.setValue(s == null ? Voice.CHILD : s.voice());
            text = area("plan.editor.statement", s == null ? null : s.text());
            add(voice, text);
            setColspan(text, 2);
        }

        @Override
        public PlanContent.Statement value() {
            return new PlanContent.Statement(voice.getValue(), text.getValue().strip());
        }
    }

    static final class NeedRow extends FormLayout implements RowList.Row<PlanContent.Need> {
        final Select<AreaOfNeed> area = new Select<>();
        final TextArea description;

        NeedRow(PlanContent.@Nullable Need n) {
            area.setLabel(t("pupil.areaOfNeed"));
            area.setItems(AreaOfNeed.values());
            area.setItemLabelGenerator(Translations::label);
            area.setValue(n == null ? AreaOfNeed.COGNITION_LEARNING : n.area());
            description = area("plan.editor.needDescription", n == null ? null : n.description());
            add(area, description);
            setColspan(description, 2);
        }

        @Override
        public PlanContent.Need value() {
            return new PlanContent.Need(area.getValue(), description.getValue().strip());
        }
    }

    static final class OutcomeRow extends FormLayout implements RowList.Row<PlanContent.Outcome> {
        final TextField key = new TextField();
        final TextArea text;
        final DatePicker targetDate;
        /** The target a cleared date falls back to: the end of the next school year (from the clock). */
        private final LocalDate defaultTarget;

        OutcomeRow(PlanContent.@Nullable Outcome o, Supplier<String> nextKey, LocalDate defaultTarget) {
            this.defaultTarget = defaultTarget;
            key.setLabel(t("plan.editor.outcomeKey"));
            key.setValue(o == null ? nextKey.get() : o.key());
            key.setReadOnly(true);
            key.setWidth("6em");
            text = area("plan.editor.outcomeText", o == null ? null : o.text());
            targetDate = LocalisedDatePicker.create("plan.editor.targetDate");
            targetDate.setValue(o == null ? defaultTarget : o.targetDate());
            targetDate.setRequiredIndicatorVisible(true);
            add(key, targetDate, text);
            setColspan(text, 2);
        }

        @Override
        public PlanContent.Outcome value() {
            LocalDate date = targetDate.getValue();
            return new PlanContent.Outcome(key.getValue(), text.getValue().strip(),
                    date == null ? defaultTarget : date);
        }
    }

    static final class ProvisionRow extends FormLayout implements RowList.Row<PlanContent.Provision> {
        final Select<String> outcome = new Select<>();
        final TextField what = new TextField();
        final TextField who = new TextField();
        final TextField frequency = new TextField();
        final BigDecimalField hours = new BigDecimalField();
        final BigDecimalField cost = new BigDecimalField();
        final Select<DeliveryLanguage> language = new Select<>();
        final Select<GroupSize> groupSize = new Select<>();

        ProvisionRow(PlanContent.@Nullable Provision p, List<String> outcomeKeys, DeliveryLanguage defaultLanguage) {
            outcome.setLabel(t("plan.editor.forOutcome"));
            outcome.setItems(outcomeKeys);
            what.setLabel(t("plan.editor.what"));
            who.setLabel(t("plan.editor.who"));
            frequency.setLabel(t("plan.editor.frequency"));
            hours.setLabel(t("plan.editor.hoursPerWeek"));
            cost.setLabel(t("plan.editor.annualCost"));
            cost.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
            language.setLabel(t("plan.editor.language"));
            language.setItems(DeliveryLanguage.values());
            language.setItemLabelGenerator(Translations::label);
            groupSize.setLabel(t("plan.editor.groupSize"));
            groupSize.setItems(GroupSize.values());
            groupSize.setItemLabelGenerator(Translations::label);
            for (TextField f : List.of(what, who, frequency)) {
                TextLimit.apply(f, 2000);
            }
            if (p != null) {
                outcome.setValue(outcomeKeys.contains(p.outcomeKey()) ? p.outcomeKey() : null);
                what.setValue(p.what());
                who.setValue(p.who());
                frequency.setValue(p.frequency());
                hours.setValue(p.hoursPerWeek());
                cost.setValue(p.annualCost());
                language.setValue(p.language());
                groupSize.setValue(p.groupSize());
            } else {
                if (!outcomeKeys.isEmpty()) {
                    outcome.setValue(outcomeKeys.getFirst());
                }
                hours.setValue(BigDecimal.ONE);
                cost.setValue(BigDecimal.ZERO);
                language.setValue(defaultLanguage);
                groupSize.setValue(GroupSize.ONE_TO_ONE);
            }
            add(outcome, what, who, frequency, hours, cost, language, groupSize);
        }

        @Override
        public PlanContent.Provision value() {
            return new PlanContent.Provision(outcome.getValue() == null ? "" : outcome.getValue(),
                    what.getValue().strip(), who.getValue().strip(), frequency.getValue().strip(),
                    hours.getValue() == null ? BigDecimal.ZERO : hours.getValue(),
                    cost.getValue() == null ? BigDecimal.ZERO : cost.getValue(), language.getValue(),
                    groupSize.getValue());
        }
    }
}
