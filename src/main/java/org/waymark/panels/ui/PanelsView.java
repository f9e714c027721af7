package org.waymark.panels.ui;

import org.waymark.base.ui.UnsavedChanges;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.Clock;
import java.time.LocalDate;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.Feedback;
import org.waymark.panels.domain.Panel;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelSeat;
import org.waymark.panels.service.PanelMakeUpService;
import org.waymark.panels.service.PanelService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's panels for its panel officers: standing members of the HLN main panel (the
 * resubmission panel sits with them), the appeals panel and the SEND resource panel; meetings;
 * opening the next one, whose case list fills itself.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("panels")
@Menu(order = 7, icon = "vaadin:gavel", title = "nav.panels")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR})
public class PanelsView extends VerticalLayout implements HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final PanelService panels;
    private final PanelMakeUpService makeUp;
    private final Clock clock;
    private final Feedback feedback = new Feedback().onConflict("panel.conflict", this::show);

    public PanelsView(PanelService panels, PanelMakeUpService makeUp, Clock clock) {
        this.panels = panels;
        this.makeUp = makeUp;
        this.clock = clock;
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.panels")), new Paragraph(getTranslation("panel.help")), openForm(),
                meetings());
        for (Panel panel : panels.panels()) {
            add(standing(panel));
        }
        unsaved.saved();
    }

    private Section openForm() {
        Select<PanelKind> kind = new Select<>();
        kind.setLabel(getTranslation("panel.kind"));
        kind.setItems(PanelKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(PanelKind.HLN_MAIN);
        kind.setId("panel-kind");
        DatePicker date = LocalisedDatePicker.create("panel.date");
        date.setValue(LocalDate.now(clock));
        date.setId("panel-date");
        Button open = new Button(getTranslation("panel.open"), e -> {
            // no date is refused beside the field by the service: it never means today
            Feedback opening = new Feedback().field("date", date).onConflict("panel.conflict", this::show);
            opening.call(() -> panels.open(kind.getValue(), date.getValue()), listing -> null).ifPresent(listing -> {
                PanelMeetingView.heldBack(listing);
                unsaved.saved(); // the choices made here are the meeting just opened
                getUI().ifPresent(ui -> ui.navigate(PanelMeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(listing.meetingId()))));
            });
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-panel-meeting");
        FlexLayout row = new FlexLayout(kind, date, open);
        row.addClassName("wm-filters");
        row.setAlignItems(Alignment.BASELINE);
        Section section = new Section(new H3(getTranslation("panel.openHeading")), row);
        section.addClassName("wm-section");
        return section;
    }

    private Section meetings() {
        UnorderedList list = new UnorderedList();
        list.setId("panel-meetings");
        for (PanelMeeting m : panels.meetings()) {
            list.add(new ListItem(new RouterLink(getTranslation("panel.meetingTitle", Translations.label(m.getKind()),
                    Dates.DAY_MONTH_YEAR.format(m.getMeetingDate())), PanelMeetingView.class,
                    new RouteParameters("meetingId", String.valueOf(m.getId()))),
                    new Span(" · " + Translations.label(m.getStatus()) + " · "
                            + getTranslation("moderation.caseCount", m.getCases().size()))));
        }
        Section section = new Section(new H3(getTranslation("panel.meetings")), list);
        section.addClassName("wm-section");
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("panel.noMeetings")));
        }
        return section;
    }

    private Section standing(Panel panel) {
        String prefix = "panel-" + panel.getKind().name().toLowerCase(java.util.Locale.ROOT);
        UnorderedList list = new UnorderedList();
        list.setId(prefix + "-seats");
        for (PanelSeat seat : panel.getSeats()) {
            Button remove = new Button(getTranslation("panel.unseat"), e -> Confirmation.of(
                            "confirm-unseat-" + seat.userId(), getTranslation("panel.confirm.unseat.title",
                                    seat.displayName()))
                    .says(getTranslation("panel.confirm.unseatStanding.text", seat.displayName(),
                            Translations.label(panel.getKind())))
                    .tells(java.util.List.of()) // removing a seat sends no notice
                    .confirm(getTranslation("panel.unseatNamed", seat.displayName()), () -> act(
                            () -> panels.unseat(panel.getKind(), seat.userId()), "panel.unseated", seat.displayName()))
                    .danger().open());
            remove.setId(prefix + "-unseat-" + seat.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("panel.unseatNamed", seat.displayName()));
            list.add(new ListItem(new Span(seat.displayName() + " — " + Translations.label(seat.capacity()) + ", "
                    + Translations.label(seat.seatRole())), remove));
        }
        String heading = Translations.label(panel.getKind()) + (panel.getKind() == PanelKind.HLN_MAIN
                ? " " + getTranslation("panel.alsoResubmission") : "");
        Section section = new Section(new H3(heading), list);
        MakeUpWarning.of(makeUp.ofStandingPanel(panel.getKind()), prefix + "-makeup-warning").ifPresent(section::add);
        section.add(new SeatForm(panels.candidates(), prefix,
                (person, capacity, role) -> act(() -> panels.seat(panel.getKind(), person, capacity, role),
                        "panel.seated")));
        section.addClassName("wm-section");
        return section;
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        if (feedback.run(action, doneKey, arguments)) {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.panels");
    }
}
