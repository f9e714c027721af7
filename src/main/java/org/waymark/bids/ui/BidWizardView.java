package org.waymark.bids.ui;

import org.waymark.base.ui.TextLimit;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.RowList;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.base.ui.WizardChrome;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.bids.service.BidDetails;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.UnsavedChanges;

/**
 * The bid wizard for a school SENCO: areas of need, then for each key theme the descriptors of
 * every column side by side to choose the best fit and write the evidence, the support already
 * funded against the (pro-rata) notional threshold, the level asked for against the one the
 * framework proposes, attachments, the family's views, and a last check before submitting.
 * Every "Save and continue" stores the step; a colleague's save in between ends in a conflict
 * message with the typing kept on screen.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("bids/:bidId/edit")
@RolesAllowed(Roles.SCHOOL_SENCO)
public class BidWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final List<String> STEPS = List.of("areas", "themes", "funded", "level", "attachments", "views",
            "submit");

    private final BidService bids;
    private final BidWizardService wizard;
    private final Div stepArea = new Div();
    private final WizardChrome chrome = new WizardChrome("bid", STEPS.size(), () -> go(this.step - 1, false),
            () -> go(this.step + 1, true));

    private long bidId;
    private int lock;
    private int step;
    private @Nullable BidDetails details;

    // the shown step's editors
    private @Nullable CheckboxGroup<BidFramework.Area> areas;
    private final Map<String, RadioButtonGroup<String>> columns = new LinkedHashMap<>();
    private final Map<String, TextArea> evidence = new LinkedHashMap<>();
    private final Map<String, String> areaOfTheme = new HashMap<>();
    private @Nullable RowList<FundedProvision, FundedRow> funded;
    private final Span fundedTotal = new Span();
    private @Nullable Select<String> level;
    private @Nullable TextArea levelReason;
    private @Nullable TextArea parentViews;
    private @Nullable TextArea childViews;
    private @Nullable Checkbox behaviourSought;
    private @Nullable TextArea behaviourNote;
    /** Each message where it belongs: the areas, a theme, a row of funded support, the level. */
    private final Feedback feedback = new Feedback()
            .fields(name -> switch (name) {
                case "areas" -> areas;
                case "levelAsked" -> level;
                case "levelReason" -> levelReason;
                case "parentViews" -> parentViews;
                case "childViews" -> childViews;
                default -> name.startsWith("theme.") ? evidence.get(name.substring("theme.".length())) : null;
            })
            .rows("fundedProvision", () -> funded)
            .onConflict(() -> chrome.conflict("bid.wizard.conflict", () -> load(step)));

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    public BidWizardView(BidService bids, BidWizardService wizard) {
        this.bids = bids;
        this.wizard = wizard;
        addClassName("wm-bid-wizard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bidId = RouteIds.id(event.getRouteParameters(), "bidId");
        load(0);
    }

    private void load(int showStep) {
        details = bids.open(bidId);
        if (!details.mayWrite()) {
            throw new AccessDeniedException("bid " + bidId + " is not editable by this user");
        }
        lock = java.util.Objects.requireNonNull(details.bid().getVersion());
        removeAll();
        add(new H2(getTranslation("bid.wizard.title", details.pupilName())),
                new Paragraph(getTranslation("bid.wizard.framework", details.framework().label())));
        add(chrome.header());
        add(stepArea, chrome.buttons());
        show(showStep);
    }

    /** Moves to another step, saving the shown one first when going forward, or back with changes. */
    void go(int target, boolean save) {
        if ((save || unsaved.fieldsChanged()) && !saveCurrent()) {
            return;
        }
        if (target >= STEPS.size()) {
            return;
        }
        details = bids.open(bidId);
        lock = java.util.Objects.requireNonNull(details.bid().getVersion());
        show(Math.max(0, target));
    }

    private boolean saveCurrent() {
        String name = STEPS.get(step);
        if (!List.of("areas", "themes", "funded", "level", "views").contains(name)) {
            return true;
        }
        return feedback.run(() -> {
            switch (name) {
                case "areas" -> wizard.saveAreas(bidId, lock, chosenAreas());
                case "themes" -> wizard.saveChoices(bidId, lock, chosenColumns());
                case "funded" -> wizard.saveFundedProvision(bidId, lock, funded == null ? List.of() : funded.values());
                case "level" -> wizard.saveLevel(bidId, lock, level == null ? null : level.getValue(),
                        levelReason == null ? null : levelReason.getValue());
                default -> wizard.saveViews(bidId, lock, value(parentViews), value(childViews),
                        behaviourSought == null ? null : behaviourSought.getValue(), value(behaviourNote));
            }
        }, "plan.editor.saved");
    }

    private static String value(@Nullable TextArea area) {
        return area == null ? "" : area.getValue();
    }

    private void show(int newStep) {
        step = newStep;
        stepArea.removeAll();
        clearEditors();
        String name = STEPS.get(step);
        chrome.at(step, getTranslation("bid.wizard.step." + name), null);
        BidDetails d = java.util.Objects.requireNonNull(details);
        stepArea.add(switch (name) {
            case "areas" -> areasStep(d);
            case "themes" -> themesStep(d);
            case "funded" -> fundedStep(d);
            case "level" -> levelStep(d);
            case "attachments" -> new Div(new Paragraph(getTranslation("bid.wizard.attachmentsHelp")),
                    BidAttachments.panel(bids, wizard, bidId, true));
            case "views" -> viewsStep(d);
            default -> submitStep(d);
        });
        unsaved.saved();
    }

    private Component areasStep(BidDetails d) {
        areas = new CheckboxGroup<>(getTranslation("bid.wizard.areas"));
        areas.setItems(d.framework().areas());
        areas.setItemLabelGenerator(BidFramework.Area::name);
        areas.setValue(new LinkedHashSet<>(d.framework().areas().stream()
                .filter(a -> d.bid().areaCodes().contains(a.code())).toList()));
        areas.setId("bid-areas");
        areas.setHelperText(getTranslation("bid.wizard.areasHelp"));
        return areas;
    }

    private Set<String> chosenAreas() {
        Set<String> codes = new LinkedHashSet<>();
        if (areas != null) {
            d().framework().areas().stream().filter(areas.getValue()::contains).forEach(a -> codes.add(a.code()));
        }
        return codes;
    }

    /** For every theme of each chosen area: the descriptors of all its columns side by side. */
    private Component themesStep(BidDetails d) {
        Div div = new Div(new Paragraph(getTranslation("bid.wizard.themesHelp")));
        Map<String, ThemeChoice> existing = new HashMap<>();
        d.bid().getChoices().forEach(c -> existing.put(c.themeCode(), c));
        for (BidFramework.Area area : d.framework().areas()) {
            if (!d.bid().areaCodes().contains(area.code())) {
                continue;
            }
            div.add(new H3(area.name()));
            for (BidFramework.Theme theme : area.themes()) {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(theme.name());
                group.setItems(area.columns());
                // a column the framework leaves empty for this theme is shown, but cannot be chosen
                group.setItemEnabledProvider(theme::hasDescriptor);
                group.setRenderer(new ComponentRenderer<>(column -> {
                    Span heading = new Span(BidLabels.level(column));
                    heading.addClassName("wm-descriptor-level");
                    Paragraph text = new Paragraph(theme.hasDescriptor(column) ? theme.descriptor(column)
                            : getTranslation("bid.wizard.noDescriptor"));
                    Div card = new Div(heading, text);
                    card.addClassName("wm-descriptor");
                    if (!theme.hasDescriptor(column)) {
                        card.addClassName("wm-descriptor-none");
                    }
                    return card;
                }));
                group.addClassName("wm-descriptor-columns");
                group.setId("theme-" + theme.code());
                TextArea text = new TextArea(getTranslation("bid.wizard.evidence", theme.name()));
                TextLimit.apply(text, 4000);
                text.setWidthFull();
                text.setId("evidence-" + theme.code());
                ThemeChoice choice = existing.get(theme.code());
                if (choice != null) {
                    group.setValue(area.columns().contains(choice.levelCode()) && theme.hasDescriptor(choice.levelCode())
                            ? choice.levelCode() : null);
                    text.setValue(choice.evidence());
                }
                columns.put(theme.code(), group);
                evidence.put(theme.code(), text);
                areaOfTheme.put(theme.code(), area.code());
                Div block = new Div(group, text);
                block.addClassName("wm-theme");
                div.add(block);
            }
        }
        return div;
    }

    private List<ThemeChoice> chosenColumns() {
        List<ThemeChoice> choices = new ArrayList<>();
        columns.forEach((theme, group) -> {
            if (group.getValue() != null) {
                choices.add(new ThemeChoice(areaOfTheme.get(theme), theme, group.getValue(),
                        evidence.get(theme).getValue()));
            }
        });
        return choices;
    }

    private Component fundedStep(BidDetails d) {
        var t = d.threshold();
        Paragraph explain = new Paragraph(t.proRata()
                ? getTranslation("bid.wizard.thresholdProRata", BidLabels.pounds(t.amount()),
                BidLabels.pounds(t.fullYear()), t.schoolDaysAttended(), t.schoolDaysInYear())
                : getTranslation("bid.wizard.threshold", BidLabels.pounds(t.amount())));
        explain.setId("bid-threshold");
        funded = new RowList<>(getTranslation("bid.wizard.fundedHeading"), getTranslation("bid.wizard.addFunded"),
                d.bid().getFundedProvision(), p -> new FundedRow(p, this::updateTotal),
                () -> new FundedRow(null, this::updateTotal));
        fundedTotal.setId("bid-funded-total");
        updateTotal();
        return new Div(explain, funded, fundedTotal);
    }

    private void updateTotal() {
        if (funded == null) {
            return;
        }
        BigDecimal total = funded.rows().stream().map(r -> r.cost.getValue() == null ? BigDecimal.ZERO : r.cost.getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        fundedTotal.setText(getTranslation("bid.wizard.fundedTotal", BidLabels.pounds(total),
                BidLabels.pounds(d().threshold().amount())));
    }

    private Component levelStep(BidDetails d) {
        Div div = new Div();
        Paragraph proposal = new Paragraph(d.proposal() == null ? getTranslation("bid.wizard.noProposal")
                : getTranslation(d.proposal().explanationKey(), d.proposal().arguments().stream()
                .map(a -> a instanceof String s && s.startsWith("bid.level.") ? getTranslation(s) : a).toArray()));
        proposal.setId("bid-proposal");
        proposal.addClassName("wm-proposal");
        level = new Select<>();
        level.setLabel(getTranslation("bids.levelAsked"));
        level.setItems(d.framework().askableLevels());
        level.setItemLabelGenerator(code -> code == null ? "" : BidLabels.level(code));
        Bid bid = d.bid();
        level.setValue(bid.getLevelAsked() != null ? bid.getLevelAsked()
                : d.proposal() != null && d.framework().askableLevels().contains(d.proposal().levelCode())
                ? d.proposal().levelCode() : null);
        level.setId("bid-level");
        levelReason = new TextArea(getTranslation("bid.wizard.levelReason"));
        levelReason.setHelperText(getTranslation("bid.wizard.levelReasonHelp"));
        TextLimit.apply(levelReason, 2000);
        levelReason.setWidthFull();
        levelReason.setValue(bid.getLevelReason() == null ? "" : bid.getLevelReason());
        levelReason.setId("bid-level-reason");
        UnorderedList bands = new UnorderedList();
        d.framework().levels().forEach(l -> bands.add(new ListItem(l.name() + ": " + BidLabels.band(l))));
        div.add(proposal, level, levelReason, new H3(getTranslation("bid.wizard.bands")), bands);
        return div;
    }

    private Component viewsStep(BidDetails d) {
        Bid bid = d.bid();
        parentViews = new TextArea(getTranslation("bid.wizard.parentViews"));
        TextLimit.apply(parentViews, 4000);
        parentViews.setWidthFull();
        parentViews.setValue(bid.getParentViews());
        parentViews.setId("bid-parent-views");
        childViews = new TextArea(getTranslation("bid.wizard.childViews"));
        TextLimit.apply(childViews, 4000);
        childViews.setWidthFull();
        childViews.setValue(bid.getChildViews());
        childViews.setId("bid-child-views");
        Div div = new Div(parentViews, childViews);
        if (bid.areaCodes().stream().anyMatch(d.framework().behaviourAreas()::contains)) {
            behaviourSought = new Checkbox(getTranslation("bid.wizard.behaviourSought"));
            behaviourSought.setValue(Boolean.TRUE.equals(bid.getBehaviourSupportSought()));
            behaviourSought.setId("bid-behaviour-sought");
            behaviourNote = new TextArea(getTranslation("bid.wizard.behaviourNote"));
            TextLimit.apply(behaviourNote, 2000);
            behaviourNote.setWidthFull();
            behaviourNote.setValue(bid.getBehaviourSupportNote());
            div.add(new H3(getTranslation("bid.wizard.behaviour")), behaviourSought, behaviourNote);
        }
        return div;
    }

    private Component submitStep(BidDetails d) {
        Div div = new Div();
        div.add(new BidSummary(d));
        if (!d.check().errors().isEmpty()) {
            div.add(messages("bid.wizard.errors", d.check().errors(), "wm-errors", "bid-errors"));
        }
        if (!d.check().warnings().isEmpty()) {
            div.add(messages("bid.wizard.warnings", d.check().warnings(), "wm-warnings", "bid-warnings"));
        }
        Button submit = new Button(getTranslation("bid.wizard.submit"), e -> confirmSubmit(d));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(d.check().mayBeSubmitted());
        submit.setId("bid-submit");
        div.add(submit);
        return div;
    }

    /**
     * The step where a problem is put right, by the field its rule names; -1 when no step of the
     * wizard can (e.g. an academy that opted out of the family scheme).
     */
    static int stepOf(String field) {
        String name = field.startsWith("theme.") ? "themes"
                : field.startsWith("fundedProvision") ? "funded"
                : switch (field) {
                    case "areas" -> "areas";
                    case "levelAsked", "levelReason" -> "level";
                    case "attachments" -> "attachments";
                    case "views", "parentViews", "childViews", "behaviourSupportSought" -> "views";
                    default -> "";
                };
        return STEPS.indexOf(name);
    }

    private Div messages(String headingKey, List<Violation> violations, String className, String id) {
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            ListItem item = new ListItem(new Span(ViolationNotice.message(v)));
            int target = stepOf(v.field());
            if (target >= 0) {
                // each problem leads to the step that puts it right
                Button go = new Button(getTranslation("bid.wizard.goToStep", target + 1,
                        getTranslation("bid.wizard.step." + STEPS.get(target))), e -> go(target, false));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                go.addClassName("wm-go-to-step");
                go.setId(id + "-go-" + i);
                item.add(new Span(" "), go);
            }
            list.add(item);
        }
        Div box = new Div(new H3(getTranslation(headingKey)), list);
        box.addClassName(className);
        box.setId(id);
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    /** Says where the bid goes and who is told, and submits only when the SENCO confirms. */
    private void confirmSubmit(BidDetails d) {
        BidWizardService.Submission submission;
        try {
            submission = wizard.submission(bidId);
        } catch (ConflictException e) {
            // submitted or returned meanwhile: what is stored now is shown
            load(step);
            chrome.conflict("bid.wizard.conflict", () -> load(step));
            return;
        }
        Confirmation.of("confirm-submit", getTranslation("bid.confirm.submit.title"))
                .says(submission.familyName() == null
                        ? getTranslation("bid.confirm.submit.text", d.pupilName())
                        : getTranslation("bid.confirm.submit.toFamily", d.pupilName(), submission.familyName()))
                .tells(submission.told())
                .confirm(getTranslation("bid.wizard.submit"), this::submit)
                .open();
    }

    private void submit() {
        // refused: what stopped it is listed on the final check, each problem with the way to its step
        chrome.submit(() -> wizard.submit(bidId, lock), "bid.wizard.submitted", "bid.wizard.conflict", () -> load(step),
                () -> getUI().ifPresent(ui -> ui.navigate(BidView.class,
                        new RouteParameters("bidId", String.valueOf(bidId)))));
    }

    private void clearEditors() {
        areas = null;
        columns.clear();
        evidence.clear();
        areaOfTheme.clear();
        funded = null;
        level = null;
        levelReason = null;
        parentViews = childViews = behaviourNote = null;
        behaviourSought = null;
    }

    private BidDetails d() {
        return java.util.Objects.requireNonNull(details);
    }

    // for tests in this package
    int step() {
        return step;
    }

    @Nullable CheckboxGroup<BidFramework.Area> areas() {
        return areas;
    }

    Map<String, RadioButtonGroup<String>> columns() {
        return columns;
    }

    Map<String, TextArea> evidence() {
        return evidence;
    }

    @Nullable RowList<FundedProvision, FundedRow> funded() {
        return funded;
    }

    @Nullable Select<String> level() {
        return level;
    }

    @Nullable TextArea levelReason() {
        return levelReason;
    }

    @Nullable TextArea parentViews() {
        return parentViews;
    }

    @Nullable TextArea childViews() {
        return childViews;
    }

    @Nullable Checkbox behaviourSought() {
        return behaviourSought;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bid.wizard.pageTitle");
    }
}
