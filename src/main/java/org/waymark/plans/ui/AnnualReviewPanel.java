package org.waymark.plans.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.service.AnnualReviewDetails;
import org.waymark.plans.service.EhcReviewService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * An EHC plan's annual review on the plan page: each statutory step with its due date and the days
 * left or overdue, the decision with who, when and why, the letter to the parents, and — for those
 * who may — the step to record next. The meeting itself is recorded with the review record form.
 */
class AnnualReviewPanel extends Section {

    private final EhcReviewService service;
    private final long planId;
    private final LocalDate today;
    private final Runnable redraw;

    AnnualReviewPanel(EhcReviewService service, long planId, LocalDate today, Runnable redraw) {
        this.service = service;
        this.planId = planId;
        this.today = today;
        this.redraw = redraw;
        addClassName("wm-section");
        setId("annual-review");
        draw();
    }

    private void draw() {
        AnnualReviewDetails details = service.annualReview(planId);
        add(new H3(getTranslation("annualReview.title")));
        if (!details.open() && details.meetingDue() != null) {
            Paragraph due = new Paragraph(getTranslation("annualReview.meetingDue",
                    Dates.DAY_MONTH_YEAR.format(details.meetingDue())) + " · "
                    + days(java.time.temporal.ChronoUnit.DAYS.between(today, details.meetingDue())));
            due.setId("annual-review-due");
            due.setClassName("wm-overdue", details.meetingDue().isBefore(today));
            add(due);
            if (details.manager()) {
                add(scheduleForm(details.meetingDue()));
            }
        }
        EhcAnnualReview review = details.current();
        if (review == null) {
            if (details.meetingDue() == null) {
                add(new Paragraph(getTranslation("annualReview.none")));
            }
            return;
        }
        if (!details.open()) {
            add(new Paragraph(getTranslation("annualReview.last")));
        }
        UnorderedList steps = new UnorderedList();
        steps.setId("annual-review-steps");
        for (AnnualReviewClock.StepDue step : details.steps()) {
            boolean passed = AnnualReviewClock.passed(details.steps(), step);
            ListItem item = new ListItem(new Span(Translations.label(step.step()) + ": "), new Span(passed
                    ? getTranslation("annualReview.notRecorded", step.dueBy() == null ? ""
                    : Dates.DAY_MONTH_YEAR.format(step.dueBy())) : state(step)));
            item.getElement().setAttribute("data-step", step.step().name());
            item.setClassName("wm-overdue", details.open() && !passed && step.overdue(today));
            steps.add(item);
        }
        add(steps);
        if (review.getDecision() != null) {
            Paragraph decided = new Paragraph(getTranslation("annualReview.decided",
                    Translations.label(review.getDecision()), details.people().name(review.getDecidedBy()),
                    Dates.DAY_MONTH_YEAR.format(Objects.requireNonNull(review.getDecidedOn())),
                    Objects.requireNonNullElse(review.getDecisionReason(), "")));
            decided.setId("annual-review-decision");
            add(decided);
        }
        if (details.letter()) {
            Locale locale = getLocale();
            long reviewId = Objects.requireNonNull(review.getId());
            add(DownloadLink.of(getTranslation("annualReview.letter"), "annual-review-letter", () -> {
                EhcReviewService.ReviewLetter letter = service.letter(planId, reviewId);
                return new DownloadLink.File(letter.fileName(), "application/pdf", letter.bytes());
            }));
        }
        if (details.open()) {
            actions(details, review);
        }
    }

    private String state(AnnualReviewClock.StepDue step) {
        if (step.doneOn() != null) {
            return getTranslation(step.late() ? "annualReview.doneLate" : "annualReview.done",
                    Dates.DAY_MONTH_YEAR.format(step.doneOn()),
                    step.dueBy() == null ? "" : Dates.DAY_MONTH_YEAR.format(step.dueBy()));
        }
        if (step.dueBy() == null) {
            return getTranslation("annualReview.notYet");
        }
        return getTranslation("annualReview.dueBy", Dates.DAY_MONTH_YEAR.format(step.dueBy())) + " · "
                + days(step.daysLeft(today));
    }

    private String days(long left) {
        return left == 0 ? getTranslation("annualReview.dueToday")
                : left > 0 ? getTranslation("annualReview.daysLeft", left)
                : getTranslation("annualReview.daysOverdue", -left);
    }

    private Div scheduleForm(LocalDate meetingDue) {
        DatePicker meeting = LocalisedDatePicker.create("annualReview.meetingOn");
        meeting.setId("annual-review-meeting-on");
        meeting.setValue(meetingDue.isBefore(today) ? today.plusWeeks(3) : meetingDue.minusWeeks(1));
        UnsavedChanges.ignore(meeting);
        Feedback feedback = new Feedback().field("meetingOn", meeting).onConflict("plan.action.failed", redraw);
        Button schedule = new Button(getTranslation("annualReview.schedule"), e -> Confirmation.of(
                        "confirm-schedule-review", getTranslation("annualReview.schedule.title"))
                .says(getTranslation("annualReview.schedule.text", meeting.getValue() == null ? ""
                        : Dates.DAY_MONTH_YEAR.format(meeting.getValue())))
                .tells(service.told(planId))
                .confirm(getTranslation("annualReview.schedule"), () -> {
                    if (meeting.getValue() != null && feedback.run(() -> service.schedule(planId, meeting.getValue()),
                            "annualReview.scheduled")) {
                        redraw.run();
                    }
                }).open());
        schedule.setId("annual-review-schedule");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return row(meeting, schedule);
    }

    private void actions(AnnualReviewDetails details, EhcAnnualReview review) {
        int lock = Objects.requireNonNull(review.getVersion());
        if (review.getHeldOn() == null) {
            add(new Paragraph(getTranslation("annualReview.recordMeeting",
                    Dates.DAY_MONTH_YEAR.format(review.getMeetingOn()))));
        }
        if (details.recorder() && review.getPaperworkSentOn() == null) {
            add(dateStep("paperworkSentOn", "annualReview.papers", "annual-review-papers",
                    on -> service.paperworkSent(planId, lock, on), "annualReview.papers.done"));
        }
        if (details.manager() && review.getHeldOn() == null) {
            add(dateStep("meetingOn", "annualReview.move", "annual-review-move",
                    on -> service.moveMeeting(planId, lock, on), "annualReview.moved"));
        }
        if (details.recorder() && review.getHeldOn() != null && review.getReportSentOn() == null
                && review.getDecision() == null) {
            add(dateStep("reportSentOn", "annualReview.report", "annual-review-report",
                    on -> service.reportSent(planId, lock, on), "annualReview.report.done"));
        }
        if (details.manager() && review.getHeldOn() != null && review.getDecision() == null) {
            add(decisionForm(lock));
        }
        if (review.getDecision() == ReviewDecision.AMEND && review.getAmendmentsSentOn() != null) {
            Paragraph issue = new Paragraph(getTranslation("annualReview.issueAmended",
                    Dates.DAY_MONTH_YEAR.format(AnnualReviewClock.commentsDue(review.getAmendmentsSentOn())),
                    Dates.DAY_MONTH_YEAR.format(AnnualReviewClock.amendedPlanDue(review.getAmendmentsSentOn()))));
            issue.setId("annual-review-issue-amended");
            add(issue);
        }
    }

    private Div dateStep(String field, String labelKey, String id, java.util.function.Consumer<LocalDate> step,
                         String doneKey) {
        DatePicker date = LocalisedDatePicker.create(labelKey + ".on");
        date.setId(id + "-on");
        date.setValue(today);
        UnsavedChanges.ignore(date);
        Feedback feedback = new Feedback().field(field, date).onConflict("plan.action.failed", redraw);
        Button record = new Button(getTranslation(labelKey), e -> {
            if (date.getValue() == null) {
                date.setInvalid(true);
                date.setErrorMessage(getTranslation("annualReview.date.range"));
                return;
            }
            if (feedback.run(() -> step.accept(date.getValue()), doneKey)) {
                redraw.run();
            }
        });
        record.setId(id);
        return row(date, record);
    }

    private Div decisionForm(int lock) {
        RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>(getTranslation("annualReview.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(Translations::label);
        decision.setId("annual-review-decision-choice");
        TextArea reason = new TextArea(getTranslation("annualReview.reason"));
        reason.setWidthFull();
        reason.setId("annual-review-reason");
        TextLimit.apply(reason, EhcReviewService.MAX_REASON);
        DatePicker on = LocalisedDatePicker.create("annualReview.decidedOn");
        on.setId("annual-review-decided-on");
        on.setValue(today);
        on.setMax(today);
        UnsavedChanges.ignore(decision);
        UnsavedChanges.ignore(reason);
        UnsavedChanges.ignore(on);
        Feedback feedback = new Feedback().field("reason", reason).field("decidedOn", on).field("decision", decision)
                .onConflict("plan.action.failed", redraw);
        Button decide = new Button(getTranslation("annualReview.decide"), e -> {
            if (decision.getValue() == null) {
                decision.setInvalid(true);
                decision.setErrorMessage(getTranslation("annualReview.decision.required"));
                return;
            }
            ReviewDecision chosen = decision.getValue();
            Confirmation confirmation = Confirmation.of("confirm-annual-review-decision",
                            getTranslation("annualReview.decide.title"))
                    .says(getTranslation("annualReview.decide.text." + chosen.name()))
                    .tells(service.told(planId))
                    .confirm(getTranslation("annualReview.decide"), () -> {
                        if (feedback.run(() -> service.decide(planId, lock, new EhcReviewService.Decision(chosen,
                                on.getValue() == null ? today : on.getValue(), reason.getValue())),
                                "annualReview.decided.done")) {
                            redraw.run();
                        }
                    });
            if (chosen == ReviewDecision.CEASE) {
                confirmation.danger();
            }
            confirmation.open();
        });
        decide.setId("annual-review-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(decision, reason, on, decide);
        form.addClassName("wm-annual-review-decision");
        return form;
    }

    private static Div row(com.vaadin.flow.component.Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.addClassName("wm-filters");
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP); // the date goes above its button on a phone
        return new Div(row);
    }
}
