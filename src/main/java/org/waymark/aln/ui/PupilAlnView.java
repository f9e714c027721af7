package org.waymark.aln.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.EquipmentRequest;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.DisagreementService;
import org.waymark.aln.service.EquipmentService;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * A Welsh pupil's additional learning needs: each concern and what became of it (the decision,
 * who maintains the IDP, referrals), the no-ALN letter; the school's SENCO and head record a new
 * concern here. A parent sees the decisions about their own child. Reached from the pupil's record.
 */
@ForSchemes(Scheme.IDP)
@Route("pupils/:pupilId/aln")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class PupilAlnView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AlnService aln;
    private final DisagreementService disagreements;
    private final EquipmentService equipment;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long pupilId;
    private String title = "";

    public PupilAlnView(AlnService aln, DisagreementService disagreements, EquipmentService equipment, Clock clock) {
        this.aln = aln;
        this.disagreements = disagreements;
        this.equipment = equipment;
        this.clock = clock;
        addClassName("wm-aln");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pupilId = RouteIds.id(event.getRouteParameters(), "pupilId");
        show();
    }

    private void show() {
        removeAll();
        AlnService.PupilAln record = aln.pupil(pupilId);
        AlnService.PupilFacts pupil = record.pupil();
        title = t("aln.pupilTitle", pupil.pupilName());
        H2 heading = new H2(title);
        heading.setId("aln-heading");
        add(heading, new Paragraph(t("aln.help", pupil.pupilName())));
        Div facts = new Div();
        facts.setId("aln-facts");
        if (pupil.lookedAfter()) {
            facts.add(status(t("aln.facts.lookedAfter")));
        }
        if (pupil.dualRegistered()) {
            facts.add(status(t("aln.facts.dualRegistered")));
        }
        if (pupil.specialPlacement()) {
            facts.add(status(t("aln.facts.specialPlacement")));
        }
        if (facts.getChildren().findAny().isPresent()) {
            add(facts);
        }
        if (pupil.mustRefer() && record.mayRaise()) {
            add(new Paragraph(t("aln.facts.mustRefer")));
        }
        Div cards = new Div();
        cards.addClassName("wm-child-cards");
        cards.setId("aln-cases");
        record.cases().forEach(c -> cards.add(card(c, record.people(), record.detailsShown())));
        if (record.cases().isEmpty()) {
            add(new Paragraph(t(record.mayRaise() ? "aln.none" : "aln.noneParent")));
        }
        add(cards);
        if (record.mayRaise()) {
            add(concernForm());
            add(new RouterLink(t("aln.allReferrals"), ReferralsView.class));
        }
        add(equipmentSection());
        if (record.detailsShown()) {
            // the disagreements are words about the child's needs: not for the figures-only roles
            add(new DisagreementsSection(disagreements, pupilId, clock, unsaved::saved));
        }
        unsaved.saved();
    }

    private static Span status(String text) {
        Span span = new Span(text);
        span.addClassName("wm-status");
        return span;
    }

    /** A case's card; its links (the case, its referrals, its letter) only for a reader who may open them. */
    private Div card(AlnService.CaseLine line, People people, boolean links) {
        AlnDecision d = line.decision();
        Div card = new Div();
        card.addClassName("wm-child-card");
        card.setId("aln-case-" + d.getId());
        String raised = Translations.label(d.getConcernSource())
                + (d.getConcernBy().isBlank() ? "" : " (" + d.getConcernBy() + ")");
        card.add(new H3(t("aln.case.concern", date(d.getConcernOn()), raised)));
        Span status = status(Translations.label(d.getStatus()));
        status.getElement().setAttribute("data-status", d.getStatus().name());
        card.add(status);
        if (d.getStatus() == DecisionStatus.DECIDED) {
            card.add(new Paragraph(t("aln.case.outcome", Translations.label(d.getOutcome()))));
            card.add(new Paragraph(t("aln.case.decidedOn", date(d.getDecidedOn()), people.name(d.getDecidedBy()))));
        } else {
            card.add(new Paragraph(t("aln.record.notDecided", Translations.label(d.getDecider()))));
        }
        if (line.maintainer() != null) {
            card.add(new Paragraph(t("aln.case.maintainer", Translations.label(line.maintainer().getMaintainer()))));
        }
        for (AlnReferral r : line.referrals()) {
            card.add(new Paragraph(t("aln.case.referral", AlnTexts.standing(r, null))));
        }
        if (links) {
            card.add(links(line));
        }
        return card;
    }

    /** Links a thumb can hit: one a line, as wide as the card. */
    private UnorderedList links(AlnService.CaseLine line) {
        AlnDecision d = line.decision();
        UnorderedList links = new UnorderedList();
        links.addClassName("wm-card-links");
        for (AlnReferral r : line.referrals()) {
            links.add(new ListItem(new RouterLink(t("aln.case.openReferral"), ReferralView.class,
                    new RouteParameters("referralId", String.valueOf(r.getId())))));
        }
        RouterLink open = new RouterLink(t("aln.case.open"), AlnDecisionView.class,
                new RouteParameters("decisionId", String.valueOf(d.getId())));
        open.setId("aln-open-" + d.getId());
        links.add(new ListItem(open));
        if (d.getOutcome() == AlnOutcome.NO_ALN) {
            long id = Objects.requireNonNull(d.getId());
            links.add(new ListItem(AlnTexts.letter("aln.letter.noAln", "aln-letter-" + id, () -> aln.noAlnLetter(id))));
        }
        return links;
    }

    private Section concernForm() {
        Select<ConcernSource> source = new Select<>();
        source.setLabel(t("aln.concern.source"));
        source.setItems(ConcernSource.values());
        source.setItemLabelGenerator(Translations::label);
        source.setId("concern-source");
        TextField raisedBy = new TextField(t("aln.concern.raisedBy"));
        TextLimit.apply(raisedBy, AlnRules.MAX_NAME);
        raisedBy.setId("concern-by");
        DatePicker raisedOn = LocalisedDatePicker.create("aln.concern.raisedOn");
        LocalisedDatePicker.latest(raisedOn, LocalDate.now(clock), "aln.date.future");
        raisedOn.setId("concern-on");
        TextArea concern = new TextArea(t("aln.concern.text"));
        concern.setHelperText(t("aln.concern.textHelp"));
        concern.setWidthFull();
        TextLimit.apply(concern, AlnRules.MAX_CONCERN);
        concern.setId("concern-text");
        Feedback feedback = new Feedback().field("source", source).field("raisedBy", raisedBy)
                .field("raisedOn", raisedOn).field("concern", concern);
        Button record = new Button(t("aln.concern.record"), e -> feedback.call(() -> aln.raiseConcern(pupilId,
                new AlnRules.ConcernInput(source.getValue(), raisedBy.getValue(), raisedOn.getValue(),
                        concern.getValue())), id -> t("aln.concern.done")).ifPresent(id -> {
            unsaved.saved();
            getUI().ifPresent(ui -> ui.navigate(AlnDecisionView.class,
                    new RouteParameters("decisionId", String.valueOf(id))));
        }));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("concern-record");
        FlexLayout row = new FlexLayout(source, raisedBy, raisedOn);
        row.addClassName("wm-filters");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP); // fields go below each other on a phone
        Section section = new Section(new H3(t("aln.concern.title")), row, concern, record);
        section.addClassName("wm-section");
        section.setId("concern-form");
        return section;
    }

    /** The pupil's requests for specialist equipment; the school's form to ask for one. */
    private Section equipmentSection() {
        UnorderedList list = new UnorderedList();
        list.addClassName("wm-card-links");
        list.setId("aln-equipment");
        for (EquipmentService.EquipmentLine line : equipment.ofPupil(pupilId)) {
            EquipmentRequest r = line.request();
            RouterLink open = new RouterLink(r.getItem() + " · " + Translations.label(r.getStatus()),
                    EquipmentView.class, new RouteParameters("requestId", String.valueOf(r.getId())));
            open.setId("aln-equipment-" + r.getId());
            list.add(new ListItem(open));
        }
        Section section = new Section(new H3(t("aln.equipment.section")));
        section.addClassName("wm-section");
        section.setId("aln-equipment-section");
        section.add(list.getChildren().findAny().isPresent() ? list : new Paragraph(t("aln.equipment.noneForPupil")));
        if (equipment.mayRequest(pupilId)) {
            section.add(equipmentForm());
        }
        return section;
    }

    private Div equipmentForm() {
        TextField item = new TextField(t("aln.equipment.item"));
        TextLimit.apply(item, EquipmentRequest.ITEM_MAX);
        item.setWidthFull();
        item.setId("equipment-item");
        TextArea purpose = new TextArea(t("aln.equipment.purpose"));
        purpose.setHelperText(t("aln.equipment.purposeHelp"));
        purpose.setWidthFull();
        TextLimit.apply(purpose, EquipmentRequest.TEXT_MAX);
        purpose.setId("equipment-purpose");
        BigDecimalField cost = new BigDecimalField(t("aln.equipment.cost"));
        cost.setId("equipment-cost");
        Feedback feedback = new Feedback().field("item", item).field("purpose", purpose).field("cost", cost);
        Button request = new Button(t("aln.equipment.request"), e -> feedback.call(() -> equipment.request(pupilId,
                item.getValue(), purpose.getValue(), cost.getValue()), id -> t("aln.equipment.requestedDone"))
                .ifPresent(id -> {
                    unsaved.saved();
                    getUI().ifPresent(ui -> ui.navigate(EquipmentView.class,
                            new RouteParameters("requestId", String.valueOf(id))));
                }));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("equipment-request");
        Div form = new Div(new H3(t("aln.equipment.form")), new Paragraph(t("aln.equipment.formHelp")), item, purpose,
                cost, request);
        form.setId("equipment-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? t("aln.title") : title;
    }
}
