package org.waymark.pupils.ui;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.pupils.domain.PupilRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * "New …" on a list of things made for one pupil (a bid, a request for hours): the user picks one
 * of the pupils they may start it for (searched as they type, a page at a time), then the new
 * draft is made and opened. No pupil chosen, or a pupil the rules refuse, is said beside the field.
 * Ids for tests: {@code prefix-pupil}, {@code prefix-start}, {@code prefix-cancel}.
 */
public final class NewForPupilDialog {

    /** The pupils the user may start it for, matching what they typed. */
    @FunctionalInterface
    public interface Candidates {
        List<PupilRow> find(@Nullable String text, int offset, int limit);
    }

    private NewForPupilDialog() {
    }

    /**
     * Opens the dialog: {@code start} makes the draft for the chosen pupil and answers its id,
     * {@code open} shows it; {@code more} are further choices shown below the pupil (read by {@code start}).
     */
    public static Dialog open(String idPrefix, String title, String startText, Candidates candidates,
                              LongUnaryOperator start, LongConsumer open, Component... more) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        ComboBox<PupilRow> pupil = new ComboBox<>(I18NProvider.translate("bids.new.pupil"));
        pupil.setPlaceholder(I18NProvider.translate("bids.new.pupil.placeholder"));
        pupil.setItems(query -> candidates.find(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream());
        pupil.setItemLabelGenerator(p -> p.displayName() + " · " + Translations.label(p.yearGroup()));
        pupil.setRequiredIndicatorVisible(true);
        pupil.setWidthFull();
        pupil.setId(idPrefix + "-pupil");
        Button begin = new Button(startText, e -> {
            PupilRow chosen = pupil.getValue();
            if (chosen == null) {
                pupil.setErrorMessage(I18NProvider.translate("bids.new.pupilRequired"));
                pupil.setInvalid(true);
                return;
            }
            try {
                long id = start.applyAsLong(chosen.id());
                dialog.close();
                open.accept(id);
            } catch (ValidationException ex) {
                pupil.setErrorMessage(ViolationNotice.text(ex.violations()));
                pupil.setInvalid(true);
            }
        });
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        begin.setId(idPrefix + "-start");
        Button cancel = new Button(I18NProvider.translate("common.cancel"), e -> dialog.close());
        cancel.setId(idPrefix + "-cancel");
        pupil.addValueChangeListener(e -> pupil.setInvalid(false));
        FlexLayout buttons = new FlexLayout(cancel, begin);
        buttons.addClassName("wm-filters");
        dialog.add(pupil);
        dialog.add(more);
        dialog.add(buttons);
        dialog.open();
        return dialog;
    }
}
