package org.waymark.ras.ui;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.ras.domain.OutcomeReviewRules;
import org.waymark.ras.domain.RasOutcomeReview;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * An annual review's look back before re-scoring: each outcome of the plan in force, how far it was
 * reached (achieved, partly, not yet) and a note on what the reports show. Read-only once recorded.
 * The form hands back its marks; the page sends them.
 */
class OutcomeReviewForm extends Div {

    private final List<RasOutcomeReview> outcomes;
    private final List<RadioButtonGroup<OutcomeProgress>> progress = new ArrayList<>();
    private final List<TextArea> notes = new ArrayList<>();

    OutcomeReviewForm(List<RasOutcomeReview> outcomes, boolean editable) {
        this.outcomes = List.copyOf(outcomes);
        addClassName("wm-ras-outcome-review");
        setId("ras-outcome-review");
        if (outcomes.isEmpty()) {
            add(new Paragraph(getTranslation("ras.outcomeReview.none")));
        }
        for (int i = 0; i < outcomes.size(); i++) {
            RasOutcomeReview r = outcomes.get(i);
            Div box = new Div();
            box.addClassName("wm-ras-outcome");
            box.add(new H4(r.outcome()));
            if (!editable) {
                Paragraph done = new Paragraph(getTranslation("ras.outcomeReview.result",
                        r.progress() == null ? "—" : Translations.label(r.progress()), r.note() == null ? "" : r.note()));
                done.setId("ras-review-result-" + i);
                box.add(done);
                add(box);
                continue;
            }
            RadioButtonGroup<OutcomeProgress> group = new RadioButtonGroup<>(getTranslation("ras.outcomeReview.progress"));
            group.setItems(OutcomeProgress.values());
            group.setItemLabelGenerator(Translations::label);
            group.setId("ras-review-progress-" + i);
            group.setValue(r.progress());
            TextArea note = new TextArea(getTranslation("ras.outcomeReview.note"));
            note.setId("ras-review-note-" + i);
            note.setWidthFull();
            note.setValue(r.note() == null ? "" : r.note());
            TextLimit.apply(note, OutcomeReviewRules.MAX_NOTE);
            progress.add(group);
            notes.add(note);
            box.add(group, note);
            add(box);
        }
    }

    List<RasOutcomeReview> reviewed() {
        List<RasOutcomeReview> list = new ArrayList<>();
        for (int i = 0; i < progress.size(); i++) {
            list.add(new RasOutcomeReview(outcomes.get(i).outcome(), progress.get(i).getValue(),
                    notes.get(i).getValue()));
        }
        return list;
    }

    /** The field a rule names ({@code review-N}): the note, where the message is shown. */
    @Nullable HasValidation field(String name) {
        if (!name.startsWith("review-")) {
            return null;
        }
        try {
            int i = Integer.parseInt(name.substring("review-".length()));
            return i >= 0 && i < notes.size() ? notes.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void mark(int index, OutcomeProgress value, String note) {
        progress.get(index).setValue(value);
        notes.get(index).setValue(note);
    }
}
