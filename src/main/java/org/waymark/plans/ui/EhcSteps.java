package org.waymark.plans.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.RowList;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.PlacementType;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanRules;
import org.waymark.plans.ui.PlanRows.ProvisionRow;
import org.waymark.plans.ui.PlanRows.StatementRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The plan editor's parts for an EHC plan's own sections: A's aspirations, C and D's health and
 * social care needs, G, H1 and H2's provision (each tied to an outcome, quantified like F's), I's
 * placement, J's personal budget and K's advice. Only the shown step's editors are set.
 */
final class EhcSteps {

    private @Nullable RowList<PlanContent.Statement, StatementRow> aspirations;
    private @Nullable TextArea healthNeeds;
    private @Nullable TextArea socialCareNeeds;
    private @Nullable RowList<PlanContent.Provision, ProvisionRow> health;
    private @Nullable RowList<PlanContent.Provision, ProvisionRow> section2;
    private @Nullable RowList<PlanContent.Provision, ProvisionRow> otherCare;
    private @Nullable TextField placementName;
    private @Nullable Select<PlacementType> placementType;
    private @Nullable TextArea budgetArrangements;
    private @Nullable BigDecimalField budgetAmount;
    private @Nullable BigDecimalField budgetDirect;
    private @Nullable RowList<EhcSections.Advice, AdviceRow> advice;
    private @Nullable TextArea agencies;

    private static String t(String key) {
        return I18NProvider.translate(key);
    }

    void clear() {
        aspirations = null;
        healthNeeds = socialCareNeeds = budgetArrangements = agencies = null;
        health = section2 = otherCare = null;
        placementName = null;
        placementType = null;
        budgetAmount = budgetDirect = null;
        advice = null;
    }

    Component aspirations(EhcSections e) {
        aspirations = new RowList<>(t("plan.section.aspirations"), t("plan.editor.addStatement"), e.aspirations(),
                StatementRow::new, () -> new StatementRow(null));
        return aspirations;
    }

    Component needs(EhcSections e) {
        healthNeeds = lines("plan.ehc.section.C", e.healthNeeds());
        healthNeeds.setId("ehc-health-needs");
        socialCareNeeds = lines("plan.ehc.section.D", e.socialCareNeeds());
        socialCareNeeds.setId("ehc-social-care-needs");
        return new Div(healthNeeds, socialCareNeeds);
    }

    Component care(EhcSections e, List<String> keys, DeliveryLanguage language) {
        health = provisions("plan.ehc.section.G", e.healthProvision(), keys, language);
        section2 = provisions("plan.ehc.section.H1", e.socialCareSection2(), keys, language);
        otherCare = provisions("plan.ehc.section.H2", e.otherSocialCare(), keys, language);
        return new Div(new Paragraph(t("plan.editor.careHelp")), health, section2, otherCare);
    }

    Component placement(EhcSections e) {
        placementName = new TextField(t("plan.ehc.placement.name"));
        placementName.setId("ehc-placement-name");
        placementName.setWidthFull();
        TextLimit.apply(placementName, PlanRules.MAX_TEXT);
        placementType = new Select<>();
        placementType.setLabel(t("plan.ehc.placement.type"));
        placementType.setItems(PlacementType.values());
        placementType.setItemLabelGenerator(Translations::label);
        placementType.setId("ehc-placement-type");
        if (e.placement() != null) {
            placementName.setValue(e.placement().name());
            placementType.setValue(e.placement().type());
        } else {
            placementType.setValue(PlacementType.MAINSTREAM);
        }
        budgetArrangements = new TextArea(t("plan.ehc.budget.arrangements"));
        budgetArrangements.setHelperText(t("plan.ehc.budget.help"));
        budgetArrangements.setId("ehc-budget-arrangements");
        budgetArrangements.setWidthFull();
        TextLimit.apply(budgetArrangements, PlanRules.MAX_TEXT);
        budgetAmount = new BigDecimalField(t("plan.ehc.budget.amount"));
        budgetAmount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        budgetAmount.setId("ehc-budget-amount");
        budgetDirect = new BigDecimalField(t("plan.ehc.budget.direct"));
        budgetDirect.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        budgetDirect.setId("ehc-budget-direct");
        if (e.personalBudget() != null) {
            budgetArrangements.setValue(e.personalBudget().arrangements());
            budgetAmount.setValue(e.personalBudget().annualAmount());
            budgetDirect.setValue(e.personalBudget().directPayments());
        }
        FormLayout budget = new FormLayout(budgetAmount, budgetDirect);
        return new Div(new H3(t("plan.ehc.section.I")), placementName, placementType,
                new H3(t("plan.ehc.section.J")), budgetArrangements, budget);
    }

    Component advice(EhcSections e, List<String> agencyLines) {
        advice = new RowList<>(t("plan.ehc.advice.obtained"), t("plan.ehc.advice.add"), e.advice(), AdviceRow::new,
                () -> new AdviceRow(null));
        agencies = lines("plan.section.agencies", agencyLines);
        agencies.setId("ehc-agencies");
        return new Div(new H3(t("plan.ehc.section.K")), advice, agencies);
    }

    /** The content with the shown step's EHC edits applied. */
    PlanContent collect(PlanContent c) {
        EhcSections e = c.ehc();
        if (aspirations != null) {
            e = e.withViews(aspirations.values());
        }
        if (healthNeeds != null && socialCareNeeds != null) {
            e = e.withNeeds(PlanEditorView.lines(healthNeeds.getValue()),
                    PlanEditorView.lines(socialCareNeeds.getValue()));
        }
        if (health != null && section2 != null && otherCare != null) {
            e = e.withCareProvision(health.values(), section2.values(), otherCare.values());
        }
        if (placementName != null && placementType != null && budgetArrangements != null && budgetAmount != null
                && budgetDirect != null) {
            EhcSections.Placement placement = placementName.getValue().isBlank() ? null
                    : new EhcSections.Placement(placementName.getValue().strip(), placementType.getValue());
            boolean noBudget = budgetArrangements.getValue().isBlank() && budgetAmount.getValue() == null
                    && budgetDirect.getValue() == null;
            EhcSections.PersonalBudget budget = noBudget ? null : new EhcSections.PersonalBudget(
                    budgetArrangements.getValue().strip(),
                    budgetAmount.getValue() == null ? BigDecimal.ZERO : budgetAmount.getValue(),
                    budgetDirect.getValue() == null ? BigDecimal.ZERO : budgetDirect.getValue());
            e = e.withPlacement(placement, budget);
        }
        PlanContent result = c;
        if (advice != null && agencies != null) {
            e = e.withAdvice(advice.values());
            result = c.withSupportAround(c.assistantRole(), c.equipment(), PlanEditorView.lines(agencies.getValue()));
        }
        return result.withEhc(e);
    }

    /** The field a message about {@code name} goes beside, when it is one of these. */
    @Nullable HasValidation field(String name) {
        return switch (name) {
            case "healthNeeds" -> healthNeeds;
            case "socialCareNeeds" -> socialCareNeeds;
            case "placement" -> placementName;
            case "personalBudget" -> budgetArrangements;
            case "agencies" -> agencies;
            default -> null;
        };
    }

    @Nullable RowList<PlanContent.Statement, StatementRow> aspirations() {
        return aspirations;
    }

    @Nullable RowList<PlanContent.Provision, ProvisionRow> health() {
        return health;
    }

    @Nullable RowList<PlanContent.Provision, ProvisionRow> section2() {
        return section2;
    }

    @Nullable RowList<PlanContent.Provision, ProvisionRow> otherCare() {
        return otherCare;
    }

    @Nullable RowList<EhcSections.Advice, AdviceRow> advice() {
        return advice;
    }

    @Nullable TextArea healthNeeds() {
        return healthNeeds;
    }

    @Nullable TextField placementName() {
        return placementName;
    }

    private static TextArea lines(String labelKey, List<String> values) {
        TextArea area = new TextArea(t(labelKey));
        area.setHelperText(t("pupil.diagnoses.help"));
        area.setWidthFull();
        area.setValue(String.join("\n", values));
        return area;
    }

    private static RowList<PlanContent.Provision, ProvisionRow> provisions(String headingKey,
                                                                          List<PlanContent.Provision> values,
                                                                          List<String> keys, DeliveryLanguage language) {
        return new RowList<>(t(headingKey), t("plan.editor.addProvision"), values,
                p -> new ProvisionRow(p, keys, language), () -> new ProvisionRow(null, keys, language));
    }

    /** Section K: who gave a piece of advice, and its date. */
    static final class AdviceRow extends FormLayout implements RowList.Row<EhcSections.Advice> {
        final TextField from = new TextField();
        final DatePicker dated = LocalisedDatePicker.create("plan.ehc.advice.dated");

        AdviceRow(EhcSections.@Nullable Advice a) {
            from.setLabel(t("plan.ehc.advice.from"));
            TextLimit.apply(from, PlanRules.MAX_TEXT);
            from.setValue(a == null ? "" : a.from());
            dated.setValue(a == null ? null : a.dated());
            add(from, dated);
        }

        @Override
        public EhcSections.Advice value() {
            LocalDate date = dated.getValue();
            return new EhcSections.Advice(from.getValue().strip(), date == null ? LocalDate.MIN : date);
        }
    }
}
