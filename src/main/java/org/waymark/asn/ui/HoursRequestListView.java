package org.waymark.asn.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.format.DateTimeFormatter;

import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.RequestRow;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The school's requests for ASN assistant hours, newest change first, with "New request": the
 * SENCO or head teacher picks one of the school's pupils and the guided form opens on a new draft.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/requests")
@Menu(order = 3.1, icon = "vaadin:clock", title = "nav.asnRequests")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER})
public class HoursRequestListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    final Grid<RequestRow> grid = new Grid<>();
    private final HoursRequestService requests;

    public HoursRequestListView(HoursRequestService requests) {
        this.requests = requests;
        setSizeFull();
        grid.setId("asn-requests");
        grid.setAriaLabel(getTranslation("nav.asnRequests"));
        grid.addColumn(GridCells.link(RequestRow::pupilName, HoursRequestView.class, "requestId",
                RequestRow::requestId)).setHeader(getTranslation("pupil.name")).setFlexGrow(2);
        grid.addColumn(r -> Translations.label(r.status())).setHeader(getTranslation("asn.status"));
        grid.addColumn(r -> r.midTerm() ? getTranslation("asn.requests.midTermShort") : "")
                .setHeader(getTranslation("asn.mta.kind"));
        grid.addColumn(r -> Translations.label(r.category())).setHeader(getTranslation("asn.category"))
                .setFlexGrow(2);
        grid.addColumn(r -> AsnLabels.hours(r.hoursAsked())).setHeader(getTranslation("asn.hoursAsked.short"));
        grid.addColumn(r -> AsnLabels.hours(r.decidedHours())).setHeader(getTranslation("asn.decidedHours.short"));
        grid.addColumn(r -> WHEN.format(r.updatedAt())).setHeader(getTranslation("bids.updated"));
        grid.setItems(requests.requestsOfMySchool());
        grid.setEmptyStateText(getTranslation("asn.requests.none"));
        FlexLayout actions = new FlexLayout();
        actions.addClassName("wm-filters");
        if (requests.mayStartRequests()) {
            Button newRequest = new Button(getTranslation("asn.requests.new"), new Icon(VaadinIcon.PLUS),
                    e -> openNewRequest());
            newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newRequest.setId("new-asn-request");
            actions.add(newRequest);
        }
        add(new H2(getTranslation("nav.asnRequests")), new Paragraph(getTranslation("asn.requests.help")), actions,
                grid);
        expand(grid);
    }

    /** "New request": a pupil of the school, then the guided form on a new draft. */
    void openNewRequest() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("asn.requests.new.title"));
        ComboBox<PupilRow> pupil = new ComboBox<>(getTranslation("bids.new.pupil"));
        pupil.setPlaceholder(getTranslation("bids.new.pupil.placeholder"));
        pupil.setItems(query -> requests.pupilsToRequestFor(query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream());
        pupil.setItemLabelGenerator(p -> p.displayName() + " · " + Translations.label(p.yearGroup()));
        pupil.setRequiredIndicatorVisible(true);
        pupil.setWidthFull();
        pupil.setId("new-asn-request-pupil");
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("asn.requests.new.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(midTerm -> getTranslation(Boolean.TRUE.equals(midTerm)
                ? "asn.requests.new.midTerm" : "asn.requests.new.session"));
        kind.setValue(false);
        kind.setHelperText(getTranslation("asn.requests.new.kindHelp"));
        kind.setId("new-asn-request-kind");
        Button start = new Button(getTranslation("asn.requests.new.start"), e -> {
            PupilRow chosen = pupil.getValue();
            if (chosen == null) {
                pupil.setErrorMessage(getTranslation("bids.new.pupilRequired"));
                pupil.setInvalid(true);
                return;
            }
            try {
                long requestId = requests.start(chosen.id(), Boolean.TRUE.equals(kind.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(HoursRequestFormView.class,
                        new RouteParameters("requestId", String.valueOf(requestId))));
            } catch (ValidationException ex) {
                pupil.setErrorMessage(ViolationNotice.text(ex.violations()));
                pupil.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("new-asn-request-start");
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId("new-asn-request-cancel");
        pupil.addValueChangeListener(e -> pupil.setInvalid(false));
        FlexLayout buttons = new FlexLayout(cancel, start);
        buttons.addClassName("wm-filters");
        dialog.add(pupil, kind, buttons);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.asnRequests");
    }
}
