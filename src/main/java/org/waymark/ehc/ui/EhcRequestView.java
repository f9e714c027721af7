package org.waymark.ehc.ui;

import static org.waymark.ehc.ui.EhcTexts.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.ehc.domain.EhcRules;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * Asking for an EHC needs assessment: a parent for their own child (the form fits a phone), a
 * school's SENCO for one of its pupils, both dated today; a caseworker records one the authority
 * received — from a professional (their name and who they are), a parent, the young person or a
 * school — on the day it came. The reasons and the areas of need; after sending, the case's page
 * takes the evidence.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("ehc/request")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.PARENT, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR,
        Roles.SEND_TEAM_LEADER})
public class EhcRequestView extends VerticalLayout implements HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    public EhcRequestView(EhcRequestService requests, PupilService pupils, CurrentUser currentUser, Clock clock) {
        addClassName("wm-ehc-request");
        var user = currentUser.require();
        boolean parent = user.has(Role.PARENT);
        boolean officer = !parent && !user.has(Role.SCHOOL_SENCO);
        add(new H2(t("ehc.request.title")), new Paragraph(t(parent ? "ehc.request.help.parent"
                : officer ? "ehc.request.help.officer" : "ehc.request.help.school")));

        Select<EhcRequestService.Child> child = new Select<>();
        ComboBox<PupilRow> pupil = new ComboBox<>(t("ehc.request.pupil"));
        HasValidation pupilField;
        if (parent) {
            child.setLabel(t("ehc.request.child"));
            child.setItems(requests.myChildren());
            child.setItemLabelGenerator(EhcRequestService.Child::name);
            child.setId("ehc-request-child");
            child.setWidthFull();
            add(child);
            pupilField = child;
        } else {
            pupil.setItems(query -> pupils.searchCurrent(new PupilFilter(query.getFilter().orElse(null), null, null, null),
                    PupilSort.NAME, query.getOffset(), query.getLimit()).stream());
            pupil.setItemLabelGenerator(r -> r.displayName() + " · " + r.schoolName());
            pupil.setId("ehc-request-pupil");
            pupil.setWidthFull();
            add(pupil);
            pupilField = pupil;
        }
        Select<RequestSource> source = new Select<>();
        TextField requester = new TextField(t("ehc.request.requester"));
        TextField requesterRole = new TextField(t("ehc.request.requesterRole"));
        DatePicker receivedOn = LocalisedDatePicker.create("ehc.request.receivedOn");
        if (officer) {
            source.setLabel(t("ehc.request.source"));
            source.setItems(RequestSource.values());
            source.setItemLabelGenerator(Translations::label);
            source.setValue(RequestSource.PROFESSIONAL);
            source.setId("ehc-request-source");
            TextLimit.apply(requester, EhcRules.MAX_NAME);
            requester.setId("ehc-request-requester");
            TextLimit.apply(requesterRole, EhcRules.MAX_NAME);
            requesterRole.setHelperText(t("ehc.request.requesterRole.help"));
            requesterRole.setId("ehc-request-role");
            LocalisedDatePicker.latest(receivedOn, LocalDate.now(clock), "ehc.date.future");
            receivedOn.setValue(LocalDate.now(clock));
            receivedOn.setId("ehc-request-received");
            FlexLayout row = new FlexLayout(source, requester, requesterRole, receivedOn);
            row.addClassName("wm-filters");
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            add(row);
        }
        TextArea reasons = new TextArea(t("ehc.request.reasons"));
        reasons.setHelperText(t(parent ? "ehc.request.reasons.help.parent" : "ehc.request.reasons.help"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, EhcRules.MAX_REASONS);
        reasons.setId("ehc-request-reasons");
        CheckboxGroup<AreaOfNeed> needs = new CheckboxGroup<>(t("ehc.request.needs"));
        needs.setItems(AreaOfNeed.values());
        needs.setItemLabelGenerator(Translations::label);
        needs.setId("ehc-request-needs");
        add(reasons, needs);

        Feedback feedback = new Feedback().field("pupil", pupilField).field("source", source)
                .field("requester", requester).field("requesterRole", requesterRole)
                .field("receivedOn", receivedOn).field("reasons", reasons).field("needs", needs);
        Button send = new Button(t(officer ? "ehc.request.record" : "ehc.request.send"), e -> {
            int over = TextLimit.overIn(this).size();
            if (over > 0) {
                feedback.refused(t("text.limit.refused", over));
                return;
            }
            Long pupilId = parent ? (child.getValue() == null ? null : child.getValue().pupilId())
                    : (pupil.getValue() == null ? null : pupil.getValue().id());
            List<Violation> problems = new ArrayList<>();
            if (pupilId == null) {
                problems.add(Violation.of("pupil", "ehc.required"));
            }
            EhcRules.text(problems, "reasons", reasons.getValue(), EhcRules.MAX_REASONS);
            if (needs.getValue().isEmpty()) {
                problems.add(Violation.of("needs", "ehc.request.needs.required"));
            }
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            EhcRequestService.RequestInput input = new EhcRequestService.RequestInput(pupilId, source.getValue(),
                    requester.getValue(), requesterRole.getValue(), reasons.getValue(),
                    new HashSet<>(needs.getValue()), receivedOn.getValue());
            String name = parent ? child.getValue().name() : pupil.getValue().displayName();
            Confirmation.of("confirm-ehc-request", t("ehc.request.confirm.title", name))
                    .says(t(officer ? "ehc.request.confirm.officer" : "ehc.request.confirm.text"))
                    .confirm(t(officer ? "ehc.request.record" : "ehc.request.send"),
                            () -> feedback.call(() -> officer ? requests.record(input) : requests.request(input),
                                    id -> t("ehc.request.done")).ifPresent(id -> {
                                unsaved.saved();
                                getUI().ifPresent(ui -> ui.navigate(EhcAssessmentView.class,
                                        new RouteParameters("assessmentId", String.valueOf(id))));
                            })).open();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("ehc-request-send");
        add(send);
        unsaved.saved();
    }

    @Override
    public String getPageTitle() {
        return t("ehc.request.title");
    }
}
