package org.waymark.ehc.ui;

import static org.waymark.ehc.ui.EhcTexts.date;
import static org.waymark.ehc.ui.EhcTexts.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.ClockException;
import org.waymark.ehc.domain.EhcPause;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcRules;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One EHC needs assessment: where it is, each step's due date and days left (or late), the
 * statutory exceptions recorded against its clock, the request's evidence, each adviser's advice
 * (late advice flagged), the letter of a refusal. The caseworker takes the steps — decide, record
 * advice, record an exception, draft the plan (the plan editor opens with the request's areas of
 * need), decide not to issue, send the draft, the parents' reply, the school's consultation — each
 * irreversible one after a confirmation; the final plan is issued by agreeing the plan. A team
 * leader re-assigns the case.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("ehc/assessments/:assessmentId")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.SEND_TEAM_LEADER, Roles.SCHOOL_SENCO,
        Roles.HEAD_TEACHER, Roles.PARENT})
public class EhcAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final EhcRequestService requests;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long assessmentId;
    private String title = "";

    public EhcAssessmentView(AssessmentService assessments, EhcRequestService requests, Clock clock) {
        this.assessments = assessments;
        this.requests = requests;
        this.clock = clock;
        addClassName("wm-ehc-assessment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = RouteIds.id(event.getRouteParameters(), "assessmentId");
        show();
    }

    private void show() {
        removeAll();
        AssessmentService.AssessmentPage page = assessments.page(assessmentId);
        EhcAssessment a = page.assessment();
        title = t("ehc.case.title", page.pupilName());
        H2 heading = new H2(title);
        heading.setId("ehc-heading");
        add(heading);
        Span status = new Span(Translations.label(a.getStatus())
                + (page.current() == null ? "" : " · " + t("ehc.case.at", Translations.label(page.current()))));
        status.addClassName("wm-status");
        status.setId("ehc-status");
        status.getElement().setAttribute("data-status", a.getStatus().name());
        add(status);
        if (page.paused()) {
            Paragraph paused = new Paragraph(t("ehc.case.paused"));
            paused.setId("ehc-paused");
            add(paused);
        }
        add(details(page), clock(page), exceptions(page), evidence(page), advice(page));
        if (page.letter()) {
            Section letter = EhcTexts.section("ehc.case.letter", new Paragraph(t("ehc.case.letter.help")),
                    EhcTexts.letter("ehc.case.letter.download", "ehc-letter", () -> assessments.letter(assessmentId)));
            letter.setId("ehc-letter-section");
            add(letter);
        }
        if (page.mayWrite()) {
            switch (a.getStatus()) {
                case REQUESTED -> add(decideForm(a));
                case ASSESSING -> add(draftOrNot(a));
                case DRAFT -> add(draftSteps(a));
                default -> {
                    // closed: nothing to do
                }
            }
        } else if (a.getStatus() == AssessmentStatus.DRAFT && a.getSupportPlanId() != null) {
            add(planLink(a.getSupportPlanId()));
        }
        if (page.mayReassign()) {
            add(reassignForm(a, page));
        }
        unsaved.saved();
    }

    private Section details(AssessmentService.AssessmentPage page) {
        EhcAssessment a = page.assessment();
        DescriptionList list = new DescriptionList();
        EhcTexts.term(list, "ehc.case.school", page.schoolName());
        String who = Translations.label(a.getSource()) + " · " + a.getRequester()
                + (a.getSource() == RequestSource.PROFESSIONAL && !a.getRequesterRole().isBlank()
                ? " (" + a.getRequesterRole() + ")" : "");
        EhcTexts.term(list, "ehc.case.requestedBy", who);
        EhcTexts.term(list, "ehc.case.receivedOn", date(a.getReceivedOn()));
        EhcTexts.term(list, "ehc.case.needs", a.needAreas().stream().map(Translations::label)
                .collect(Collectors.joining(", ")));
        EhcTexts.term(list, "ehc.case.reasons", a.getReasons());
        if (page.officer()) {
            EhcTexts.term(list, "ehc.case.caseworker", page.people().name(a.getCaseworker()));
        }
        EhcTexts.term(list, "ehc.case.decisionReasons", a.getDecisionReasons());
        EhcTexts.term(list, "ehc.case.schoolNamed", a.getSchoolNamed());
        EhcTexts.term(list, "ehc.case.closedReasons", a.getClosedReasons());
        Section section = EhcTexts.section("ehc.case.details", list);
        section.setId("ehc-details");
        return section;
    }

    private Section clock(AssessmentService.AssessmentPage page) {
        UnorderedList list = new UnorderedList();
        list.setId("ehc-clock");
        for (AssessmentService.StepLine line : page.steps()) {
            if (line.start() == null) {
                continue;
            }
            String where = line.done() != null
                    ? t(line.late() ? "ehc.step.doneLate" : "ehc.step.done", date(line.done()), date(line.due()))
                    : line.standing() != null ? EhcTexts.standing(line.standing())
                    : t("ehc.step.due", date(line.due()));
            Span text = new Span(Translations.label(line.step()) + " · " + where);
            if (line.late()) {
                text.addClassName("wm-overdue");
            }
            ListItem item = new ListItem(text);
            item.setId("ehc-clock-" + line.step().name());
            list.add(item);
        }
        Section section = EhcTexts.section("ehc.case.clock", new Paragraph(t("ehc.case.clock.help")), list);
        section.setId("ehc-clock-section");
        return section;
    }

    private Section exceptions(AssessmentService.AssessmentPage page) {
        EhcAssessment a = page.assessment();
        UnorderedList list = new UnorderedList();
        list.setId("ehc-exceptions");
        for (EhcPause p : a.getPauses()) {
            list.add(new ListItem(Translations.label(p.reason()) + " · "
                    + (p.toOn() == null ? t("ehc.exception.since", date(p.fromOn()))
                    : t("ehc.exception.between", date(p.fromOn()), date(p.toOn()))) + " · " + p.notes()));
        }
        Section section = EhcTexts.section("ehc.case.exceptions",
                a.getPauses().isEmpty() ? new Paragraph(t("ehc.exception.none")) : list);
        section.setId("ehc-exceptions-section");
        if (!page.mayWrite()) {
            return section;
        }
        EhcPause open = a.openPause();
        if (open != null) {
            DatePicker endOn = picker("ehc.exception.endOn", "ehc-exception-end-on");
            Feedback feedback = new Feedback().field("endOn", endOn).onConflict("ehc.conflict", this::show);
            Button end = new Button(t("ehc.exception.end"), e -> {
                if (feedback.run(() -> assessments.endPause(assessmentId, version(a), endOn.getValue()),
                        "ehc.exception.ended")) {
                    show();
                }
            });
            end.setId("ehc-exception-end");
            section.add(row(endOn, end));
            return section;
        }
        Select<ClockException> reason = new Select<>();
        reason.setLabel(t("ehc.exception.reason"));
        reason.setItems(ClockException.values());
        reason.setItemLabelGenerator(Translations::label);
        reason.setId("ehc-exception-reason");
        TextArea notes = new TextArea(t("ehc.exception.notes"));
        notes.setWidthFull();
        TextLimit.apply(notes, EhcRules.MAX_NOTES);
        notes.setId("ehc-exception-notes");
        DatePicker from = picker("ehc.exception.from", "ehc-exception-from");
        DatePicker to = LocalisedDatePicker.create("ehc.exception.to");
        to.setHelperText(t("ehc.exception.to.help"));
        to.setId("ehc-exception-to");
        Feedback feedback = new Feedback().field("reason", reason).field("notes", notes).field("from", from)
                .field("to", to).onConflict("ehc.conflict", this::show);
        Button record = new Button(t("ehc.exception.record"), e -> {
            if (feedback.run(() -> assessments.pause(assessmentId, version(a), new AssessmentService.PauseInput(
                    reason.getValue(), notes.getValue(), from.getValue(), to.getValue())), "ehc.exception.recorded")) {
                show();
            }
        });
        record.setId("ehc-exception-record");
        section.add(new Paragraph(t("ehc.exception.help")), row(reason, from, to), notes, record);
        return section;
    }

    private Section evidence(AssessmentService.AssessmentPage page) {
        AttachmentsPanel panel = new AttachmentsPanel(AttachmentsPanel.Source.of(
                () -> requests.evidence(assessmentId), (kind, name, bytes) -> {
                    requests.attachEvidence(assessmentId, kind, name, bytes);
                    show();
                }, id -> requests.evidenceFile(assessmentId, id), id -> {
                    requests.removeEvidence(assessmentId, id);
                    show();
                }), requests.mayAttachEvidence(assessmentId), requests.attachmentSizeLimit());
        panel.setId("ehc-evidence");
        Section section = EhcTexts.section("ehc.case.evidence", new Paragraph(t("ehc.case.evidence.help")), panel);
        section.setId("ehc-evidence-section");
        return section;
    }

    private Component advice(AssessmentService.AssessmentPage page) {
        EhcAssessment a = page.assessment();
        if (page.advice().isEmpty()) {
            return new Div();
        }
        Section section = EhcTexts.section("ehc.case.advice");
        section.setId("ehc-advice-section");
        for (AssessmentService.AdviceLine line : page.advice()) {
            long adviceId = Objects.requireNonNull(line.advice().getId());
            String where = line.advice().getReturnedOn() != null
                    ? t(line.late() ? "ehc.advice.returnedLate" : "ehc.advice.returned",
                    date(line.advice().getReturnedOn()), date(line.due()))
                    : line.standing() != null ? EhcTexts.standing(line.standing()) : t("ehc.step.due", date(line.due()));
            Span text = new Span(EhcTexts.adviser(line.advice().getKind(), line.advice().getAdviser()) + " · "
                    + t("ehc.advice.asked", date(line.advice().getRequestedOn())) + " · " + where);
            if (line.late()) {
                text.addClassName("wm-overdue");
            }
            text.setId("ehc-advice-" + adviceId);
            Div block = new Div(text);
            block.addClassName("wm-ehc-advice");
            boolean open = page.mayWrite() && line.advice().outstanding();
            if (open || line.files() > 0) {
                AttachmentsPanel files = new AttachmentsPanel(AttachmentsPanel.Source.of(
                        () -> assessments.adviceFiles(adviceId), (kind, name, bytes) -> {
                            assessments.attachAdvice(adviceId, kind, name, bytes);
                            show();
                        }, id -> assessments.adviceFile(adviceId, id), id -> {
                            assessments.removeAdviceFile(adviceId, id);
                            show();
                        }), open, requests.attachmentSizeLimit());
                files.setId("ehc-advice-files-" + adviceId);
                block.add(files);
            }
            if (open) {
                DatePicker returnedOn = picker("ehc.advice.returnedOn", "ehc-advice-returned-on-" + adviceId);
                Feedback feedback = new Feedback().field("returnedOn", returnedOn).onConflict("ehc.conflict", this::show);
                Button returned = new Button(t("ehc.advice.markReturned"), e -> {
                    Integer v = line.advice().getVersion();
                    if (feedback.run(() -> assessments.returnAdvice(adviceId, v == null ? 0 : v, returnedOn.getValue()),
                            "ehc.advice.recorded")) {
                        show();
                    }
                });
                returned.setId("ehc-advice-return-" + adviceId);
                block.add(row(returnedOn, returned));
            }
            section.add(block);
        }
        if (page.mayWrite() && (a.getStatus() == AssessmentStatus.ASSESSING || a.getStatus() == AssessmentStatus.DRAFT)) {
            Select<AdviceKind> kind = new Select<>();
            kind.setLabel(t("ehc.advice.kind"));
            kind.setItems(AdviceKind.values());
            kind.setItemLabelGenerator(Translations::label);
            kind.setValue(AdviceKind.OTHER);
            kind.setId("ehc-advice-kind");
            TextField adviser = new TextField(t("ehc.advice.adviser"));
            TextLimit.apply(adviser, EhcRules.MAX_NAME);
            adviser.setId("ehc-advice-adviser");
            DatePicker on = picker("ehc.advice.askedOn", "ehc-advice-on");
            Feedback feedback = new Feedback().field("kind", kind).field("adviser", adviser).field("on", on);
            Button add = new Button(t("ehc.advice.add"), e -> {
                if (feedback.run(() -> assessments.addAdvice(assessmentId, kind.getValue(), adviser.getValue(),
                        on.getValue()), "ehc.advice.added")) {
                    show();
                }
            });
            add.setId("ehc-advice-add");
            Section more = EhcTexts.section("ehc.advice.more", row(kind, adviser, on), add);
            more.setId("ehc-advice-more");
            section.add(more);
        }
        return section;
    }

    private Section decideForm(EhcAssessment a) {
        Select<Boolean> assess = new Select<>();
        assess.setLabel(t("ehc.decide.assess"));
        assess.setItems(Boolean.TRUE, Boolean.FALSE);
        assess.setItemLabelGenerator(b -> t(Boolean.TRUE.equals(b) ? "ehc.decide.yes" : "ehc.decide.no"));
        assess.setId("ehc-decide-assess");
        TextArea reasons = new TextArea(t("ehc.decide.reasons"));
        reasons.setHelperText(t("ehc.decide.reasons.help"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, EhcRules.MAX_DECISION);
        reasons.setId("ehc-decide-reasons");
        DatePicker on = picker("ehc.decide.on", "ehc-decide-on");
        Feedback feedback = new Feedback().field("assess", assess).field("reasons", reasons).field("on", on)
                .onConflict("ehc.conflict", this::show);
        Button decide = new Button(t("ehc.decide.button"), e -> {
            if (assess.getValue() == null) {
                feedback.refused(java.util.List.of(org.waymark.base.domain.Violation.of("assess", "ehc.required")));
                return;
            }
            boolean yes = assess.getValue();
            Confirmation.of("confirm-ehc-decision", t("ehc.decide.confirm.title"))
                    .says(t(yes ? "ehc.decide.confirm.yes" : "ehc.decide.confirm.no"))
                    .confirm(t("ehc.decide.button"), () -> {
                        if (feedback.run(() -> assessments.decide(assessmentId, version(a), yes, reasons.getValue(),
                                on.getValue()), "ehc.decide.done")) {
                            show();
                        }
                    }).open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("ehc-decide");
        Section section = EhcTexts.section("ehc.decide.title", row(assess, on), reasons, decide);
        section.setId("ehc-decide-form");
        return section;
    }

    private Section draftOrNot(EhcAssessment a) {
        Feedback draftFeedback = new Feedback().onConflict("ehc.conflict", this::show);
        Button draft = new Button(t("ehc.draft.start"), e -> Confirmation.of("confirm-ehc-draft",
                        t("ehc.draft.confirm.title")).says(t("ehc.draft.confirm.text"))
                .confirm(t("ehc.draft.start"), () -> draftFeedback.call(() -> assessments.draft(assessmentId,
                        version(a)), id -> t("ehc.draft.started")).ifPresent(planId -> {
                    unsaved.saved();
                    getUI().ifPresent(ui -> ui.navigate("plans/" + planId + "/edit"));
                })).open());
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setId("ehc-draft");
        TextArea reasons = new TextArea(t("ehc.notIssue.reasons"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, EhcRules.MAX_DECISION);
        reasons.setId("ehc-not-issue-reasons");
        DatePicker on = picker("ehc.notIssue.on", "ehc-not-issue-on");
        Feedback feedback = new Feedback().field("reasons", reasons).field("on", on).onConflict("ehc.conflict", this::show);
        Button notIssue = new Button(t("ehc.notIssue.button"), e -> Confirmation.of("confirm-ehc-not-issue",
                        t("ehc.notIssue.confirm.title")).says(t("ehc.notIssue.confirm.text")).danger()
                .confirm(t("ehc.notIssue.button"), () -> {
                    if (feedback.run(() -> assessments.notIssue(assessmentId, version(a), reasons.getValue(),
                            on.getValue()), "ehc.notIssue.done")) {
                        show();
                    }
                }).open());
        notIssue.setId("ehc-not-issue");
        Section section = EhcTexts.section("ehc.draft.title", new Paragraph(t("ehc.draft.help")), draft,
                EhcTexts.section("ehc.notIssue.title", reasons, on, notIssue));
        section.setId("ehc-draft-form");
        return section;
    }

    private Section draftSteps(EhcAssessment a) {
        Section section = EhcTexts.section("ehc.draftSteps.title");
        section.setId("ehc-draft-steps");
        section.add(planLink(Objects.requireNonNull(a.getSupportPlanId())),
                new Paragraph(t("ehc.draftSteps.final")));
        if (a.getDraftSentOn() == null) {
            DatePicker on = picker("ehc.send.on", "ehc-send-on");
            Feedback feedback = new Feedback().field("on", on).onConflict("ehc.conflict", this::show);
            Button send = new Button(t("ehc.send.button"), e -> Confirmation.of("confirm-ehc-send",
                            t("ehc.send.confirm.title")).says(t("ehc.send.confirm.text"))
                    .confirm(t("ehc.send.button"), () -> {
                        if (feedback.run(() -> assessments.sendDraft(assessmentId, version(a), on.getValue()),
                                "ehc.send.done")) {
                            show();
                        }
                    }).open());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("ehc-send");
            section.add(row(on, send));
            return section;
        }
        if (a.getParentsRepliedOn() == null) {
            DatePicker on = picker("ehc.reply.on", "ehc-reply-on");
            TextField school = new TextField(t("ehc.reply.school"));
            TextLimit.apply(school, EhcRules.MAX_NAME);
            school.setId("ehc-reply-school");
            Feedback feedback = new Feedback().field("on", on).field("school", school).onConflict("ehc.conflict", this::show);
            Button replied = new Button(t("ehc.reply.button"), e -> {
                if (feedback.run(() -> assessments.parentsReplied(assessmentId, version(a), on.getValue(),
                        school.getValue()), "ehc.reply.done")) {
                    show();
                }
            });
            replied.setId("ehc-reply");
            section.add(EhcTexts.section("ehc.reply.title", row(on, school), replied));
        }
        if (a.getConsultedOn() == null || a.getSchoolAnsweredOn() != null) {
            DatePicker on = picker("ehc.consult.on", "ehc-consult-on");
            TextField school = new TextField(t("ehc.consult.school"));
            TextLimit.apply(school, EhcRules.MAX_NAME);
            school.setValue(a.getSchoolNamed() == null ? "" : a.getSchoolNamed());
            school.setId("ehc-consult-school");
            Feedback feedback = new Feedback().field("on", on).field("school", school).onConflict("ehc.conflict", this::show);
            Button consult = new Button(t("ehc.consult.button"), e -> {
                if (feedback.run(() -> assessments.consult(assessmentId, version(a), on.getValue(), school.getValue()),
                        "ehc.consult.done")) {
                    show();
                }
            });
            consult.setId("ehc-consult");
            section.add(EhcTexts.section("ehc.consult.title", row(school, on), consult));
        } else {
            DatePicker on = picker("ehc.answer.on", "ehc-answer-on");
            Feedback feedback = new Feedback().field("answeredOn", on).onConflict("ehc.conflict", this::show);
            Button answered = new Button(t("ehc.answer.button"), e -> {
                if (feedback.run(() -> assessments.schoolAnswered(assessmentId, version(a), on.getValue()),
                        "ehc.answer.done")) {
                    show();
                }
            });
            answered.setId("ehc-answer");
            section.add(EhcTexts.section("ehc.answer.title", on, answered));
        }
        return section;
    }

    private Component planLink(long planId) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                "plans/" + planId, t("ehc.draftSteps.open"));
        link.setId("ehc-plan");
        return new Paragraph(link);
    }

    private Section reassignForm(EhcAssessment a, AssessmentService.AssessmentPage page) {
        Select<AssessmentService.Caseworker> to = new Select<>();
        to.setLabel(t("ehc.reassign.to"));
        var workers = assessments.caseworkers();
        to.setItems(workers);
        to.setItemLabelGenerator(AssessmentService.Caseworker::name);
        workers.stream().filter(w -> w.username().equals(a.getCaseworker())).findFirst().ifPresent(to::setValue);
        to.setId("ehc-reassign-to");
        Feedback feedback = new Feedback().field("caseworker", to).onConflict("ehc.conflict", this::show);
        Button reassign = new Button(t("ehc.reassign.button"), e -> {
            if (feedback.run(() -> assessments.reassign(assessmentId, version(a),
                    to.getValue() == null ? null : to.getValue().username()), "ehc.reassign.done")) {
                show();
            }
        });
        reassign.setId("ehc-reassign");
        Section section = EhcTexts.section("ehc.reassign.title",
                new Paragraph(t("ehc.reassign.now", page.people().name(a.getCaseworker()))), row(to, reassign));
        section.setId("ehc-reassign-form");
        return section;
    }

    private DatePicker picker(String labelKey, String id) {
        DatePicker picker = LocalisedDatePicker.create(labelKey);
        LocalisedDatePicker.latest(picker, LocalDate.now(clock), "ehc.date.future");
        picker.setValue(LocalDate.now(clock));
        picker.setId(id);
        return picker;
    }

    private static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.addClassName("wm-filters");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP); // below each other on a phone
        row.setAlignItems(FlexLayout.Alignment.END);
        return row;
    }

    private static int version(EhcAssessment a) {
        return a.getVersion() == null ? 0 : a.getVersion();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? t("ehc.list.title") : title;
    }
}
