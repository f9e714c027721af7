package org.waymark.asn.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.AsnMidTerm;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.JointView;
import org.waymark.asn.domain.MidTermInput;
import org.waymark.asn.domain.RequestInput;
import org.waymark.asn.service.MidTermService;
import org.waymark.asn.service.RequestDetails;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A mid-term request's own way, on its page: who takes it (the early-years officer, or any officer
 * for an exceptional one), the lead officer's assessment, the second officer's joint view, the
 * inclusion and equality team's approval with its review date, and the form for the step the
 * reader takes now. Bad input is refused beside its field; funding decisions (approval, decline,
 * a review) are confirmed first, naming who is told.
 */
class MidTermPanel extends Section {

    private final MidTermService midTerm;
    private final RequestDetails d;
    private final Runnable redraw;
    private final LocalDate today;

    /** @param today the day by the application's clock */
    MidTermPanel(MidTermService midTerm, RequestDetails d, LocalDate today, Runnable redraw) {
        this.midTerm = midTerm;
        this.d = d;
        this.today = today;
        this.redraw = redraw;
        AsnRequest request = d.request();
        AsnMidTerm mta = Objects.requireNonNull(request.getMidTerm());
        RequestDetails.MidTermActions can = Objects.requireNonNull(d.midTerm());
        setId("asn-mid-term");
        addClassName("wm-section");
        add(new H3(getTranslation("asn.mta.title")));
        String lead = can.earlyYearsOfficer() == null ? null : d.people().name(can.earlyYearsOfficer());
        Paragraph route = new Paragraph(!mta.isEarlyYears() ? getTranslation("asn.mta.route.exceptional")
                : lead == null ? getTranslation("asn.mta.route.earlyYearsAny")
                : getTranslation("asn.mta.route.earlyYears", lead));
        route.setId("asn-mta-route");
        add(route);
        if (mta.getAssessedBy() != null) {
            Paragraph p = new Paragraph(getTranslation("asn.mta.assessed", d.people().name(mta.getAssessedBy()),
                    date(mta.getAssessedOn()), AsnLabels.hours(mta.getAssessedHours()), date(mta.getReviewDate()),
                    mta.getAssessment()));
            p.setId("asn-mta-assessment");
            add(p);
        }
        JointView view = mta.getJointView();
        if (view != null && mta.getJointBy() != null) {
            Paragraph p = new Paragraph(getTranslation("asn.mta.joint." + view.name(), d.people().name(mta.getJointBy()),
                    AsnLabels.hours(mta.getJointHours()), mta.getJointNote() == null ? "" : mta.getJointNote()));
            p.setId("asn-mta-joint");
            add(p);
        }
        if (request.getStatus() == AsnRequestStatus.DECIDED && mta.getHoursFrom() != null) {
            Paragraph p = new Paragraph(mta.getReviewDate() == null
                    ? getTranslation("asn.mta.heldNoReview", AsnLabels.hours(request.getDecidedHours()),
                    date(mta.getHoursFrom()))
                    : getTranslation("asn.mta.held", AsnLabels.hours(request.getDecidedHours()),
                    date(mta.getHoursFrom()), date(mta.getReviewDate())));
            p.setId("asn-mta-held");
            add(p);
        }
        if (can.assess()) {
            add(assessForm());
        }
        if (can.join()) {
            add(joinForm());
        }
        if (can.approve()) {
            add(approveForm(mta, can.sessionStart()));
        }
        if (can.review()) {
            add(reviewForm(mta));
        }
    }

    private Div assessForm() {
        BigDecimalField hours = hours("asn.mta.assessedHours", "asn-mta-assessed-hours", d.check().hoursConsidered());
        DatePicker review = LocalisedDatePicker.create("asn.mta.reviewDate");
        review.setId("asn-mta-review-date");
        review.setValue(today().plusMonths(3));
        TextArea assessment = text("asn.mta.assessment", "asn-mta-assessment-text");
        assessment.setHelperText(getTranslation("asn.mta.assessmentHelp"));
        TextLimit.apply(assessment, RequestInput.MAX_TEXT);
        Feedback feedback = feedback().field("assessedHours", hours).field("reviewDate", review)
                .field("assessment", assessment);
        Button save = new Button(getTranslation("asn.mta.assess"), e -> {
            if (feedback.run(() -> midTerm.assess(d.id(), d.lock(), hours.getValue(), review.getValue(),
                    assessment.getValue()), "asn.mta.assessedDone")) {
                redraw.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("asn-mta-assess");
        return form("asn.mta.assessTitle", hours, review, assessment, save);
    }

    private Div joinForm() {
        RadioButtonGroup<JointView> view = new RadioButtonGroup<>(getTranslation("asn.mta.jointView"));
        view.setItems(JointView.values());
        view.setItemLabelGenerator(Translations::label);
        view.setId("asn-mta-joint-view");
        BigDecimalField hours = hours("asn.mta.jointHours", "asn-mta-joint-hours", null);
        hours.setHelperText(getTranslation("asn.mta.jointHoursHelp"));
        TextArea note = text("asn.mta.jointNote", "asn-mta-joint-note");
        TextLimit.apply(note, RequestInput.MAX_TEXT);
        Feedback feedback = feedback().field("jointView", view).field("jointHours", hours).field("jointNote", note);
        Button save = new Button(getTranslation("asn.mta.join"), e -> {
            if (feedback.run(() -> midTerm.join(d.id(), d.lock(), view.getValue(), hours.getValue(), note.getValue()),
                    "asn.mta.joinedDone")) {
                redraw.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("asn-mta-join");
        return form("asn.mta.joinTitle", view, hours, note, save);
    }

    private Div approveForm(AsnMidTerm mta, LocalDate sessionStart) {
        BigDecimalField hours = hours("asn.mta.approvedHours", "asn-mta-approved-hours", mta.recommendedHours());
        DatePicker from = LocalisedDatePicker.create("asn.mta.hoursFrom");
        from.setId("asn-mta-hours-from");
        from.setValue(today());
        from.setMin(sessionStart);
        from.setHelperText(getTranslation("asn.mta.hoursFromHelp", Dates.DAY_MONTH_YEAR.format(sessionStart)));
        DatePicker review = LocalisedDatePicker.create("asn.mta.reviewDate");
        review.setId("asn-mta-approve-review");
        review.setValue(mta.getReviewDate());
        TextArea reasons = text("asn.mta.reasons", "asn-mta-approve-reasons");
        TextLimit.apply(reasons, RequestInput.MAX_TEXT);
        Feedback feedback = feedback().field("approvedHours", hours).field("hoursFrom", from)
                .field("reviewDate", review).field("reasons", reasons);
        Button approve = new Button(getTranslation("asn.mta.approve"), e -> {
            List<Violation> problems = MidTermInput.approval(hours.getValue(), from.getValue(), review.getValue(),
                    reasons.getValue(), sessionStart, today());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            Confirmation.of("confirm-asn-mta-approve", getTranslation("asn.confirm.mtaApprove.title", d.pupilName()))
                    .says(getTranslation("asn.confirm.mtaApprove.text", AsnLabels.hours(hours.getValue()),
                            d.pupilName(), date(from.getValue()), date(review.getValue())))
                    .tells(midTerm.toldOfDecision(d.id()))
                    .confirm(getTranslation("asn.mta.approve"), () -> {
                        if (feedback.run(() -> midTerm.approve(d.id(), d.lock(), hours.getValue(), from.getValue(),
                                review.getValue(), reasons.getValue()), "asn.mta.approvedDone", d.pupilName())) {
                            redraw.run();
                        }
                    }).open();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("asn-mta-approve");
        Button decline = new Button(getTranslation("asn.mta.decline"), e -> {
            List<Violation> problems = RequestInput.reasons(reasons.getValue());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            Confirmation.of("confirm-asn-mta-decline", getTranslation("asn.confirm.mtaDecline.title", d.pupilName()))
                    .says(getTranslation("asn.confirm.mtaDecline.text", d.pupilName()))
                    .tells(midTerm.toldOfDecision(d.id()))
                    .confirm(getTranslation("asn.mta.decline"), () -> {
                        if (feedback.run(() -> midTerm.decline(d.id(), d.lock(), reasons.getValue()),
                                "asn.mta.declinedDone", d.pupilName())) {
                            redraw.run();
                        }
                    }).danger().open();
        });
        decline.setId("asn-mta-decline");
        return form("asn.mta.approveTitle", hours, from, review, reasons, new FlexLayout(approve, decline));
    }

    private Div reviewForm(AsnMidTerm mta) {
        BigDecimal held = Objects.requireNonNull(d.request().getDecidedHours());
        BigDecimalField hours = hours("asn.mta.reviewHours", "asn-mta-review-hours", held);
        hours.setHelperText(getTranslation("asn.mta.reviewHoursHelp", AsnLabels.hours(held)));
        DatePicker next = LocalisedDatePicker.create("asn.mta.nextReview");
        next.setId("asn-mta-next-review");
        TextArea reasons = text("asn.mta.reasons", "asn-mta-review-reasons");
        TextLimit.apply(reasons, RequestInput.MAX_TEXT);
        Feedback feedback = feedback().field("reviewHours", hours).field("nextReview", next).field("reasons", reasons);
        Button review = new Button(getTranslation("asn.mta.review"), e -> {
            BigDecimal value = hours.getValue();
            List<Violation> problems = MidTermInput.review(value, held, next.getValue(), reasons.getValue(), today());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            BigDecimal kept = Objects.requireNonNull(value);
            String text = kept.compareTo(held) == 0
                    ? getTranslation("asn.confirm.mtaReview.kept", d.pupilName(), AsnLabels.hours(held))
                    : kept.signum() == 0 ? getTranslation("asn.confirm.mtaReview.ended", d.pupilName(),
                    AsnLabels.hours(held))
                    : getTranslation("asn.confirm.mtaReview.reduced", d.pupilName(), AsnLabels.hours(held),
                    AsnLabels.hours(kept));
            Confirmation.of("confirm-asn-mta-review", getTranslation("asn.confirm.mtaReview.title", d.pupilName()))
                    .says(text)
                    .tells(midTerm.toldOfDecision(d.id()))
                    .confirm(getTranslation("asn.mta.review"), () -> {
                        if (feedback.run(() -> midTerm.review(d.id(), d.lock(), kept, next.getValue(),
                                reasons.getValue()), "asn.mta.reviewedDone", d.pupilName())) {
                            redraw.run();
                        }
                    }).open();
        });
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.setId("asn-mta-review");
        Div form = form("asn.mta.reviewTitle", hours, next, reasons, review);
        if (mta.getReviewDate() != null && !mta.getReviewDate().isAfter(today())) {
            Paragraph due = new Paragraph(getTranslation("asn.mta.reviewDue", date(mta.getReviewDate())));
            due.addClassName("wm-warnings");
            due.setId("asn-mta-review-due");
            form.addComponentAtIndex(1, due);
        }
        return form;
    }

    private Feedback feedback() {
        return new Feedback().onConflict("asn.conflict", redraw);
    }

    private Div form(String titleKey, com.vaadin.flow.component.Component... parts) {
        Div form = new Div(new H4(getTranslation(titleKey)));
        form.add(parts);
        form.addClassName("wm-asn-decide");
        return form;
    }

    private BigDecimalField hours(String labelKey, String id, @Nullable BigDecimal value) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setValue(value);
        field.setId(id);
        return field;
    }

    private TextArea text(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    private LocalDate today() {
        return today;
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "—" : Dates.DAY_MONTH_YEAR.format(day);
    }
}
