package org.waymark.plans.ui;

import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.RowList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.waymark.base.ui.Feedback;

/**
 * The review record: each outcome of the version in force marked achieved, partly or not yet
 * (with a word on why), and the new outcomes agreed for the next version. Saving it shapes the
 * draft under review: achieved outcomes leave, new ones join.
 */
class ReviewRecordForm extends Section {

    private final PlanService plans;
    private final long planId;
    private final Runnable onSaved;
    private final DatePicker heldOn = LocalisedDatePicker.create("review.heldOn");
    private final TextArea summary = new TextArea();
    private final Map<String, RadioButtonGroup<OutcomeProgress>> progress = new HashMap<>();
    private final Map<String, TextField> comments = new HashMap<>();
    private final List<PlanContent.Outcome> outcomes;
    private final RowList<PlanReview.NewOutcome, NewOutcomeRow> newOutcomes;

    ReviewRecordForm(PlanService plans, long planId, List<PlanContent.Outcome> outcomes, LocalDate today,
                     Runnable onSaved) {
        this.plans = plans;
        this.planId = planId;
        this.outcomes = outcomes;
        this.onSaved = onSaved;
        addClassName("wm-section");
        setId("review-record");
        add(new H3(getTranslation("review.record.title")), new Paragraph(getTranslation("review.record.help")));
        heldOn.setValue(today);
        heldOn.setMax(today);
        heldOn.setId("review-held-on");
        add(heldOn);
        for (PlanContent.Outcome outcome : outcomes) {
            RadioButtonGroup<OutcomeProgress> group = new RadioButtonGroup<>(
                    getTranslation("review.outcome.label", outcome.key(), outcome.text()));
            group.setItems(OutcomeProgress.values());
            group.setItemLabelGenerator(Translations::label);
            group.setRequiredIndicatorVisible(true);
            group.setId("review-progress-" + outcome.key());
            TextField comment = new TextField(getTranslation("review.outcome.comment", outcome.key()));
            TextLimit.apply(comment, 1000);
            comment.setWidthFull();
            progress.put(outcome.key(), group);
            comments.put(outcome.key(), comment);
            Div block = new Div(group, comment);
            block.addClassName("wm-review-outcome");
            add(block);
        }
        summary.setLabel(getTranslation("review.summary"));
        TextLimit.apply(summary, 2000);
        summary.setWidthFull();
        summary.setId("review-summary");
        LocalDate defaultTarget = PlanEditorView.endOfNextSchoolYear(today);
        newOutcomes = new RowList<>(getTranslation("review.newOutcomes"), getTranslation("plan.editor.addOutcome"),
                List.of(), NewOutcomeRow::new, () -> new NewOutcomeRow(defaultTarget));
        Button save = new Button(getTranslation("review.record.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        add(summary, newOutcomes, save);
    }

    /** Marks an outcome (for tests and keyboard users alike this is just the radio value). */
    void mark(String outcomeKey, OutcomeProgress value, String comment) {
        progress.get(outcomeKey).setValue(value);
        comments.get(outcomeKey).setValue(comment);
    }

    RowList<PlanReview.NewOutcome, NewOutcomeRow> newOutcomes() {
        return newOutcomes;
    }

    void save() {
        List<PlanReview.ReviewedOutcome> marked = new ArrayList<>();
        for (PlanContent.Outcome outcome : outcomes) {
            OutcomeProgress value = progress.get(outcome.key()).getValue();
            if (value != null) {
                marked.add(new PlanReview.ReviewedOutcome(outcome.key(), outcome.text(), value,
                        comments.get(outcome.key()).getValue().strip()));
            }
        }
        LocalDate held = heldOn.getValue() == null ? LocalDate.MAX : heldOn.getValue();
        Feedback feedback = new Feedback().field("heldOn", heldOn).field("summary", summary)
                .fields(name -> name.startsWith("outcomes.") ? progress.get(name.substring("outcomes.".length())) : null)
                .rows("newOutcomes", () -> newOutcomes).onConflict("review.record.conflict", onSaved);
        if (feedback.run(() -> plans.recordReview(planId, new PlanReview.ReviewRecord(held, summary.getValue(), marked,
                newOutcomes.values())), "review.record.saved")) {
            onSaved.run();
        }
    }

    /** A new outcome agreed at the review. */
    static final class NewOutcomeRow extends FormLayout implements RowList.Row<PlanReview.NewOutcome> {
        final TextArea text = new TextArea();
        final DatePicker targetDate = LocalisedDatePicker.create("plan.editor.targetDate");

        NewOutcomeRow(LocalDate defaultTarget) {
            this(new PlanReview.NewOutcome("", defaultTarget));
        }

        NewOutcomeRow(PlanReview.NewOutcome outcome) {
            text.setLabel(getTranslationStatic("plan.editor.outcomeText"));
            TextLimit.apply(text, 2000);
            text.setWidthFull();
            text.setValue(outcome.text());
            targetDate.setValue(outcome.targetDate());
            add(text, targetDate);
        }

        private static String getTranslationStatic(String key) {
            return com.vaadin.flow.i18n.I18NProvider.translate(key);
        }

        @Override
        public PlanReview.NewOutcome value() {
            LocalDate date = targetDate.getValue();
            return new PlanReview.NewOutcome(text.getValue().strip(), date == null ? LocalDate.MIN : date);
        }
    }
}
