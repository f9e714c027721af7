package org.waymark.plans.ui;

import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.RowList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.Nation;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.WizardChrome;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanDetails;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.ui.PlanRows.NeedRow;
import org.waymark.plans.ui.PlanRows.OutcomeRow;
import org.waymark.plans.ui.PlanRows.ProvisionRow;
import org.waymark.plans.ui.PlanRows.StatementRow;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/**
 * The guided plan editor: one section per step, progress shown, and every "Save and continue"
 * stores the draft, so nothing typed is lost between steps. A colleague's save in between ends
 * in a conflict message with the typed content still on screen.
 */
@Route("plans/:planId/edit")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.CASEWORKER})
public class PlanEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final List<String> STEPS = List.of("profile", "needs", "outcomes", "provision", "around",
            "attachments");
    /**
     * An EHC plan's steps, in the order of its sections: A (profile), B–D (needs), E (outcomes),
     * F (provision, then the assistant and equipment), G–H2 (care), I–J (placement), K (advice).
     */
    public static final List<String> EHC_STEPS = List.of("profile", "needs", "outcomes", "provision", "around",
            "care", "placement", "advice", "attachments");

    private final PlanService plans;
    private final Clock clock;
    private final Div stepArea = new Div();
    private WizardChrome chrome = chrome(STEPS);
    private List<String> steps = STEPS;
    private boolean ehcp;

    private long planId;
    private int lock;
    private int step;
    private DeliveryLanguage defaultLanguage = DeliveryLanguage.ENGLISH;
    private PlanContent content = PlanContent.empty();
    /** The content as last stored (what {@link #content} differs from after going back a step unsaved). */
    private PlanContent stored = PlanContent.empty();
    private final UnsavedChanges unsaved = UnsavedChanges.track(this).also(() -> !content.equals(stored));

    // the current step's editors (only those of the shown step are set)
    private @Nullable RowList<PlanContent.Statement, StatementRow> whatMatters;
    private @Nullable RowList<PlanContent.Statement, StatementRow> likedFor;
    private @Nullable RowList<PlanContent.Statement, StatementRow> howToSupport;
    private @Nullable RowList<PlanContent.Need, NeedRow> needs;
    private @Nullable RowList<PlanContent.Outcome, OutcomeRow> outcomes;
    private @Nullable RowList<PlanContent.Provision, ProvisionRow> provisions;
    private @Nullable TextArea assistant;
    private @Nullable MultiSelectComboBox<String> assistantOutcomes;
    private @Nullable TextArea equipment;
    private @Nullable TextArea agencies;
    private final EhcSteps ehcSteps = new EhcSteps();
    /** Each message beside the row or field it is about (rows are named "list.index"). */
    private final Feedback feedback = new Feedback()
            .rows("whatMatters", () -> whatMatters).rows("likedFor", () -> likedFor)
            .rows("howToSupport", () -> howToSupport).rows("needs", () -> needs)
            .rows("outcomes", () -> outcomes).rows("provisions", () -> provisions)
            .rows("aspirations", ehcSteps::aspirations).rows("healthProvision", ehcSteps::health)
            .rows("socialCareSection2", ehcSteps::section2).rows("otherSocialCare", ehcSteps::otherCare)
            .rows("advice", ehcSteps::advice)
            .fields(name -> switch (name) {
                case "assistantRole" -> assistant;
                case "equipment" -> equipment;
                case "agencies" -> agencies;
                default -> ehcSteps.field(name);
            })
            .onConflict(() -> chrome.conflict("plan.editor.conflict", this::load));

    public PlanEditorView(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
        addClassName("wm-plan-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = PlanView.id(event.getRouteParameters(), "planId");
        load();
    }

    private void load() {
        PlanDetails details = plans.open(planId);
        if (!details.writer() || !details.plan().editable()) {
            throw new AccessDeniedException("plan " + planId + " is not editable by this user");
        }
        lock = details.shownVersionLock();
        content = details.shown();
        stored = content;
        ehcp = details.plan().getPlanType() == PlanType.EHCP;
        steps = ehcp ? EHC_STEPS : STEPS;
        chrome = chrome(steps);
        defaultLanguage = details.plan().getPlanType().nation() == Nation.WALES ? DeliveryLanguage.WELSH
                : DeliveryLanguage.ENGLISH;
        removeAll();
        add(new H2(getTranslation("plan.editor.title", details.pupilName())));
        add(chrome.header());
        add(stepArea, chrome.buttons());
        show(0);
    }

    /** Moves to another step; saving first when going forward (save-as-you-go). */
    void go(int target, boolean save) {
        if (save && !saveCurrent()) {
            return;
        }
        if (target >= steps.size()) {
            unsaved.saved();
            getUI().ifPresent(ui -> ui.navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId))));
            return;
        }
        if (!save && unsaved.fieldsChanged()) {
            content = collect();
        }
        show(Math.max(0, target));
    }

    private boolean saveCurrent() {
        PlanContent edited = collect();
        return feedback.call(() -> plans.saveDraft(planId, lock, edited), saved -> getTranslation("plan.editor.saved"))
                .map(saved -> {
                    lock = saved;
                    content = edited;
                    stored = edited;
                    return true;
                }).orElse(false);
    }

    private void show(int newStep) {
        step = newStep;
        stepArea.removeAll();
        clearEditors();
        String name = steps.get(step);
        chrome.at(step, getTranslation((ehcp ? "plan.editor.ehcStep." : "plan.editor.step.") + name),
                "plan.editor.saveFinish");
        List<String> keys = content.outcomes().stream().map(PlanContent.Outcome::key).toList();
        stepArea.add(switch (name) {
            case "profile" -> profileStep();
            case "needs" -> {
                needs = new RowList<>(getTranslation(ehcp ? "plan.ehc.section.B" : "plan.section.needs"),
                        getTranslation("plan.editor.addNeed"), content.needs(), NeedRow::new, () -> new NeedRow(null));
                yield ehcp ? new Div(needs, ehcSteps.needs(content.ehc())) : needs;
            }
            case "outcomes" -> outcomesStep();
            case "provision" -> provisionStep();
            case "around" -> aroundStep();
            case "care" -> keys.isEmpty() ? new Paragraph(getTranslation("plan.editor.outcomesFirst"))
                    : ehcSteps.care(content.ehc(), keys, defaultLanguage);
            case "placement" -> ehcSteps.placement(content.ehc());
            case "advice" -> ehcSteps.advice(content.ehc(), content.agencies());
            default -> new Div(new Paragraph(getTranslation("plan.editor.attachmentsHelp")),
                    PlanAttachments.panel(plans, planId, true));
        });
        unsaved.saved();
    }

    private Component profileStep() {
        Div div = new Div(new Paragraph(getTranslation("plan.editor.profileHelp")));
        whatMatters = statements("plan.section.whatMatters", content.whatMatters());
        likedFor = statements("plan.section.likedFor", content.likedFor());
        howToSupport = statements("plan.section.howToSupport", content.howToSupport());
        div.add(whatMatters, likedFor, howToSupport);
        if (ehcp) {
            div.addComponentAsFirst(new H3(getTranslation("plan.ehc.section.A")));
            div.add(ehcSteps.aspirations(content.ehc()));
        }
        return div;
    }

    private RowList<PlanContent.Statement, StatementRow> statements(String key, List<PlanContent.Statement> values) {
        return new RowList<>(getTranslation(key), getTranslation("plan.editor.addStatement"), values, StatementRow::new,
                () -> new StatementRow(null));
    }

    private Component outcomesStep() {
        AtomicInteger highest = new AtomicInteger(content.outcomes().stream()
                .mapToInt(o -> o.key().matches("O\\d+") ? Integer.parseInt(o.key().substring(1)) : 0).max().orElse(0));
        LocalDate target = endOfNextSchoolYear(LocalDate.now(clock));
        outcomes = new RowList<>(getTranslation("plan.section.outcomes"), getTranslation("plan.editor.addOutcome"),
                content.outcomes(), o -> new OutcomeRow(o, () -> "O" + highest.incrementAndGet(), target),
                () -> new OutcomeRow(null, () -> "O" + highest.incrementAndGet(), target));
        return outcomes;
    }

    private Component provisionStep() {
        List<String> keys = content.outcomes().stream().map(PlanContent.Outcome::key).toList();
        if (keys.isEmpty()) {
            return new Paragraph(getTranslation("plan.editor.outcomesFirst"));
        }
        provisions = new RowList<>(getTranslation("plan.section.provision"), getTranslation("plan.editor.addProvision"),
                content.provisions(), p -> new ProvisionRow(p, keys, defaultLanguage),
                () -> new ProvisionRow(null, keys, defaultLanguage));
        return provisions;
    }

    private Component aroundStep() {
        List<String> keys = content.outcomes().stream().map(PlanContent.Outcome::key).toList();
        assistant = new TextArea(getTranslation("plan.editor.assistantRole"));
        assistant.setHelperText(getTranslation("plan.editor.assistantHelp"));
        TextLimit.apply(assistant, 2000);
        assistant.setWidthFull();
        assistantOutcomes = new MultiSelectComboBox<>(getTranslation("plan.editor.assistantOutcomes"));
        assistantOutcomes.setItems(keys);
        equipment = new TextArea(getTranslation("plan.section.equipment"));
        equipment.setHelperText(getTranslation("pupil.diagnoses.help"));
        equipment.setWidthFull();
        agencies = new TextArea(getTranslation("plan.section.agencies"));
        agencies.setHelperText(getTranslation("pupil.diagnoses.help"));
        agencies.setWidthFull();
        if (content.assistantRole() != null) {
            assistant.setValue(content.assistantRole().description());
            assistantOutcomes.setValue(Set.copyOf(content.assistantRole().outcomeKeys().stream()
                    .filter(keys::contains).toList()));
        }
        equipment.setValue(String.join("\n", content.equipment()));
        agencies.setValue(String.join("\n", content.agencies()));
        if (ehcp) {
            // section K's step holds the agencies of an EHC plan
            return new Div(new H3(getTranslation("plan.section.assistant")), assistant, assistantOutcomes,
                    new H3(getTranslation("plan.section.equipment")), equipment);
        }
        return new Div(new H3(getTranslation("plan.section.assistant")), assistant, assistantOutcomes,
                new H3(getTranslation("plan.editor.equipmentAndAgencies")), equipment, agencies);
    }

    /** The content with the shown step's edits applied. */
    PlanContent collect() {
        PlanContent c = content;
        if (whatMatters != null && likedFor != null && howToSupport != null) {
            c = c.withProfile(whatMatters.values(), likedFor.values(), howToSupport.values());
        }
        if (needs != null) {
            c = c.withNeeds(needs.values());
        }
        if (outcomes != null) {
            c = c.withOutcomes(outcomes.values());
        }
        if (provisions != null) {
            c = c.withProvisions(provisions.values());
        }
        if (assistant != null && assistantOutcomes != null && equipment != null && agencies != null) {
            PlanContent.AssistantRole role = assistant.getValue().isBlank() ? null
                    : new PlanContent.AssistantRole(assistant.getValue().strip(),
                    new ArrayList<>(assistantOutcomes.getValue()).stream().sorted().toList());
            c = c.withSupportAround(role, lines(equipment.getValue()), ehcp ? c.agencies() : lines(agencies.getValue()));
        }
        if (ehcp) {
            c = ehcSteps.collect(c);
        }
        return c;
    }

    private void clearEditors() {
        whatMatters = likedFor = howToSupport = null;
        needs = null;
        outcomes = null;
        provisions = null;
        assistant = equipment = agencies = null;
        assistantOutcomes = null;
        ehcSteps.clear();
    }

    private WizardChrome chrome(List<String> names) {
        return new WizardChrome("plan", names.size(), () -> go(this.step - 1, false), () -> go(this.step + 1, true));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Outcomes usually run to the end of the next school year (31 July). */
    static LocalDate endOfNextSchoolYear(LocalDate today) {
        LocalDate endThisYear = LocalDate.of(today.getYear(), 7, 31);
        return (today.isAfter(endThisYear) ? endThisYear.plusYears(1) : endThisYear).plusYears(1);
    }

    // for tests in this package
    int step() {
        return step;
    }

    @Nullable RowList<PlanContent.Statement, StatementRow> whatMatters() {
        return whatMatters;
    }

    @Nullable RowList<PlanContent.Outcome, OutcomeRow> outcomes() {
        return outcomes;
    }

    @Nullable RowList<PlanContent.Provision, ProvisionRow> provisions() {
        return provisions;
    }

    EhcSteps ehcSteps() {
        return ehcSteps;
    }

    List<String> steps() {
        return steps;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.editor.pageTitle");
    }
}
