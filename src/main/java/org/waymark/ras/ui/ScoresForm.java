package org.waymark.ras.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.waymark.base.ui.TextLimit;
import org.waymark.ras.domain.RasOutcomes;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.domain.ScoringRules;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The RAS form: each outcome with its difficulty scale (the level and what it means) and the
 * evidence the score rests on. Read-only once the case co-ordinator has submitted it. The form
 * hands back its scores; the page sends them.
 */
class ScoresForm extends Div {

    private final Map<String, Select<Integer>> levels = new LinkedHashMap<>();
    private final Map<String, TextArea> evidence = new LinkedHashMap<>();

    ScoresForm(RasOutcomes outcomes, List<RasScore> scores, boolean editable) {
        this(outcomes, scores, editable, code -> List.of());
    }

    /** As above, with the names of the documents attached as each outcome's evidence shown under it. */
    ScoresForm(RasOutcomes outcomes, List<RasScore> scores, boolean editable,
               java.util.function.Function<String, List<String>> documents) {
        addClassName("wm-ras-scores");
        setId("ras-scores");
        Map<String, RasScore> byOutcome = new LinkedHashMap<>();
        scores.forEach(s -> byOutcome.put(s.outcome(), s));
        for (RasOutcomes.Outcome o : outcomes.outcomes()) {
            RasScore current = byOutcome.get(o.code());
            Div box = new Div();
            box.addClassName("wm-ras-outcome");
            box.add(new H4(getTranslation("ras.outcomeHeading", o.name(), o.weight())));
            Select<Integer> level = new Select<>();
            level.setLabel(getTranslation("ras.level"));
            level.setId("ras-level-" + o.code());
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i <= o.maxLevel(); i++) {
                items.add(i);
            }
            level.setItems(items);
            level.setItemLabelGenerator(i -> getTranslation("ras.levelOption", i, o.levels().get(i), o.points(i)));
            level.setValue(current == null ? 0 : current.level());
            level.setReadOnly(!editable);
            level.setWidthFull();
            TextArea why = new TextArea(getTranslation("ras.evidence"));
            why.setId("ras-evidence-" + o.code());
            why.setHelperText(getTranslation("ras.evidenceHelp"));
            why.setValue(current == null ? "" : current.evidence());
            why.setReadOnly(!editable);
            why.setWidthFull();
            TextLimit.apply(why, ScoringRules.MAX_EVIDENCE);
            levels.put(o.code(), level);
            evidence.put(o.code(), why);
            box.add(level, why);
            List<String> named = documents.apply(o.code());
            if (!named.isEmpty()) {
                Paragraph files = new Paragraph(getTranslation("ras.evidence.documents", String.join(", ", named)));
                files.setId("ras-documents-" + o.code());
                files.addClassName("wm-muted");
                box.add(files);
            }
            add(box);
        }
        if (outcomes.outcomes().isEmpty()) {
            add(new Paragraph(getTranslation("ras.noOutcomes")));
        }
    }

    List<RasScore> scores() {
        List<RasScore> list = new ArrayList<>();
        levels.forEach((code, level) -> list.add(new RasScore(code, level.getValue() == null ? 0 : level.getValue(),
                evidence.get(code).getValue())));
        return list;
    }

    /** The field a rule names by outcome code (the evidence, where most messages belong). */
    @org.jspecify.annotations.Nullable HasValidation field(String name) {
        TextArea area = evidence.get(name);
        return area;
    }

    void setLevel(String code, int level) {
        levels.get(code).setValue(level);
    }

    void setEvidence(String code, String text) {
        evidence.get(code).setValue(text);
    }
}
