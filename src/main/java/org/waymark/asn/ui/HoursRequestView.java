package org.waymark.asn.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.format.DateTimeFormatter;

import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.AsnRequestStep;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.RequestDetails;
import org.waymark.base.domain.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.waymark.asn.domain.RequestInput;
import org.waymark.asn.service.MidTermService;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * One hours request as its school or the authority's officer reads it: the answers, the Child's
 * Plan's assistant role, what the eligibility check says, the decision, the documents and the
 * history; the school edits a draft from here and may withdraw a request nobody has decided.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/requests/:requestId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.EDUCATION_SUPPORT_OFFICER, Roles.INCLUSION_TEAM})
public class HoursRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final HoursRequestService requests;
    private final MidTermService midTerm;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private String title = "";

    public HoursRequestView(HoursRequestService requests, MidTermService midTerm, Clock clock) {
        this.requests = requests;
        this.midTerm = midTerm;
        this.clock = clock;
        addClassName("wm-asn-request-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event.getRouteParameters(), "requestId"));
    }

    private void show(long requestId) {
        RequestDetails d = requests.open(requestId);
        AsnRequest request = d.request();
        removeAll();
        title = getTranslation(request.getMidTerm() == null ? "asn.request.pageTitle" : "asn.request.mtaPageTitle",
                d.pupilName());
        H2 heading = new H2(title);
        heading.setId("asn-request-heading");
        Span status = new Span(Translations.label(request.getStatus()));
        status.addClassName("wm-status");
        status.setId("asn-request-status");
        status.getElement().setAttribute("data-status", request.getStatus().name());
        add(heading, status, new Paragraph(d.schoolName()));
        FlexLayout actions = new FlexLayout();
        actions.addClassName("wm-filters");
        if (d.mayEdit()) {
            Button edit = new Button(getTranslation("asn.request.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    HoursRequestFormView.class, new RouteParameters("requestId", String.valueOf(requestId)))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-asn-request");
            actions.add(edit);
        }
        add(actions);
        if (d.midTerm() != null) {
            add(new MidTermPanel(midTerm, d, LocalDate.now(clock), () -> show(requestId)));
        }
        if (request.getStatus() == AsnRequestStatus.DECIDED || request.getStatus() == AsnRequestStatus.DECLINED) {
            add(decision(request));
        }
        add(new RequestSummary(d), RequestAttachments.panel(requests, requestId, d.mayEdit(), () -> show(requestId)),
                history(d));
        if (d.mayWithdraw()) {
            add(withdrawal(d));
        }
        unsaved.saved();
    }

    static Div decision(AsnRequest request) {
        Div box = new Div();
        box.addClassName("wm-asn-decision");
        box.setId("asn-decision-" + request.getId());
        String when = request.getDecidedOn() == null ? "" : Dates.DAY_MONTH_YEAR.format(request.getDecidedOn());
        box.add(new Paragraph(request.getStatus() == AsnRequestStatus.DECIDED
                ? box.getTranslation("asn.decision.decided", AsnLabels.hours(request.getDecidedHours()), when)
                : box.getTranslation("asn.decision.declined", when)),
                new Paragraph(box.getTranslation("asn.decision.reasons", request.getDecisionReasons())));
        return box;
    }

    /**
     * The school takes the request back, saying why: the reason is asked for beside its field
     * first, then a confirmation says what happens and who is told.
     */
    private Section withdrawal(RequestDetails d) {
        TextArea reason = new TextArea(getTranslation("asn.request.withdrawReason"));
        reason.setWidthFull();
        reason.setId("asn-withdraw-reason");
        TextLimit.apply(reason, RequestInput.MAX_TEXT);
        Feedback feedback = new Feedback().field("reasons", reason).onConflict("asn.conflict", () -> show(d.id()));
        Button withdraw = new Button(getTranslation("asn.request.withdraw"), e -> {
            List<Violation> problems = RequestInput.reasons(reason.getValue());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            Confirmation.of("confirm-withdraw-asn", getTranslation("asn.confirm.withdraw.title"))
                    .says(getTranslation(d.request().getStatus() == AsnRequestStatus.DRAFT
                            ? "asn.confirm.withdraw.draft" : "asn.confirm.withdraw.submitted", d.pupilName()))
                    .tells(requests.toldOfWithdrawal(d.id()))
                    .confirm(getTranslation("asn.request.withdraw"), () -> {
                        if (feedback.run(() -> requests.withdraw(d.id(), d.lock(), reason.getValue()),
                                "asn.request.withdrawn")) {
                            show(d.id());
                        }
                    }).danger().open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw-asn-request");
        Section section = new Section(new H3(getTranslation("asn.request.withdraw")), reason, withdraw);
        section.addClassName("wm-section");
        section.setId("asn-withdrawal");
        return section;
    }

    private Section history(RequestDetails d) {
        OrderedList list = new OrderedList();
        for (AsnRequestStep step : d.request().getSteps()) {
            list.add(new ListItem(getTranslation("plan.timeline.step", Translations.label(step.status()),
                    d.people().name(step.actor()), WHEN.format(step.occurredAt()))
                    + (step.note() == null ? "" : " — " + step.note())));
        }
        Section section = new Section(new H3(getTranslation("asn.request.history")), list);
        section.addClassName("wm-section");
        section.setId("asn-request-history");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.asnRequests") : title;
    }
}
