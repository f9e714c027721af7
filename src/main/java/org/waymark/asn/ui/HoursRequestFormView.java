package org.waymark.asn.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.domain.RequestInput;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.RequestDetails;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.WizardChrome;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The school's guided hours request: about the pupil (stage, medical or care need, a transition,
 * the named person's decision for a looked-after child), the category of need, the Child's Plan
 * with the assistant's role against its outcomes, the hours asked and the time that needs no
 * assistant, what was tried, the documents, and a last check before submitting. The eligibility
 * check runs on what is on screen as it changes and puts each outcome beside the answer it is
 * about; "Save and continue" stores the answers, refusing input that cannot be stored on its field
 * and storing nothing then. A colleague's save in between ends in a conflict message with the
 * typing kept on screen.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/requests/:requestId/edit")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER})
public class HoursRequestFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final List<String> STEPS = List.of("pupil", "need", "plan", "hours", "tried", "attachments",
            "submit");
    private static final List<String> SAVED_STEPS = List.of("pupil", "need", "hours", "tried");

    private final HoursRequestService requests;
    private final Clock clock;
    private final Div stepArea = new Div();
    private final Paragraph summary = new Paragraph();
    private final WizardChrome chrome = new WizardChrome("asn", STEPS.size(), () -> go(this.step - 1, false),
            () -> go(this.step + 1, true));

    private long requestId;
    private int lock;
    private int step;
    private @Nullable RequestDetails details;
    private RequestAnswers answers = new RequestAnswers();

    /** The editors of the step shown, by the field name the rules use. */
    private final Map<String, HasValidation> editors = new LinkedHashMap<>();
    /** Beside each answer: the eligibility check's findings about it, kept up to date as the answers change. */
    private final Map<String, Div> slots = new LinkedHashMap<>();
    private final Span considered = new Span();
    private final Feedback feedback = new Feedback().fields(editors::get)
            .onConflict(() -> chrome.conflict("asn.conflict", () -> load(step)));
    /** Typing not yet saved: leaving asks first; going back saves it like going forward. */
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    public HoursRequestFormView(HoursRequestService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassName("wm-asn-form");
        summary.setId("asn-summary");
        summary.addClassName("wm-asn-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        considered.setId("asn-considered");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = RouteIds.id(event.getRouteParameters(), "requestId");
        load(0);
    }

    private void load(int showStep) {
        RequestDetails d = requests.open(requestId);
        if (!d.mayEdit()) {
            throw new AccessDeniedException("hours request " + requestId + " is not editable by this user");
        }
        details = d;
        lock = d.lock();
        answers = d.request().answers();
        removeAll();
        add(new H2(getTranslation(d.request().getMidTerm() == null ? "asn.form.title" : "asn.form.mtaTitle",
                d.pupilName())),
                new Paragraph(d.schoolName() + " · " + Translations.label(d.yearGroup())));
        add(chrome.header());
        add(summary, stepArea, chrome.buttons());
        show(showStep);
    }

    /** Moves to another step, saving the shown one first when going forward, or anywhere with changes. */
    void go(int target, boolean save) {
        if ((save || unsaved.fieldsChanged()) && SAVED_STEPS.contains(STEPS.get(step)) && !feedback.run(
                () -> lock = requests.save(requestId, lock, answers), "asn.form.saved")) {
            return;
        }
        if (target >= STEPS.size()) {
            return;
        }
        RequestDetails d = requests.open(requestId);
        details = d;
        lock = d.lock();
        answers = d.request().answers();
        show(Math.max(0, target));
    }

    private void show(int newStep) {
        step = newStep;
        stepArea.removeAll();
        editors.clear();
        slots.clear();
        String name = STEPS.get(step);
        chrome.at(step, getTranslation("asn.form.step." + name), null);
        RequestDetails d = d();
        stepArea.add(switch (name) {
            case "pupil" -> pupilStep(d);
            case "need" -> needStep();
            case "plan" -> planStep(d);
            case "hours" -> hoursStep(d);
            case "tried" -> triedStep();
            case "attachments" -> attachmentsStep();
            default -> submitStep();
        });
        recheck();
        unsaved.saved();
    }

    // --- the steps ---

    private Component pupilStep(RequestDetails d) {
        Select<Integer> stage = new Select<>();
        stage.setLabel(getTranslation("asn.pupil.stage"));
        stage.setHelperText(getTranslation("asn.pupil.stageHelp"));
        stage.setItems(1, 2, 3);
        stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation("asn.pupil.stageN", s));
        stage.setValue(answers.getSifStage());
        stage.setId("asn-stage");
        stage.addValueChangeListener(e -> change(a -> a.setSifStage(e.getValue())));
        Checkbox medical = checkbox("asn.pupil.medical", "asn-medical", answers.isMedicalNeed(),
                (a, v) -> a.setMedicalNeed(v));
        Checkbox care = checkbox("asn.pupil.personalCare", "asn-personal-care", answers.isPersonalCareNeed(),
                (a, v) -> a.setPersonalCareNeed(v));
        Checkbox transition = checkbox("asn.pupil.transition", "asn-transition", answers.isTransitionPhase(),
                (a, v) -> a.setTransitionPhase(v));
        Div div = new Div(field("sifStage", stage), field("medicalNeed", medical), field("personalCareNeed", care),
                field("transitionPhase", transition));
        if (d.context().lookedAfter()) {
            Checkbox decided = checkbox("asn.pupil.namedPersonDecided", "asn-named-person-decided",
                    answers.isNamedPersonDecidedOtherwise(), (a, v) -> a.setNamedPersonDecidedOtherwise(v));
            TextArea note = text("asn.pupil.namedPersonNote", "asn-named-person-note", answers.getNamedPersonNote(),
                    RequestInput.MAX_REASON, RequestAnswers::setNamedPersonNote);
            div.add(new H3(getTranslation("asn.pupil.lookedAfter")), field("namedPersonDecidedOtherwise", decided),
                    field("namedPersonNote", note));
        }
        return div;
    }

    private Component needStep() {
        RadioButtonGroup<AsnCategory> category = new RadioButtonGroup<>(getTranslation("asn.category"));
        category.setItems(AsnCategory.values());
        category.setItemLabelGenerator(Translations::label);
        category.setValue(answers.getCategory());
        category.setId("asn-category");
        category.setHelperText(getTranslation("asn.need.categoryHelp"));
        Checkbox exceptional = new Checkbox(getTranslation("asn.need.exceptional"));
        exceptional.setValue(answers.claimsExceptional());
        // a mid-term request for a pupil not in early years is exceptional whatever is ticked
        boolean alwaysExceptional = d().request().exceptionalMidTerm();
        exceptional.setReadOnly(alwaysExceptional || answers.getCategory() == AsnCategory.EXCEPTIONAL);
        exceptional.setId("asn-exceptional");
        exceptional.addValueChangeListener(e -> change(a -> a.setExceptional(e.getValue())));
        category.addValueChangeListener(e -> {
            change(a -> a.setCategory(e.getValue()));
            // the exceptional category is exceptional: the box says so and cannot be unticked
            boolean exceptionalCategory = e.getValue() == AsnCategory.EXCEPTIONAL;
            exceptional.setReadOnly(alwaysExceptional || exceptionalCategory);
            if (exceptionalCategory) {
                exceptional.setValue(true);
            }
        });
        TextArea reason = text("asn.need.exceptionalReason", "asn-exceptional-reason",
                answers.getExceptionalReason(), RequestInput.MAX_REASON, RequestAnswers::setExceptionalReason);
        TextArea needs = text("asn.need.needs", "asn-needs", answers.getNeeds(), RequestInput.MAX_TEXT,
                RequestAnswers::setNeeds, "asn.need.needsHelp");
        return new Div(field("category", category), field("exceptional", exceptional),
                field("exceptionalReason", reason), field("needs", needs));
    }

    private Component planStep(RequestDetails d) {
        Div div = new Div(new Paragraph(getTranslation("asn.plan.help")), RequestSummary.plan(d.plan()));
        div.add(slot("plan"));
        return div;
    }

    private Component hoursStep(RequestDetails d) {
        BigDecimalField asked = hours("asn.hours.asked", "asn-hours-asked", answers.getHoursAsked(),
                RequestAnswers::setHoursAsked);
        asked.setHelperText(getTranslation("asn.hours.askedHelp", AsnLabels.hours(HoursEligibility.MAXIMUM_HOURS)));
        BigDecimalField specialist = hours("asn.hours.specialist", "asn-hours-specialist",
                answers.getSpecialistHours(), RequestAnswers::setSpecialistHours);
        BigDecimalField independent = hours("asn.hours.independent", "asn-hours-independent",
                answers.getIndependentHours(), RequestAnswers::setIndependentHours);
        Paragraph week = new Paragraph(getTranslation("asn.hours.week", AsnLabels.hours(d.context().weekHours())));
        return new Div(week, field("hoursAsked", asked), field("specialistHours", specialist),
                field("independentHours", independent), new Paragraph(considered));
    }

    private Component triedStep() {
        TextArea differentiation = text("asn.tried.differentiation", "asn-differentiation",
                answers.getDifferentiation(), RequestInput.MAX_TEXT, RequestAnswers::setDifferentiation);
        TextArea independence = text("asn.tried.independence", "asn-independence", answers.getIndependence(),
                RequestInput.MAX_TEXT, RequestAnswers::setIndependence);
        TextArea equipment = text("asn.tried.equipment", "asn-equipment", answers.getEquipment(),
                RequestInput.MAX_TEXT, RequestAnswers::setEquipment);
        return new Div(new Paragraph(getTranslation("asn.tried.help")), field("differentiation", differentiation),
                field("independence", independence), field("equipment", equipment));
    }

    private Component attachmentsStep() {
        // documents change the check at once: the facts are read again, the unsaved answers kept
        return new Div(new Paragraph(getTranslation("asn.attachments.help")), slot("attachments"),
                RequestAttachments.panel(requests, requestId, true, this::documentsChanged));
    }

    private void documentsChanged() {
        RequestAnswers typed = answers;
        details = requests.open(requestId);
        lock = d().lock();
        answers = typed;
        recheck();
    }

    private Component submitStep() {
        Div div = new Div();
        HoursEligibility.Check check = check();
        div.add(messages("asn.form.refusals", check, HoursEligibility.Severity.REFUSAL, "asn-refusals"),
                messages("asn.form.warnings", check, HoursEligibility.Severity.WARNING, "asn-warnings"),
                messages("asn.form.notes", check, HoursEligibility.Severity.NOTE, "asn-notes"));
        if (check.findings().isEmpty()) {
            div.add(new Paragraph(getTranslation("asn.check.clear")));
        }
        div.add(new Paragraph(getTranslation("asn.form.submitHelp")));
        Button submit = new Button(getTranslation("asn.form.submit"), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(check.mayBeSubmitted());
        submit.setId("asn-submit");
        div.add(submit);
        return div;
    }

    /** The findings of one weight, each with the way to the step that puts it right. */
    private Div messages(String headingKey, HoursEligibility.Check check, HoursEligibility.Severity severity,
                         String id) {
        List<HoursEligibility.Finding> found = check.findings().stream().filter(f -> f.severity() == severity)
                .toList();
        Div box = new Div();
        box.setId(id);
        if (found.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < found.size(); i++) {
            HoursEligibility.Finding f = found.get(i);
            ListItem item = new ListItem(AsnLabels.finding(f));
            int target = stepOf(f.message().field());
            if (target >= 0) {
                Button goTo = new Button(getTranslation("bid.wizard.goToStep", target + 1,
                        getTranslation("asn.form.step." + STEPS.get(target))), e -> go(target, false));
                goTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                goTo.setId(id + "-go-" + i);
                item.add(goTo);
            }
            list.add(item);
        }
        box.add(new H3(getTranslation(headingKey)), list);
        box.addClassName(severity == HoursEligibility.Severity.REFUSAL ? "wm-errors" : "wm-warnings");
        return box;
    }

    /** The step where the answer a rule names is given; -1 for none. */
    static int stepOf(String field) {
        String name = switch (field) {
            case "sifStage", "medicalNeed", "personalCareNeed", "transitionPhase", "namedPersonDecidedOtherwise",
                 "namedPersonNote" -> "pupil";
            case "category", "exceptional", "exceptionalReason", "needs" -> "need";
            case "plan" -> "plan";
            case "hoursAsked", "specialistHours", "independentHours" -> "hours";
            case "differentiation", "independence", "equipment" -> "tried";
            case "attachments" -> "attachments";
            default -> "";
        };
        return STEPS.indexOf(name);
    }

    /** Says where the request goes and who is told before it is sent. */
    private void confirmSubmit() {
        Confirmation.of("confirm-submit-asn", getTranslation("asn.confirm.submit.title"))
                .says(getTranslation(d().request().getMidTerm() == null ? "asn.confirm.submit.text"
                        : "asn.confirm.submit.mta", d().pupilName()))
                .tells(requests.toldOfSubmission(requestId))
                .confirm(getTranslation("asn.form.submit"), this::submit)
                .open();
    }

    private void submit() {
        chrome.submit(() -> requests.submit(requestId, lock), "asn.form.submitted", "asn.conflict", () -> load(step),
                () -> getUI().ifPresent(ui -> ui.navigate(HoursRequestView.class,
                        new RouteParameters("requestId", String.valueOf(requestId)))));
    }

    // --- the live check ---

    private HoursEligibility.Check check() {
        return HoursEligibility.check(answers, d().context(), LocalDate.now(clock));
    }

    /** Runs the check on what is on screen and puts each finding beside its answer. */
    private void recheck() {
        HoursEligibility.Check check = check();
        slots.forEach((field, slot) -> {
            slot.removeAll();
            check.onField(field).forEach(f -> slot.add(AsnLabels.finding(f)));
        });
        summary.setText(check.mayBeSubmitted() && check.warnings().isEmpty()
                ? getTranslation("asn.form.summaryClear")
                : getTranslation("asn.form.summary", check.refusals().size(), check.warnings().size()));
        BigDecimal hours = check.hoursConsidered();
        considered.setText(hours == null ? "" : getTranslation("asn.hours.consideredLive", AsnLabels.hours(hours),
                AsnLabels.hours(d().context().weekHours())));
    }

    private void change(Consumer<RequestAnswers> edit) {
        edit.accept(answers);
        recheck();
    }

    // --- editors ---

    private Div field(String name, Component editor) {
        if (editor instanceof HasValidation v) {
            editors.put(name, v);
        }
        Div block = new Div(editor, slot(name));
        block.addClassName("wm-asn-field");
        return block;
    }

    private Div slot(String name) {
        Div slot = new Div();
        slot.addClassName("wm-findings");
        slot.setId("asn-findings-" + name);
        slot.getElement().setAttribute("aria-live", "polite");
        slots.put(name, slot);
        return slot;
    }

    private Checkbox checkbox(String labelKey, String id, boolean value,
                              java.util.function.BiConsumer<RequestAnswers, Boolean> setter) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        box.setValue(value);
        box.setId(id);
        box.addValueChangeListener(e -> change(a -> setter.accept(a, e.getValue())));
        return box;
    }

    private TextArea text(String labelKey, String id, String value, int max,
                          java.util.function.BiConsumer<RequestAnswers, String> setter) {
        return text(labelKey, id, value, max, setter, null);
    }

    /** A long answer limited to {@code max} characters by {@link TextLimit} (counted and marked, never cut). */
    private TextArea text(String labelKey, String id, String value, int max,
                          java.util.function.BiConsumer<RequestAnswers, String> setter, @Nullable String helpKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        if (helpKey != null) {
            area.setHelperText(getTranslation(helpKey));
        }
        area.setWidthFull();
        area.setId(id);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> change(a -> setter.accept(a, e.getValue())));
        TextLimit.apply(area, max);
        return area;
    }

    private BigDecimalField hours(String labelKey, String id, @Nullable BigDecimal value,
                                  java.util.function.BiConsumer<RequestAnswers, @Nullable BigDecimal> setter) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setValue(value);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> change(a -> setter.accept(a, e.getValue())));
        return field;
    }

    private RequestDetails d() {
        return Objects.requireNonNull(details);
    }

    // for tests in this package
    int step() {
        return step;
    }

    RequestAnswers answers() {
        return answers;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asn.form.pageTitle");
    }
}
