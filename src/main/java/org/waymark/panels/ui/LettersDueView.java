package org.waymark.panels.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.panels.service.LetterService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** Letters not yet sent, soonest due first, overdue ones marked (SPEC §6: ten working days). */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("letters")
@Menu(order = 8, icon = "vaadin:envelope", title = "nav.letters")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR})
public class LettersDueView extends VerticalLayout implements HasDynamicTitle {

    private final LetterService letters;
    private final Clock clock;
    private final Feedback feedback = new Feedback().onConflict("panel.conflict", this::refresh);
    final Grid<LetterService.LetterRow> grid = new ListGrid<>();

    public LettersDueView(LetterService letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
        grid.setId("letters-due");
        grid.addColumn(LetterService.LetterRow::pupilName).setHeader(getTranslation("letter.pupil")).setAutoWidth(true);
        grid.addColumn(LetterService.LetterRow::schoolName).setHeader(getTranslation("letter.school")).setAutoWidth(true);
        grid.addColumn(r -> DecisionWords.of(r.decided())).setHeader(getTranslation("letter.outcome"))
                .setKey("outcome").setAutoWidth(true);
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.letter().getDueBy())).setHeader(getTranslation("letter.dueBy"));
        grid.addComponentColumn(r -> {
            Span state = new Span(r.overdue() ? getTranslation("letter.overdue")
                    : r.letter().getStoredName() == null ? getTranslation("letter.toGenerate")
                    : getTranslation("letter.ready"));
            state.addClassName(r.overdue() ? "wm-badge-error" : "wm-badge");
            return state;
        }).setHeader(getTranslation("letter.state"));
        grid.addComponentColumn(r -> new RouterLink(getTranslation("letter.meetingLink"), PanelMeetingView.class,
                new RouteParameters("meetingId", String.valueOf(r.letter().getPanelMeetingId()))))
                .setHeader(getTranslation("letter.meetingLink"));
        grid.addComponentColumn(r -> {
            Button sent = new Button(getTranslation("letter.markSent"), e -> markSent(r));
            sent.setEnabled(r.letter().getStoredName() != null);
            sent.setId("sent-" + r.letter().getId());
            return sent;
        });
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.letters")), new Paragraph(getTranslation("letter.dueHelp")), grid);
        refresh();
    }

    private void markSent(LetterService.LetterRow row) {
        if (feedback.run(() -> letters.markSent(Objects.requireNonNull(row.letter().getId()),
                Objects.requireNonNull(row.letter().getVersion()), LocalDate.now(clock)), "letter.markedSent")) {
            refresh();
        }
    }

    void refresh() {
        grid.setItems(letters.due());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.letters");
    }
}
