package org.waymark.pupils.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.organisation.domain.School;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.service.PupilRecord;
import org.waymark.pupils.service.PupilService;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * For the officer told of a move (SPEC §8): the pupil moved to another school of the authority
 * (planned transition or in-year), left, or never took up the place, from a date, and the date
 * the authority was told (today unless said otherwise: the one-month rule counts from it).
 * Funding that follows the pupil moves with them; the rest stops as the rules say. A Year 6
 * pupil's move to a secondary school is their transfer: the school chosen here is the one a
 * Year 6 award goes on to.
 */
class PupilMoveForm extends Section {

    final Select<EnrolmentEndReason> reason = new Select<>();
    final Select<School> school = new Select<>();
    final DatePicker on = LocalisedDatePicker.create("pupil.move.date");
    final DatePicker notified = LocalisedDatePicker.create("pupil.move.notified");

    PupilMoveForm(PupilService pupils, PupilRecord record, Clock clock, Runnable afterwards) {
        long pupilId = Objects.requireNonNull(record.pupil().getId());
        reason.setLabel(getTranslation("pupil.move.reason"));
        reason.setItems(EnrolmentEndReason.values());
        reason.setItemLabelGenerator(Translations::label);
        reason.setValue(EnrolmentEndReason.MOVED_SCHOOL);
        reason.setId("move-reason");
        List<School> destinations = pupils.moveDestinations(pupilId);
        school.setLabel(getTranslation("pupil.move.school"));
        school.setItems(destinations);
        school.setItemLabelGenerator(s -> s == null ? "" : s.name());
        school.setId("move-school");
        reason.addValueChangeListener(e -> school.setVisible(e.getValue() == EnrolmentEndReason.MOVED_SCHOOL
                || e.getValue() == EnrolmentEndReason.PLANNED_TRANSITION));
        on.setId("move-date");
        LocalDate today = LocalDate.now(clock);
        on.setMax(today);
        notified.setId("move-notified");
        notified.setValue(today);
        notified.setMax(today);
        notified.setHelperText(getTranslation("pupil.move.notifiedHelp"));
        on.addValueChangeListener(e -> notified.setMin(e.getValue()));
        Button recordMove = new Button(getTranslation("pupil.move.record"), e -> {
            List.<HasValidation>of(reason, school, on, notified).forEach(f -> f.setInvalid(false));
            boolean missing = false;
            for (DatePicker date : List.of(on, notified)) {
                if (date.getValue() == null) {
                    date.setInvalid(true);
                    date.setErrorMessage(getTranslation("pupil.move.dateRequired"));
                    missing = true;
                }
            }
            if (missing) {
                return;
            }
            try {
                pupils.recordMove(pupilId, Objects.requireNonNull(record.pupil().getVersion()),
                        school.isVisible() && school.getValue() != null ? school.getValue().id() : null, on.getValue(),
                        notified.getValue(), reason.getValue());
                Notification.show(getTranslation("pupil.move.done"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterwards.run();
            } catch (ValidationException ex) {
                showBesideFields(ex.violations());
                ViolationNotice.show(ex.violations());
            } catch (ConflictException ex) {
                Notification.show(getTranslation("pupil.move.conflict"), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                afterwards.run();
            }
        });
        recordMove.setId("move-record");
        FlexLayout row = new FlexLayout(reason, school, on, notified, recordMove);
        row.addClassName("wm-filters");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("pupil.move.heading")), new Paragraph(getTranslation("pupil.move.help")), row);
        addClassName("wm-section");
        setId("pupil-move");
    }

    /** Each broken rule beside the field it is about. */
    private void showBesideFields(List<Violation> violations) {
        Map<String, HasValidation> fields = Map.of("reason", reason, "school", school, "date", on,
                "notified", notified);
        for (Violation v : violations) {
            HasValidation field = fields.get(v.field());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(ViolationNotice.message(v));
            }
        }
    }
}
