package org.waymark.plans.ui;

import org.waymark.base.ui.UnsavedChanges;
import org.waymark.plans.domain.PlanRules;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.domain.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContribution;
import org.waymark.plans.domain.PlanDiff;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanStep;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanDetails;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;

/**
 * One plan: where it stands, its content, its timeline and versions (any two compared), the
 * family's views and — for the plan's writer — the lifecycle steps. Parents see the same page,
 * read-only but for adding their views while the comment window is open.
 */
@Route("plans/:planId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final PlanService plans;
    private final EhcReviewService ehcReviews;
    private final Clock clock;
    private final Feedback feedback = new Feedback().onConflict("plan.action.failed", this::show);
    private long planId;
    private String title = "";

    public PlanView(PlanService plans, EhcReviewService ehcReviews, Clock clock) {
        this.plans = plans;
        this.ehcReviews = ehcReviews;
        this.clock = clock;
        addClassName("wm-plan");
    }

    static long id(RouteParameters parameters, String name) {
        return RouteIds.id(parameters, name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = id(event.getRouteParameters(), "planId");
        show();
    }

    private void show() {
        PlanDetails details = plans.open(planId);
        SupportPlan plan = details.plan();
        removeAll();
        title = getTranslation("plan.pageTitle", Translations.label(plan.getPlanType()), details.pupilName());
        H2 heading = new H2(title);
        heading.setId("plan-heading");
        Span status = new Span(Translations.label(plan.getStatus()));
        status.addClassName("wm-status");
        status.setId("plan-status");
        status.getElement().setAttribute("data-status", plan.getStatus().name());
        add(heading, status);
        add(new Paragraph(getTranslation(details.plan().getStatus() == PlanStatus.AGREED ? "plan.showingInForce"
                : "plan.showingDraft", details.shownVersion())));
        if (plan.getNextReviewDate() != null) {
            add(new Paragraph(getTranslation("plans.nextReview", Dates.DAY_MONTH_YEAR.format(plan.getNextReviewDate()))));
        }
        if (details.commentDaysLeft() > 0) {
            Paragraph countdown = new Paragraph(getTranslation("plan.commentWindow", details.commentDaysLeft(),
                    Dates.DAY_MONTH_YEAR.format(plan.getCommentWindowEndsOn())));
            countdown.addClassName("wm-countdown");
            countdown.setId("comment-countdown");
            add(countdown);
        }
        if (details.writer() && plan.getStatus() != PlanStatus.CEASED) {
            add(actions(plan, details));
        }
        boolean ehcp = plan.getPlanType() == PlanType.EHCP;
        if (ehcp && details.writer() && plan.editable()) {
            List<String> gaps = PlanRules.ehcGaps(details.shown());
            if (!gaps.isEmpty()) {
                Paragraph before = new Paragraph(getTranslation("plan.ehc.gaps",
                        String.join("; ", gaps.stream().map(this::getTranslation).toList())));
                before.setId("ehc-gaps");
                before.addClassName("wm-muted");
                add(before);
            }
        }
        if (ehcp) {
            add(new AnnualReviewPanel(ehcReviews, planId, LocalDate.now(clock), this::show));
        }
        add(download());
        add(new PlanContentPanel(details.shown(), ehcp));
        List<PlanContent.Outcome> awaitingReview = details.writer() ? plans.outcomesAwaitingReview(planId) : List.of();
        if (!awaitingReview.isEmpty()) {
            add(new ReviewRecordForm(plans, planId, awaitingReview, LocalDate.now(clock), this::show));
        }
        add(PlanAttachments.panel(plans, planId, details.writer() && plan.getStatus() != PlanStatus.CEASED));
        add(new ReviewHistory(plans.reviewRecords(planId), details.people()));
        add(familyViews(details));
        add(timeline(details.steps(), details.people()));
        add(versions(details));
        unsaved.saved();
    }

    /**
     * The plan as a PDF, made when the link is followed: the download request runs outside the UI
     * thread, and a progress bar shows while it is being prepared.
     */
    private Div download() {
        java.util.Locale locale = getLocale();
        return DownloadLink.of(getTranslation("plan.pdf.download"), "plan-pdf", () -> {
            PlanService.PrintedPlan pdf = plans.pdf(planId, locale);
            return new DownloadLink.File(pdf.fileName(), "application/pdf", pdf.bytes());
        });
    }

    /** The lifecycle steps open to the plan's writer from where the plan stands. */
    private FlexLayout actions(SupportPlan plan, PlanDetails details) {
        String pupil = details.pupilName();
        String type = Translations.label(plan.getPlanType());
        FlexLayout bar = new FlexLayout();
        bar.addClassName("wm-actions");
        if (plan.editable()) {
            Button edit = new Button(getTranslation("plan.action.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    PlanEditorView.class, new RouteParameters("planId", String.valueOf(planId)))));
            edit.setId("edit-plan");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            String shareText = getTranslation("plan.action.share", SupportPlan.DEFAULT_COMMENT_DAYS);
            Button share = new Button(shareText, e -> Confirmation.of("confirm-share-plan",
                            getTranslation("plan.confirm.share.title"))
                    .says(getTranslation("plan.confirm.share.text", type, pupil, SupportPlan.DEFAULT_COMMENT_DAYS))
                    .tells(plans.toldOfStep(planId, false))
                    .confirm(shareText, () -> act(() -> plans.shareWithFamily(planId, SupportPlan.DEFAULT_COMMENT_DAYS),
                            "plan.done.shared")).open());
            share.setId("share-plan");
            Button agree = new Button(getTranslation("plan.action.agree"), e -> Confirmation.of("confirm-agree-plan",
                            getTranslation("plan.confirm.agree.title"))
                    .says(getTranslation("plan.confirm.agree.text", details.shownVersion(), type, pupil))
                    .tells(plans.toldOfStep(planId, true))
                    .confirm(getTranslation("plan.action.agree"), () -> act(() -> plans.agree(planId),
                            "plan.done.agreed")).open());
            agree.setId("agree-plan");
            bar.add(edit, share, agree);
        } else if (plan.getPlanType() != PlanType.EHCP) {
            // an EHC plan's review starts when its annual review meeting is scheduled
            Button review = new Button(getTranslation("plan.action.review"), e -> Confirmation.of(
                            "confirm-review-plan", getTranslation("plan.confirm.review.title"))
                    .says(getTranslation("plan.confirm.review.text", type, pupil))
                    .tells(plans.toldOfStep(planId, true))
                    .confirm(getTranslation("plan.action.review"), () -> act(() -> plans.startReview(planId),
                            "plan.done.review")).open());
            review.setId("review-plan");
            bar.add(review);
        }
        Button cease = new Button(getTranslation("plan.action.cease"), e -> askCeaseReason(type, pupil));
        cease.setId("cease-plan");
        cease.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bar.add(cease);
        Select<Integer> interval = new Select<>();
        interval.setLabel(getTranslation("plan.reviewInterval"));
        interval.setItems(plan.getPlanType() == PlanType.EHCP ? List.of(3, 6, 12) : List.of(3, 6, 12, 18, 24));
        interval.setItemLabelGenerator(months -> getTranslation("plan.reviewInterval.months", months));
        interval.setValue(plan.getReviewIntervalMonths());
        interval.setId("review-interval");
        UnsavedChanges.ignore(interval); // stored as soon as it is chosen
        // added after the initial value is set, so it hears only the user's choices
        interval.addValueChangeListener(e -> act(() -> plans.changeReviewInterval(planId, e.getValue()),
                "plan.done.interval"));
        bar.add(interval);
        return bar;
    }

    private void askCeaseReason(String type, String pupil) {
        TextArea reason = new TextArea(getTranslation("plan.cease.reason"));
        reason.setWidthFull();
        reason.setId("cease-reason");
        TextLimit.apply(reason, PlanRules.MAX_STEP_NOTE);
        Confirmation.of("confirm-cease-plan", getTranslation("plan.cease.title"))
                .says(getTranslation("plan.confirm.cease.text", type, pupil))
                .with(reason)
                .tells(plans.toldOfStep(planId, true))
                .confirm(getTranslation("plan.action.cease"), () -> act(() -> plans.cease(planId, reason.getValue()),
                        "plan.done.ceased"))
                .danger().open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            if (feedback.run(action, doneKey)) {
                show();
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            // the plan moved on meanwhile (e.g. already agreed): said, and what is stored now is shown
            feedback.conflict();
        }
    }

    private Section familyViews(PlanDetails details) {
        Section section = new Section(new H3(getTranslation("plan.familyViews")));
        section.addClassName("wm-section");
        section.setId("family-views");
        if (details.contributions().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.familyViews.none")));
        }
        UnorderedList list = new UnorderedList();
        for (PlanContribution c : details.contributions()) {
            Span voice = new Span(Translations.label(c.voice()));
            voice.addClassName("wm-voice");
            list.add(new ListItem(voice, new Span(" " + c.words() + " — " + WHEN.format(c.addedAt()))));
        }
        section.add(list);
        if (details.mayAddViews()) {
            Select<Voice> voice = new Select<>();
            voice.setLabel(getTranslation("plan.views.whose"));
            voice.setItems(Voice.CHILD, Voice.PARENT);
            voice.setItemLabelGenerator(Translations::label);
            voice.setValue(Voice.PARENT);
            voice.setId("views-voice");
            TextArea words = new TextArea(getTranslation("plan.views.words"));
            TextLimit.apply(words, PlanContribution.MAX_LENGTH);
            words.setWidthFull();
            words.setId("views-words");
            Feedback views = new Feedback().field("words", words).field("voice", voice)
                    .onConflict("plan.action.failed", this::show);
            Button add = new Button(getTranslation("plan.views.add"), e -> {
                if (views.run(() -> plans.addFamilyViews(planId, voice.getValue(), words.getValue()),
                        "plan.views.added")) {
                    show();
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("views-add");
            section.add(voice, words, add);
        }
        return section;
    }

    private Section timeline(List<PlanStep> steps, People people) {
        OrderedList list = new OrderedList();
        for (PlanStep step : steps) {
            list.add(new ListItem(getTranslation("plan.timeline.step", Translations.label(step.status()),
                    people.name(step.actor()), WHEN.format(step.occurredAt())) + (step.note() == null ? "" : " — " + step.note())));
        }
        Section section = new Section(new H3(getTranslation("plan.timeline")), list);
        section.addClassName("wm-section");
        section.setId("plan-timeline");
        return section;
    }

    private Section versions(PlanDetails details) {
        Section section = new Section(new H3(getTranslation("plan.versions")));
        section.addClassName("wm-section");
        UnorderedList list = new UnorderedList();
        for (PlanDetails.VersionLine v : details.versions()) {
            list.add(new ListItem(v.agreed()
                    ? getTranslation("plan.version.agreed", v.number(), details.people().name(v.agreedBy()), WHEN.format(v.agreedAt()))
                    : getTranslation("plan.version.draft", v.number(), details.people().name(v.updatedBy()), WHEN.format(v.updatedAt()))));
        }
        section.add(list);
        if (details.versions().size() > 1) {
            List<Integer> numbers = details.versions().stream().map(PlanDetails.VersionLine::number).toList();
            Select<Integer> older = new Select<>();
            older.setLabel(getTranslation("plan.compare.from"));
            older.setItems(numbers);
            older.setValue(numbers.get(numbers.size() - 2));
            older.setId("compare-from");
            Select<Integer> newer = new Select<>();
            newer.setLabel(getTranslation("plan.compare.to"));
            newer.setItems(numbers);
            newer.setValue(numbers.getLast());
            newer.setId("compare-to");
            Div result = new Div();
            result.setId("compare-result");
            Button compare = new Button(getTranslation("plan.compare"),
                    e -> showDifferences(result, plans.compare(planId, older.getValue(), newer.getValue())));
            compare.setId("compare-versions");
            FlexLayout row = new FlexLayout(older, newer, compare);
            row.addClassName("wm-filters");
            row.setAlignItems(Alignment.BASELINE);
            section.add(row, result);
        }
        return section;
    }

    private void showDifferences(Div result, List<PlanDiff.Change> changes) {
        result.removeAll();
        if (changes.isEmpty()) {
            result.add(new Paragraph(getTranslation("plan.compare.same")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PlanDiff.Change c : changes) {
            ListItem item = new ListItem();
            item.addClassName("wm-diff-" + c.kind().name().toLowerCase());
            item.add(new Span(getTranslation("plan.diff." + c.kind().name().toLowerCase()) + " · "
                    + getTranslation("plan.section." + c.section()) + " · " + c.path().substring(c.path().indexOf('/') + 1)
                    + ": "));
            if (c.before() != null) {
                Span before = new Span(c.before());
                before.addClassName("wm-diff-before");
                item.add(before);
            }
            if (c.before() != null && c.after() != null) {
                item.add(new Span(" → "));
            }
            if (c.after() != null) {
                Span after = new Span(c.after());
                after.addClassName("wm-diff-after");
                item.add(after);
            }
            list.add(item);
        }
        result.add(list);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("plans.title") : title;
    }
}
