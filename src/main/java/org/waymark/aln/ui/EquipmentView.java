package org.waymark.aln.ui;

import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.waymark.aln.domain.EquipmentRequest;
import org.waymark.aln.domain.EquipmentStatus;
import org.waymark.aln.service.EquipmentService;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One request for specialist equipment: what, for what, the estimated cost, where it stands; the
 * specialist assessment and other documents (the school attaches them while it awaits a
 * decision). A caseworker of the pupil's authority approves (funding a cost) or declines it with
 * reasons after a confirmation, then records it ordered and delivered; delivery records it on the
 * pupil's IDP when the caseworker writes it.
 */
@ForSchemes(Scheme.IDP)
@Route("aln/equipment/:requestId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class EquipmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EquipmentService equipment;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long requestId;
    private String title = "";

    public EquipmentView(EquipmentService equipment, Clock clock) {
        this.equipment = equipment;
        this.clock = clock;
        addClassName("wm-aln-equipment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = RouteIds.id(event.getRouteParameters(), "requestId");
        show();
    }

    private void show() {
        removeAll();
        EquipmentService.EquipmentPage page = equipment.page(requestId);
        EquipmentRequest r = page.line().request();
        title = t("aln.equipment.title", page.line().pupilName());
        H2 heading = new H2(title);
        heading.setId("aln-equipment-heading");
        add(heading);
        Span status = new Span(Translations.label(r.getStatus()));
        status.addClassName("wm-status");
        status.setId("aln-equipment-status");
        status.getElement().setAttribute("data-status", r.getStatus().name());
        add(status);
        DescriptionList list = new DescriptionList();
        AlnTexts.term(list, "aln.equipment.item", r.getItem());
        AlnTexts.term(list, "aln.equipment.purpose", page.detailWithheld() ? t("aln.equipment.withheld")
                : page.purpose());
        AlnTexts.term(list, "aln.equipment.school", page.line().schoolName());
        AlnTexts.term(list, "aln.equipment.cost", Money.pounds(r.getEstimatedCost()));
        AlnTexts.term(list, "aln.equipment.requested", t("aln.equipment.byOn",
                page.people().name(r.getRequestedBy()), date(r.getRequestedAt().atZone(clock.getZone())
                        .toLocalDate())));
        if (r.getDecidedBy() != null) {
            AlnTexts.term(list, "aln.equipment.decision", t("aln.equipment.byOn", page.people().name(r.getDecidedBy()),
                    date(Objects.requireNonNull(r.getDecidedAt()).atZone(clock.getZone()).toLocalDate())));
            AlnTexts.term(list, "aln.equipment.reasons", page.detailWithheld() ? t("aln.equipment.withheld")
                    : page.decisionReasons());
        }
        if (r.getFundedCost() != null) {
            AlnTexts.term(list, "aln.equipment.funded", Money.pounds(r.getFundedCost()));
        }
        AlnTexts.term(list, "aln.equipment.orderedOn", date(r.getOrderedOn()));
        AlnTexts.term(list, "aln.equipment.deliveredOn", date(r.getDeliveredOn()));
        Section details = AlnTexts.section("aln.equipment.details", list);
        details.setId("aln-equipment-details");
        add(details);
        if (r.getStatus() == EquipmentStatus.DELIVERED) {
            Paragraph idp = new Paragraph(t(r.getPlanId() != null ? "aln.equipment.onIdp" : "aln.equipment.notOnIdp"));
            idp.setId("aln-equipment-idp");
            add(idp);
        }
        Paragraph assessment = new Paragraph(t(page.assessmentAttached() ? "aln.equipment.assessment.attached"
                : "aln.equipment.assessment.missing"));
        assessment.setId("aln-equipment-assessment");
        Section documents = AlnTexts.section("aln.equipment.assessment", assessment,
                new AttachmentsPanel(AttachmentsPanel.Source.of(() -> equipment.attachedFiles(requestId),
                        (kind, name, bytes) -> {
                            equipment.attach(requestId, kind, name, bytes);
                            show();
                        }, id -> equipment.attachment(requestId, id), id -> {
                            equipment.removeAttachment(requestId, id);
                            show();
                        }), page.mayAttach(), equipment.attachmentSizeLimit()));
        documents.setId("aln-equipment-documents");
        add(documents);
        if (page.mayDecide()) {
            add(decideForm(page));
        }
        if (page.mayOrder()) {
            add(stepButton("aln-equipment-ordered", "aln.equipment.markOrdered", "aln.equipment.ordered",
                    () -> equipment.ordered(requestId, version(r))));
        }
        if (page.mayDeliver()) {
            add(stepButton("aln-equipment-delivered", "aln.equipment.markDelivered", "aln.equipment.delivered",
                    () -> equipment.delivered(requestId, version(r))));
        }
        add(new RouterLink(t("aln.pupilTitle", page.line().pupilName()), PupilAlnView.class,
                new RouteParameters("pupilId", String.valueOf(r.getPupilId()))));
        unsaved.saved();
    }

    private static int version(EquipmentRequest r) {
        return r.getVersion() == null ? 0 : r.getVersion();
    }

    private Button stepButton(String id, String labelKey, String doneKey, Runnable step) {
        Feedback feedback = new Feedback().onConflict("aln.conflict", this::show);
        Button button = new Button(t(labelKey), e -> {
            if (feedback.run(step, doneKey)) {
                show();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    private Section decideForm(EquipmentService.EquipmentPage page) {
        EquipmentRequest r = page.line().request();
        BigDecimalField funded = new BigDecimalField(t("aln.equipment.fundedCost"));
        funded.setValue(r.getEstimatedCost());
        funded.setId("aln-equipment-funded");
        TextArea reasons = new TextArea(t("aln.equipment.reasons"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, EquipmentRequest.TEXT_MAX);
        reasons.setId("aln-equipment-reasons");
        Feedback feedback = new Feedback().field("fundedCost", funded).field("reasons", reasons)
                .limits(this).onConflict("aln.conflict", this::show);
        Button approve = new Button(t("aln.equipment.approve"), e -> confirm(feedback, true, page, funded, reasons));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("aln-equipment-approve");
        Button decline = new Button(t("aln.equipment.decline"), e -> confirm(feedback, false, page, funded, reasons));
        decline.setId("aln-equipment-decline");
        Section section = AlnTexts.section("aln.equipment.decide.title", funded, reasons, approve, decline);
        section.setId("aln-equipment-decide");
        return section;
    }

    private void confirm(Feedback feedback, boolean approve, EquipmentService.EquipmentPage page,
                         BigDecimalField funded, TextArea reasons) {
        int over = TextLimit.overIn(this).size();
        if (over > 0) {
            feedback.refused(t("text.limit.refused", over));
            return;
        }
        List<Violation> problems = EquipmentRequest.validateDecision(approve, reasons.getValue(), funded.getValue());
        if (!problems.isEmpty()) {
            feedback.refused(problems);
            return;
        }
        if (approve && !page.assessmentAttached()) {
            feedback.refused(t("aln.equipment.assessment.required"));
            return;
        }
        EquipmentRequest r = page.line().request();
        BigDecimal cost = funded.getValue();
        String why = reasons.getValue();
        Confirmation confirmation = Confirmation.of(approve ? "confirm-aln-equipment-approve"
                        : "confirm-aln-equipment-decline",
                t(approve ? "aln.equipment.approve.confirm.title" : "aln.equipment.decline.confirm.title",
                        r.getItem(), page.line().pupilName()))
                .says(approve ? t("aln.equipment.approve.confirm.text", Money.pounds(cost))
                        : t("aln.equipment.decline.confirm.text"))
                .tells(equipment.toldOfDecision(requestId))
                .confirm(t(approve ? "aln.equipment.approve" : "aln.equipment.decline"), () -> {
                    if (feedback.run(() -> {
                        if (approve) {
                            equipment.approve(requestId, version(r), cost, why);
                        } else {
                            equipment.decline(requestId, version(r), why);
                        }
                    }, approve ? "aln.equipment.approved" : "aln.equipment.declined")) {
                        unsaved.saved();
                        show();
                    }
                });
        if (!approve) {
            confirmation.danger();
        }
        confirmation.open();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? t("aln.equipment.list.title") : title;
    }
}
