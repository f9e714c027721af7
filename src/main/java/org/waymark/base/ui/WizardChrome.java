package org.waymark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * What every step-by-step form around the portal shows (the plan editor, the bid wizard): "Step
 * n of m: name", a progress bar, a conflict box that says someone else saved first and offers to
 * load their version, and Back / Save-and-continue buttons. Ids start with the given prefix
 * ({@code plan-step}, {@code bid-next} …) so tests and assistive technology find them.
 */
public final class WizardChrome {

    private final String prefix;
    private final int steps;
    private final Span stepLabel = new Span();
    private final ProgressBar progress;
    private final Div conflict = new Div();
    private final Button back = new Button();
    private final Button next = new Button();

    public WizardChrome(String prefix, int steps, Runnable onBack, Runnable onNext) {
        this.prefix = prefix;
        this.steps = steps;
        progress = new ProgressBar(0, steps);
        conflict.addClassName("wm-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setId(prefix + "-conflict");
        conflict.setVisible(false);
        progress.setId(prefix + "-progress");
        stepLabel.setId(prefix + "-step");
        back.setText(back.getTranslation("plan.editor.back"));
        back.setId(prefix + "-back");
        back.addClickListener(e -> onBack.run());
        next.setId(prefix + "-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> onNext.run());
    }

    /** The header parts, in order: conflict box, step label, progress bar. */
    public Component[] header() {
        conflict.setVisible(false);
        return new Component[]{conflict, stepLabel, progress};
    }

    public HorizontalLayout buttons() {
        return new HorizontalLayout(back, next);
    }

    /**
     * Shows step {@code step} (0-based) called {@code stepName}; on the last step the forward
     * button reads {@code lastKey}, or is hidden when that is null (the step has its own button).
     */
    public void at(int step, String stepName, String lastKey) {
        stepLabel.setText(stepLabel.getTranslation("plan.editor.stepOf", step + 1, steps, stepName));
        progress.setValue(step + 1);
        back.setEnabled(step > 0);
        boolean last = step == steps - 1;
        next.setVisible(!last || lastKey != null);
        next.setText(next.getTranslation(last && lastKey != null ? lastKey : "plan.editor.saveNext"));
    }

    /** Someone else saved first: say so, keep the typing on screen, offer their version. */
    public void conflict(String messageKey, Runnable reload) {
        conflict.removeAll();
        Button load = new Button(conflict.getTranslation("pupil.conflict.reload"), e -> reload.run());
        load.setId(prefix + "-conflict-reload");
        conflict.add(new Paragraph(conflict.getTranslation(messageKey)), load);
        conflict.setVisible(true);
    }

    /**
     * Sends what the wizard made (the last step's button, after its confirmation): on success
     * {@code doneKey} is said and {@code then} runs (the record's own page); someone else's change
     * first redraws what is stored with the conflict message; a refusal redraws the step, whose final
     * check lists what stopped it.
     */
    public void submit(Runnable change, String doneKey, String conflictKey, Runnable redraw, Runnable then) {
        boolean[] conflicted = {false};
        Feedback submitting = new Feedback().onConflict(() -> {
            conflicted[0] = true;
            redraw.run();
            conflict(conflictKey, redraw);
        });
        if (submitting.run(change, doneKey)) {
            then.run();
        } else if (!conflicted[0]) {
            redraw.run();
        }
    }
}
