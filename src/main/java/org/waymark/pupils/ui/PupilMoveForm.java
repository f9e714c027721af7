package org.waymark.pupils.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.waymark.base.domain.Violation;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.School;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.service.PupilRecord;
import org.waymark.pupils.service.PupilService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.waymark.base.ui.Feedback;

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
        Paragraph transferHint = new Paragraph(getTranslation("imports.export.moveHint"));
        transferHint.setId("move-transfer-hint");
        transferHint.setVisible(false);
        reason.addValueChangeListener(e -> {
            school.setVisible(e.getValue() == EnrolmentEndReason.MOVED_SCHOOL
                    || e.getValue() == EnrolmentEndReason.PLANNED_TRANSITION);
            // leaving the authority's schools: the receiving school gets the transfer file below
            transferHint.setVisible(e.getValue() == EnrolmentEndReason.LEFT && record.pupil().getUpn() != null);
        });
        on.setId("move-date");
        LocalDate today = LocalDate.now(clock);
        on.setMax(today);
        notified.setId("move-notified");
        notified.setValue(today);
        notified.setMax(today);
        notified.setHelperText(getTranslation("pupil.move.notifiedHelp"));
        on.addValueChangeListener(e -> notified.setMin(e.getValue()));
        Feedback feedback = new Feedback().field("reason", reason).field("school", school).field("date", on)
                .field("notified", notified).onConflict("pupil.move.conflict", afterwards);
        Button recordMove = new Button(getTranslation("pupil.move.record"), e -> {
            List<Violation> missing = new ArrayList<>();
            if (on.getValue() == null) {
                missing.add(Violation.of("date", "pupil.move.dateRequired"));
            }
            if (notified.getValue() == null) {
                missing.add(Violation.of("notified", "pupil.move.dateRequired"));
            }
            if (!missing.isEmpty()) {
                feedback.refused(missing);
                return;
            }
            if (feedback.run(() -> pupils.recordMove(pupilId, Objects.requireNonNull(record.pupil().getVersion()),
                    school.isVisible() && school.getValue() != null ? school.getValue().id() : null, on.getValue(),
                    notified.getValue(), reason.getValue()), "pupil.move.done")) {
                afterwards.run();
            }
        });
        recordMove.setId("move-record");
        FlexLayout row = new FlexLayout(reason, school, on, notified, recordMove);
        row.addClassName("wm-filters");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("pupil.move.heading")), new Paragraph(getTranslation("pupil.move.help")), row,
                transferHint);
        addClassName("wm-section");
        setId("pupil-move");
    }
}
