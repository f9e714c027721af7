package org.waymark.panels.ui;

import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.TextLimit;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.Clock;
import java.time.LocalDate;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.panels.domain.InterimDecision;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.service.InterimService;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.domain.Violation;
import java.util.List;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;

/**
 * Interim decisions outside a panel: the HLN main panel's chair or group manager decides for a
 * fixed period; each decision goes on the next main panel's list. Panel officers see the list.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("interim")
@Menu(order = 10, icon = "vaadin:timer", title = "nav.interim")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PANEL_MEMBER})
public class InterimView extends VerticalLayout implements HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final InterimService interims;
    private final PupilService pupils;
    private final Clock clock;

    public InterimView(InterimService interims, PupilService pupils, Clock clock) {
        this.interims = interims;
        this.pupils = pupils;
        this.clock = clock;
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.interim")), new Paragraph(getTranslation("interim.help")));
        boolean mayDecide = interims.mayDecide();
        if (mayDecide) {
            add(form());
        } else {
            add(new Paragraph(getTranslation("interim.onlyChair")));
        }
        try {
            UnorderedList list = new UnorderedList();
            list.setId("interim-list");
            for (InterimDecision d : interims.list()) {
                list.add(new ListItem(new Span(pupils.nameOf(d.getPupilId()) + " · " + Translations.label(d.getGround())
                        + " · " + Money.pounds(d.getAmount()) + " · " + getTranslation("interim.until",
                        Dates.DAY_MONTH_YEAR.format(d.getEndDate())) + " · " + (d.getListedMeetingId() == null
                        ? getTranslation("interim.awaitingPanel") : getTranslation("interim.listed")))));
            }
            Section section = new Section(new H3(getTranslation("interim.list")), list);
            section.addClassName("wm-section");
            add(section);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // a panel member who is neither chair nor officer sees only the explanation
        }
        unsaved.saved();
    }

    private Section form() {
        ComboBox<PupilRow> pupil = new ComboBox<>(getTranslation("interim.pupil"));
        pupil.setItems(query -> pupils.searchCurrent(new PupilFilter(query.getFilter().orElse(null), null, null, null),
                PupilSort.NAME, query.getOffset(), query.getLimit()).stream());
        pupil.setItemLabelGenerator(r -> r.displayName() + " · " + r.schoolName());
        pupil.setId("interim-pupil");
        Select<InterimGround> ground = new Select<>();
        ground.setLabel(getTranslation("interim.ground"));
        ground.setItems(InterimGround.values());
        ground.setItemLabelGenerator(Translations::label);
        ground.setId("interim-ground");
        BigDecimalField amount = new BigDecimalField(getTranslation("panel.amount"));
        amount.setPrefixComponent(new Span("£"));
        amount.setId("interim-amount");
        DatePicker end = LocalisedDatePicker.create("interim.endDate");
        end.setMin(LocalDate.now(clock).plusDays(1));
        end.setMax(LocalDate.now(clock).plusMonths(InterimDecision.MAX_MONTHS));
        end.setId("interim-end");
        TextArea reasons = new TextArea(getTranslation("panel.reasons"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, 4000);
        reasons.setId("interim-reasons");
        Feedback feedback = new Feedback().field("pupil", pupil).field("ground", ground).field("amount", amount)
                .field("endDate", end).field("reasons", reasons).onConflict("panel.conflict", this::show);
        Button decide = new Button(getTranslation("interim.decide"), e -> {
            // what is missing is said beside its field at once; a complete decision is confirmed first
            List<Violation> missing = new java.util.ArrayList<>();
            if (pupil.getValue() == null) {
                missing.add(Violation.of("pupil", "interim.pupilRequired"));
            }
            if (ground.getValue() == null) {
                missing.add(Violation.of("ground", "interim.ground.required"));
            }
            if (amount.getValue() == null) {
                missing.add(Violation.of("amount", "interim.amount"));
            }
            if (end.getValue() == null) {
                missing.add(Violation.of("endDate", "interim.endDate.invalid", InterimDecision.MAX_MONTHS));
            }
            if (reasons.getValue().isBlank()) {
                missing.add(Violation.of("reasons", "panel.decide.reasons"));
            }
            if (!missing.isEmpty()) {
                feedback.refused(missing);
                return;
            }
            PupilRow chosen = pupil.getValue();
            // in a sentence the name reads as said ("Cerys Bowen"), not as listed ("Bowen, Cerys")
            String name = (chosen.preferredName() != null ? chosen.preferredName() : chosen.firstName()) + " "
                    + chosen.lastName();
            Confirmation.of("confirm-interim", getTranslation("interim.confirm.title", name))
                    .says(getTranslation("interim.confirm.text", name, Money.pounds(amount.getValue()),
                            Dates.DAY_MONTH_YEAR.format(end.getValue())))
                    .tells(interims.toldOfDecision(chosen.id()))
                    .confirm(getTranslation("interim.decide"), () -> {
                        if (feedback.run(() -> interims.decide(new InterimService.InterimRequest(chosen.id(),
                                ground.getValue(), null, amount.getValue(), end.getValue(), reasons.getValue())),
                                "interim.done")) {
                            show();
                        }
                    }).open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("interim-decide");
        FlexLayout row = new FlexLayout(pupil, ground, amount, end);
        row.addClassName("wm-filters");
        Section section = new Section(new H3(getTranslation("interim.new")), row, reasons, decide);
        section.addClassName("wm-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.interim");
    }
}
