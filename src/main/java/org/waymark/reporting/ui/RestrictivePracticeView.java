package org.waymark.reporting.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.reporting.domain.RestrictiveKind;
import org.waymark.reporting.service.RestrictivePracticeService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A pupil's restrictive practice incidents, the latest first, each with its debrief and when the
 * parents were told; the pupil's school records a new one here.
 */
@Route("pupils/:pupilId/restrictive-practice")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER, Roles.PARENT})
public class RestrictivePracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RestrictivePracticeService service;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long pupilId;

    public RestrictivePracticeView(RestrictivePracticeService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("wm-restrictive");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pupilId = RouteIds.id(event.getRouteParameters(), "pupilId");
        show();
    }

    private void show() {
        removeAll();
        List<RestrictiveIncident> incidents = service.incidents(pupilId);
        boolean recorder = service.mayRecord(pupilId);
        H2 heading = new H2(getTranslation("restrictive.title"));
        heading.setId("restrictive-heading");
        add(heading, new Paragraph(getTranslation("restrictive.help")));
        Div list = new Div();
        list.setId("restrictive-list");
        if (incidents.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("restrictive.none"));
            none.setId("restrictive-none");
            list.add(none);
        }
        for (RestrictiveIncident incident : incidents) {
            list.add(card(incident, recorder));
        }
        add(list);
        if (recorder) {
            add(form());
        }
        unsaved.saved();
    }

    private Div card(RestrictiveIncident incident, boolean recorder) {
        Div card = new Div();
        card.addClassName("wm-card");
        card.setId("incident-" + incident.getId());
        card.add(new H3(Translations.label(incident.getKind()) + " — "
                + Dates.DAY_MONTH_YEAR_TIME.format(incident.getOccurredAt())));
        card.add(new Paragraph(getTranslation("restrictive.card.duration", incident.getDurationMinutes())));
        card.add(new Paragraph(getTranslation("restrictive.card.staff", incident.getStaffInvolved())));
        card.add(new Paragraph(incident.getDescription()));
        card.add(new Paragraph(incident.getDebriefOn() == null ? getTranslation("restrictive.card.noDebrief")
                : getTranslation("restrictive.card.debrief", Dates.DAY_MONTH_YEAR.format(incident.getDebriefOn()),
                incident.getDebriefNote())));
        card.add(new Paragraph(incident.getParentInformedOn() == null ? getTranslation("restrictive.card.notInformed")
                : getTranslation("restrictive.card.informed",
                Dates.DAY_MONTH_YEAR.format(incident.getParentInformedOn()), incident.getParentInformedHow())));
        if (recorder && incident.getDebriefOn() == null) {
            card.add(followUp(incident, "debrief", RestrictiveIncident.NOTE_LIMIT, (on, text) ->
                    service.recordDebrief(incident.getId(), incident.getVersion(), on, text)));
        }
        if (recorder && incident.getParentInformedOn() == null) {
            card.add(followUp(incident, "informed", RestrictiveIncident.HOW_LIMIT, (on, text) ->
                    service.recordParentInformed(incident.getId(), incident.getVersion(), on, text)));
        }
        return card;
    }

    /** The debrief or the parents' being told, added to an incident: a day and a few words. */
    private Div followUp(RestrictiveIncident incident, String what, int limit,
                         java.util.function.BiConsumer<java.time.LocalDate, String> record) {
        String prefix = "incident-" + incident.getId() + "-" + what;
        com.vaadin.flow.component.datepicker.DatePicker on =
                org.waymark.base.ui.LocalisedDatePicker.create("restrictive." + what + ".on");
        on.setValue(java.time.LocalDate.now(clock));
        on.setId(prefix + "-on");
        TextField text = TextLimit.apply(new TextField(getTranslation("restrictive." + what + ".text")), limit);
        text.setId(prefix + "-text");
        String field = what.equals("debrief") ? "debrief" : "parentInformed";
        Feedback feedback = new Feedback().field(field + "On", on).field(field.equals("debrief") ? "debriefNote"
                : "parentInformedHow", text).limits(text).onConflict("restrictive.conflict", this::show);
        Button save = new Button(getTranslation("restrictive." + what + ".save"), e -> {
            if (feedback.run(() -> record.accept(on.getValue() == null ? java.time.LocalDate.now(clock) : on.getValue(),
                    text.getValue()), "restrictive." + what + ".saved")) {
                show();
            }
        });
        save.setId(prefix + "-save");
        Div box = new Div(on, text, save);
        box.addClassName("wm-restrictive-follow-up");
        return box;
    }

    private Div form() {
        Div form = new Div();
        form.setId("restrictive-form");
        form.add(new H3(getTranslation("restrictive.form.title")));
        Select<RestrictiveKind> kind = new Select<>();
        kind.setLabel(getTranslation("restrictive.form.kind"));
        kind.setItems(RestrictiveKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(RestrictiveKind.PHYSICAL_INTERVENTION);
        kind.setId("restrictive-kind");
        DateTimePicker when = new DateTimePicker(getTranslation("restrictive.form.when"));
        when.setValue(LocalDateTime.now(clock.withZone(Dates.ZONE)).withSecond(0).withNano(0));
        when.setId("restrictive-when");
        IntegerField minutes = new IntegerField(getTranslation("restrictive.form.minutes"));
        minutes.setId("restrictive-minutes");
        TextField staff = TextLimit.apply(new TextField(getTranslation("restrictive.form.staff")),
                RestrictiveIncident.STAFF_LIMIT);
        staff.setId("restrictive-staff");
        TextArea what = TextLimit.apply(new TextArea(getTranslation("restrictive.form.what")),
                RestrictiveIncident.DESCRIPTION_LIMIT);
        what.setId("restrictive-what");
        Feedback feedback = new Feedback().field("occurredAt", when).field("duration", minutes).field("staff", staff)
                .field("description", what).limits(form);
        Button save = new Button(getTranslation("restrictive.form.save"), e -> Confirmation.of("confirm-restrictive",
                getTranslation("restrictive.form.confirm")).says(getTranslation("restrictive.form.confirmText"))
                .confirm(getTranslation("restrictive.form.save"), () -> {
                    LocalDateTime at = when.getValue() == null ? LocalDateTime.now(clock) : when.getValue();
                    RestrictiveIncident.Facts facts = new RestrictiveIncident.Facts(kind.getValue(),
                            at.atZone(Dates.ZONE).toInstant(), minutes.getValue() == null ? 0 : minutes.getValue(),
                            staff.getValue(), what.getValue());
                    if (feedback.run(() -> service.record(pupilId, facts), "restrictive.form.saved")) {
                        show();
                    }
                }).open());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("restrictive-save");
        form.add(kind, when, minutes, staff, what, save);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("restrictive.title");
    }
}
