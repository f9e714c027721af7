package org.waymark.aln.ui;

import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.waymark.aln.domain.AlnDisagreement;
import org.waymark.aln.domain.DisagreementRules;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.aln.domain.DisagreementTopic;
import org.waymark.aln.service.DisagreementService;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.security.service.People;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The disagreements part of a pupil's ALN page: each disagreement with where it stands in plain
 * words, its liaison officer and its steps with dates and outcomes; the form to log a concern for a
 * parent (their own child) and the school's SENCO and head; for the authority's officers, assigning
 * the liaison officer, the next step, the tribunal's hearing date and closing (confirmed first).
 * Laid out in one column of full-width fields and 44-px buttons, so it fits a phone.
 */
class DisagreementsSection extends Section {

    private final DisagreementService service;
    private final long pupilId;
    private final Clock clock;
    private final Runnable drawn;

    /** {@code drawn} is told each time the section shows what is stored (the page's unsaved-changes tracker). */
    DisagreementsSection(DisagreementService service, long pupilId, Clock clock, Runnable drawn) {
        this.service = service;
        this.pupilId = pupilId;
        this.clock = clock;
        this.drawn = drawn;
        addClassName("wm-section");
        setId("aln-disagreements");
        show();
    }

    private void show() {
        removeAll();
        DisagreementService.PupilDisagreements all = service.forPupil(pupilId);
        add(new H3(t("aln.dis.title")));
        if (all.disagreements().isEmpty()) {
            add(new Paragraph(t("aln.dis.none")));
        }
        Div cards = new Div();
        cards.addClassName("wm-child-cards");
        all.disagreements().forEach(d -> cards.add(card(d, all)));
        add(cards);
        if (all.mayLog()) {
            add(logForm());
        }
        drawn.run();
    }

    private static Button big(Button b) {
        b.getStyle().set("min-height", "44px");
        return b;
    }

    private Div card(AlnDisagreement d, DisagreementService.PupilDisagreements all) {
        long id = Objects.requireNonNull(d.getId());
        Div card = new Div();
        card.addClassName("wm-child-card");
        card.setId("dis-" + id);
        card.add(new H4(t("aln.dis.card.title", Translations.label(d.getTopic()), date(d.getRaisedOn()))));
        Span status = new Span(Translations.label(d.getStatus()));
        status.addClassName("wm-status");
        status.getElement().setAttribute("data-status", d.getStatus().name());
        status.setId("dis-" + id + "-status");
        card.add(status);
        Paragraph plain = new Paragraph(t("aln.dis.plain." + d.getStatus().name()));
        plain.setId("dis-" + id + "-plain");
        card.add(plain);
        card.add(new Paragraph(t("aln.dis.card.by", Translations.label(d.getSource()))));
        card.add(new Paragraph(d.getConcern()));
        People people = all.people();
        if (d.getLiaisonOfficer() != null) {
            card.add(new Paragraph(t("aln.dis.card.officer", people.name(d.getLiaisonOfficer()))));
        }
        UnorderedList steps = new UnorderedList();
        steps.setId("dis-" + id + "-steps");
        step(steps, "aln.dis.step.informal", d.getInformalOn(), d.getInformalOutcome());
        step(steps, "aln.dis.step.service", d.getServiceOn(), d.getServiceOutcome());
        step(steps, "aln.dis.step.tribunal", d.getTribunalOn(), d.getTribunalOutcome());
        if (d.getHearingOn() != null) {
            steps.add(new ListItem(t("aln.dis.step.hearing", date(d.getHearingOn()))));
        }
        if (d.getClosedOn() != null) {
            steps.add(new ListItem(t("aln.dis.step.closed", date(d.getClosedOn()))));
        }
        card.add(steps);
        if (all.mayManage() && d.getStatus().open()) {
            card.add(manage(d, all));
        }
        return card;
    }

    private static void step(UnorderedList steps, String key, @Nullable LocalDate on, @Nullable String outcome) {
        if (on == null) {
            return;
        }
        steps.add(new ListItem(t(key, date(on))
                + (outcome == null ? "" : " " + t("aln.dis.step.outcome", outcome))));
    }

    private static int version(AlnDisagreement d) {
        return d.getVersion() == null ? 0 : d.getVersion();
    }

    private Div manage(AlnDisagreement d, DisagreementService.PupilDisagreements all) {
        long id = Objects.requireNonNull(d.getId());
        Div box = new Div();
        Feedback assignFeedback = new Feedback().onConflict("aln.conflict", this::show);
        Select<String> officer = new Select<>();
        officer.setLabel(t("aln.dis.officer"));
        officer.setItems(all.officers().keySet());
        officer.setItemLabelGenerator(l -> all.officers().getOrDefault(l, l));
        officer.setWidthFull();
        officer.setId("dis-" + id + "-officer");
        if (d.getLiaisonOfficer() != null) {
            officer.setValue(d.getLiaisonOfficer());
        }
        assignFeedback.field("officer", officer);
        Button assign = big(new Button(t("aln.dis.assign"), e -> {
            if (assignFeedback.run(() -> service.assign(id, version(d), officer.getValue()), "aln.dis.assigned")) {
                show();
            }
        }));
        assign.setId("dis-" + id + "-assign");
        box.add(officer, assign);
        if (d.getStatus() == DisagreementStatus.LOGGED) {
            return box;
        }
        if (d.getStatus() == DisagreementStatus.TRIBUNAL) {
            DatePicker hearing = LocalisedDatePicker.create("aln.dis.hearingOn");
            hearing.setId("dis-" + id + "-hearing-on");
            Feedback hf = new Feedback().onConflict("aln.conflict", this::show).field("hearingOn", hearing);
            Button save = big(new Button(t("aln.dis.hearing.save"), e -> {
                if (hf.run(() -> service.hearing(id, version(d), hearing.getValue()), "aln.dis.hearing.saved")) {
                    show();
                }
            }));
            save.setId("dis-" + id + "-hearing-save");
            box.add(hearing, save);
        }
        Select<DisagreementStatus> next = new Select<>();
        next.setLabel(t("aln.dis.next"));
        next.setItems(DisagreementRules.next(d.getStatus()));
        next.setItemLabelGenerator(Translations::label);
        next.setWidthFull();
        next.setId("dis-" + id + "-next");
        DatePicker on = LocalisedDatePicker.create("aln.dis.on");
        LocalisedDatePicker.latest(on, LocalDate.now(clock), "aln.date.future");
        on.setId("dis-" + id + "-on");
        TextArea outcome = new TextArea(t("aln.dis.outcome"));
        outcome.setHelperText(t("aln.dis.outcomeHelp"));
        outcome.setWidthFull();
        TextLimit.apply(outcome, DisagreementRules.MAX_OUTCOME);
        outcome.setId("dis-" + id + "-outcome");
        Feedback feedback = new Feedback().onConflict("aln.conflict", this::show).field("step", next)
                .field("on", on).field("outcome", outcome);
        Runnable record = () -> {
            if (feedback.run(() -> service.step(id, version(d), next.getValue(), on.getValue(), outcome.getValue()),
                    "aln.dis.recorded")) {
                show();
            }
        };
        Button go = big(new Button(t("aln.dis.record"), e -> {
            if (next.getValue() == DisagreementStatus.CLOSED) {
                Confirmation.of("confirm-dis-close", t("aln.dis.close.title"))
                        .says(t("aln.dis.close.text")).tells(service.toldOfStep(id))
                        .confirm(t("aln.dis.close"), record).open();
            } else {
                record.run();
            }
        }));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("dis-" + id + "-record");
        box.add(next, on, outcome, go);
        return box;
    }

    private Section logForm() {
        Select<DisagreementTopic> topic = new Select<>();
        topic.setLabel(t("aln.dis.topic"));
        topic.setItems(DisagreementTopic.values());
        topic.setItemLabelGenerator(Translations::label);
        topic.setWidthFull();
        topic.setId("dis-topic");
        DatePicker raisedOn = LocalisedDatePicker.create("aln.dis.raisedOn");
        LocalisedDatePicker.latest(raisedOn, LocalDate.now(clock), "aln.date.future");
        raisedOn.setValue(LocalDate.now(clock));
        raisedOn.setId("dis-raised-on");
        TextArea concern = new TextArea(t("aln.dis.concern"));
        concern.setHelperText(t("aln.dis.concernHelp"));
        concern.setWidthFull();
        TextLimit.apply(concern, DisagreementRules.MAX_CONCERN);
        concern.setId("dis-concern");
        Feedback feedback = new Feedback().field("topic", topic).field("raisedOn", raisedOn).field("concern", concern);
        Button log = big(new Button(t("aln.dis.log"), e -> feedback.call(() -> service.log(pupilId,
                        new DisagreementRules.ConcernInput(topic.getValue(), raisedOn.getValue(), concern.getValue())),
                id -> t("aln.dis.logged")).ifPresent(id -> show())));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("dis-log");
        FlexLayout column = new FlexLayout(topic, raisedOn);
        column.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        column.addClassName("wm-filters");
        Section form = new Section(new H4(t("aln.dis.logTitle")), new Paragraph(t("aln.dis.logHelp")), column,
                concern, log);
        form.setId("dis-form");
        return form;
    }
}
