package org.waymark.asn.ui;

import org.waymark.pupils.ui.NewForPupilDialog;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.format.DateTimeFormatter;

import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.RequestRow;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

    final Grid<RequestRow> grid = new ListGrid<>();
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
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("asn.requests.new.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(midTerm -> getTranslation(Boolean.TRUE.equals(midTerm)
                ? "asn.requests.new.midTerm" : "asn.requests.new.session"));
        kind.setValue(false);
        kind.setHelperText(getTranslation("asn.requests.new.kindHelp"));
        kind.setId("new-asn-request-kind");
        NewForPupilDialog.open("new-asn-request", getTranslation("asn.requests.new.title"),
                getTranslation("asn.requests.new.start"), requests::pupilsToRequestFor,
                pupilId -> requests.start(pupilId, Boolean.TRUE.equals(kind.getValue())),
                requestId -> getUI().ifPresent(ui -> ui.navigate(HoursRequestFormView.class,
                        new RouteParameters("requestId", String.valueOf(requestId)))), kind);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.asnRequests");
    }
}
