package org.waymark.ras.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasProvision;
import org.waymark.ras.domain.RasStep;
import org.waymark.ras.domain.ScoringRules;
import org.waymark.ras.service.ConverterService;
import org.waymark.ras.service.RasCaseService;
import org.waymark.ras.service.RasReviewService;
import org.waymark.ras.service.RasEvidenceService;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.ui.AttachmentsPanel;
import com.vaadin.flow.component.select.Select;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One RAS case through its steps (seed 004): the scores with their evidence (the case
 * co-ordinator edits and submits them), verification or return by the lead SEND co-ordinator,
 * moderation by the personalisation officer with the converter's figure, the similar past cases
 * and their spread, the TAC meeting's outcomes and costed provision and its route, the lead's
 * sign-off, the summary PDF and every step with who, when and why.
 */
@ForSchemes(Scheme.RESOURCE_ALLOCATION)
@Route("ras/cases/:caseId")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER})
public class RasCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RasCaseService cases;
    private final RasReviewService reviewService;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private String title = "";
    private long caseId;
    ScoresForm scores;
    TacForm tac;
    OutcomeReviewForm review;
    Select<String> evidenceOutcome;
    AttachmentsPanel evidencePanel;
    private final RasEvidenceService evidence;

    public RasCaseView(RasCaseService cases, RasReviewService reviewService, RasEvidenceService evidence) {
        this.cases = cases;
        this.reviewService = reviewService;
        this.evidence = evidence;
        addClassName("wm-ras-case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = RouteIds.id(event.getRouteParameters(), "caseId");
        show();
    }

    void show() {
        RasCaseService.CaseDetails d = cases.details(caseId);
        RasCase c = d.rasCase();
        int lock = c.getVersion() == null ? 0 : c.getVersion();
        removeAll();
        scores = null;
        tac = null;
        review = null;
        evidenceOutcome = null;
        evidencePanel = null;
        title = getTranslation("ras.case.title", d.pupilName());
        H2 heading = new H2(title);
        heading.setId("ras-case-heading");
        Span status = new Span(Translations.label(c.getStatus()));
        status.addClassName("wm-status");
        status.setId("ras-case-status");
        status.getElement().setAttribute("data-status", c.getStatus().name());
        add(heading, status, new Paragraph(getTranslation("ras.case.facts", d.schoolName(),
                Translations.label(c.getKind()), getTranslation("ras.keyStage." + c.getKeyStage()),
                c.getPoints() == null ? "—" : String.valueOf(c.getPoints()),
                d.framework().getVersionNo())));
        if (c.getReviewOn() != null) {
            add(new Paragraph(getTranslation("ras.case.reviewOn", Dates.DAY_MONTH_YEAR.format(c.getReviewOn()))));
        }
        add(DownloadLink.of(getTranslation("ras.pdf.download"), "ras-summary-pdf",
                () -> new DownloadLink.File("ras-summary-" + caseId + ".pdf", "application/pdf",
                        cases.summaryPdf(caseId, getLocale() == null ? Locale.ENGLISH : getLocale()))));
        if (c.getKind() == org.waymark.ras.domain.RasCaseKind.ANNUAL_REVIEW) {
            add(outcomeReviewSection(d, lock));
        }
        add(evidenceSection(d));
        add(scoresSection(d, lock));
        if (d.actions().verify()) {
            add(verifySection(d, lock));
        }
        if (c.getPoints() != null && c.getStatus() != org.waymark.ras.domain.RasCaseStatus.SCORING) {
            add(indicativeSection(d, lock));
        }
        if (c.getIndicative() != null) {
            add(tacSection(d, lock));
        }
        if (d.actions().signOff()) {
            add(signOffSection(d, lock));
        }
        add(history(d));
        unsaved.saved();
    }

    private Feedback feedback() {
        return new Feedback().onConflict("ras.conflict", this::show);
    }

    private Section scoresSection(RasCaseService.CaseDetails d, int lock) {
        boolean editable = d.actions().score();
        scores = new ScoresForm(d.framework().outcomes(), d.rasCase().getScores(), editable,
                code -> d.evidence().forOutcome(code).stream().map(Attachment::getDisplayName).toList());
        Section section = section("ras-scores-section", "ras.scores.title");
        section.add(scores);
        if (editable) {
            ScoresForm form = scores;
            Feedback feedback = feedback().fields(form::field);
            Button save = new Button(getTranslation("ras.scores.save"), e -> {
                if (feedback.run(() -> cases.score(caseId, lock, form.scores()), "ras.scores.saved")) {
                    show();
                }
            });
            save.setId("ras-save-scores");
            Button submit = new Button(getTranslation("ras.scores.submit"), e -> Confirmation.of("confirm-ras-submit",
                    getTranslation("ras.scores.submitTitle")).says(getTranslation("ras.scores.submitSays"))
                    .confirm(getTranslation("ras.scores.submit"), () -> {
                        if (feedback.run(() -> cases.submit(caseId, lock, form.scores()), "ras.scores.submitted")) {
                            show();
                        }
                    }).open());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("ras-submit-scores");
            section.add(new FlexLayout(save, submit));
        }
        return section;
    }

    /**
     * An annual review: the setting was asked for its updated reports before the meeting; the case
     * co-ordinator looks back at each outcome of the plan in force before re-scoring for the next stage.
     */
    private Section outcomeReviewSection(RasCaseService.CaseDetails d, int lock) {
        RasCase c = d.rasCase();
        Section section = section("ras-outcome-review-section", "ras.outcomeReview.title");
        if (c.getStatus() == org.waymark.ras.domain.RasCaseStatus.REPORTS_AWAITED) {
            Paragraph awaited = new Paragraph(getTranslation("ras.outcomeReview.awaited",
                    c.getReviewOn() == null ? "—" : Dates.DAY_MONTH_YEAR.format(c.getReviewOn()),
                    getTranslation("ras.keyStage." + c.getKeyStage())));
            awaited.setId("ras-reports-awaited");
            section.add(awaited);
        }
        boolean editable = d.actions().reviewOutcomes();
        review = new OutcomeReviewForm(c.getOutcomeReviews(), editable);
        section.add(review);
        if (editable) {
            OutcomeReviewForm form = review;
            Feedback feedback = feedback().fields(form::field);
            Button record = new Button(getTranslation("ras.outcomeReview.button"), e -> Confirmation.of(
                    "confirm-ras-review-outcomes", getTranslation("ras.outcomeReview.confirmTitle"))
                    .says(getTranslation("ras.outcomeReview.confirmSays", d.pupilName()))
                    .confirm(getTranslation("ras.outcomeReview.button"), () -> {
                        if (feedback.run(() -> cases.reviewOutcomes(caseId, lock, form.reviewed()),
                                "ras.outcomeReview.done")) {
                            show();
                        }
                    }).open());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("ras-review-outcomes");
            section.add(record);
        }
        return section;
    }

    /** The documents the scores rest on, each for an outcome or the whole case; the co-ordinator attaches them. */
    private Section evidenceSection(RasCaseService.CaseDetails d) {
        Section section = section("ras-evidence-section", "ras.evidence.title");
        var outcomes = d.framework().outcomes();
        Select<String> forOutcome = new Select<>();
        forOutcome.setLabel(getTranslation("ras.evidence.forOutcome"));
        forOutcome.setId("ras-evidence-outcome");
        List<String> items = new java.util.ArrayList<>();
        items.add("");
        outcomes.outcomes().forEach(o -> items.add(o.code()));
        forOutcome.setItems(items);
        forOutcome.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("ras.evidence.wholeCase")
                : outcomes.outcome(code).map(org.waymark.ras.domain.RasOutcomes.Outcome::name).orElse(code));
        forOutcome.setValue("");
        forOutcome.setWidthFull();
        evidenceOutcome = forOutcome;
        java.util.Map<Long, String> outcomeOf = new java.util.HashMap<>(d.evidence().outcomeOf());
        AttachmentsPanel panel = new AttachmentsPanel(AttachmentsPanel.Source.of(
                () -> {
                    RasEvidenceService.Evidence now = evidence.evidence(caseId);
                    outcomeOf.clear();
                    outcomeOf.putAll(now.outcomeOf());
                    return now.files();
                },
                (kind, name, bytes) -> evidence.attach(caseId, forOutcome.getValue() == null
                        || forOutcome.getValue().isEmpty() ? null : forOutcome.getValue(), kind, name, bytes),
                id -> evidence.download(caseId, id),
                id -> evidence.remove(caseId, id)), d.actions().attach(), d.maxBytes(),
                a -> {
                    String code = outcomeOf.get(a.getId());
                    return code == null ? getTranslation("ras.evidence.wholeCase")
                            : outcomes.outcome(code).map(org.waymark.ras.domain.RasOutcomes.Outcome::name).orElse(code);
                });
        panel.setId("ras-evidence");
        evidencePanel = panel;
        if (d.actions().attach()) {
            section.add(forOutcome);
        }
        section.add(panel);
        return section;
    }

    private Section verifySection(RasCaseService.CaseDetails d, int lock) {
        Section section = section("ras-verify-section", "ras.verify.title");
        TextArea note = area("ras-verify-note", "ras.verify.note", ScoringRules.MAX_REASONS);
        Feedback feedback = feedback().field("reasons", note).field("reviewer", note);
        Button verify = new Button(getTranslation("ras.verify.button"), e -> Confirmation.of("confirm-ras-verify",
                getTranslation("ras.verify.confirmTitle")).says(getTranslation("ras.verify.confirmSays",
                        d.pupilName(), d.rasCase().getPoints()))
                .confirm(getTranslation("ras.verify.button"), () -> {
                    if (feedback.run(() -> reviewService.verify(caseId, lock, note.getValue()), "ras.verify.done")) {
                        show();
                    }
                }).open());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setId("ras-verify");
        section.add(note, new FlexLayout(verify, returnButton(lock, note, feedback)));
        return section;
    }

    private Button returnButton(int lock, TextArea reasons, Feedback feedback) {
        Button back = new Button(getTranslation("ras.return.button"), e -> {
            if (feedback.run(() -> reviewService.returnForScoring(caseId, lock, reasons.getValue()), "ras.return.done")) {
                show();
            }
        });
        back.setId("ras-return");
        return back;
    }

    private Section indicativeSection(RasCaseService.CaseDetails d, int lock) {
        RasCase c = d.rasCase();
        Section section = section("ras-indicative-section", "ras.indicative.title");
        if (c.getIndicative() != null) {
            Paragraph set = new Paragraph(getTranslation("ras.indicative.set", RasLabels.money(c.getIndicative())));
            set.setId("ras-indicative");
            section.add(set);
            if (c.getIndicativeNote() != null) {
                section.add(new Paragraph(c.getIndicativeNote()));
            }
        }
        d.indication().ifPresentOrElse(i -> section.add(indication(i)),
                () -> section.add(new Paragraph(getTranslation("ras.converter.noneAdopted"))));
        if (d.actions().moderate()) {
            BigDecimalField other = new BigDecimalField(getTranslation("ras.moderate.other"));
            other.setId("ras-moderate-other");
            other.setPrefixComponent(new Span("£"));
            other.setHelperText(getTranslation("ras.moderate.otherHelp"));
            TextArea note = area("ras-moderate-note", "ras.moderate.note", ScoringRules.MAX_REASONS);
            Feedback feedback = feedback().field("indicative", other).field("note", note).field("reasons", note)
                    .field("reviewer", note);
            Button moderate = new Button(getTranslation("ras.moderate.button"), e -> Confirmation.of(
                    "confirm-ras-moderate", getTranslation("ras.moderate.confirmTitle"))
                    .says(getTranslation("ras.moderate.confirmSays", d.pupilName()))
                    .confirm(getTranslation("ras.moderate.button"), () -> {
                        if (feedback.run(() -> reviewService.moderate(caseId, lock, other.getValue(), note.getValue()),
                                "ras.moderate.done")) {
                            show();
                        }
                    }).open());
            moderate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            moderate.setId("ras-moderate");
            section.add(other, note, new FlexLayout(moderate, returnButton(lock, note, feedback)));
        }
        return section;
    }

    private com.vaadin.flow.component.Component indication(ConverterService.Indication i) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Paragraph figure = new Paragraph(getTranslation("ras.converter.figure", i.points(),
                RasLabels.money(i.indicative()), i.band().from(), i.band().to(), i.band().cases()));
        figure.setId("ras-converter-figure");
        Paragraph spread = new Paragraph(getTranslation("ras.converter.spread", i.similar().size(),
                RasLabels.money(i.spread().lowest()), RasLabels.money(i.spread().lowerQuartile()),
                RasLabels.money(i.spread().median()), RasLabels.money(i.spread().upperQuartile()),
                RasLabels.money(i.spread().highest())));
        spread.setId("ras-converter-spread");
        Grid<org.waymark.ras.domain.Converter.Past> similar = new ListGrid<>();
        similar.setId("ras-similar");
        similar.setAriaLabel(getTranslation("ras.converter.similar"));
        similar.addColumn(org.waymark.ras.domain.Converter.Past::reference).setHeader(getTranslation("ras.reference"));
        similar.addColumn(org.waymark.ras.domain.Converter.Past::points).setHeader(getTranslation("ras.points"));
        similar.addColumn(p -> RasLabels.money(p.amount())).setHeader(getTranslation("ras.allocated"));
        similar.setItems(i.similar());
        similar.setAllRowsVisible(true);
        box.add(figure, spread, new H3(getTranslation("ras.converter.similar")), similar);
        return box;
    }

    private Section tacSection(RasCaseService.CaseDetails d, int lock) {
        RasCase c = d.rasCase();
        Section section = section("ras-tac-section", "ras.tac.title");
        if (c.getTotalCost() != null) {
            Paragraph total = new Paragraph(getTranslation("ras.tac.total", RasLabels.money(c.getTotalCost()),
                    RasLabels.money(c.getIndicative()), RasLabels.money(d.settings().getSignOffLimit())));
            total.setId("ras-tac-total");
            section.add(total);
        }
        if (c.getRoute() != null) {
            Paragraph route = new Paragraph(getTranslation("ras.route.is", Translations.label(c.getRoute())));
            route.setId("ras-route");
            section.add(route);
        }
        if (c.getDecidedAmount() != null) {
            section.add(new Paragraph(getTranslation("ras.decided", RasLabels.money(c.getDecidedAmount()))));
        }
        if (!d.actions().cost()) {
            if (!c.getProvisions().isEmpty()) {
                if (c.getOutcomesAgreed() != null) {
                    section.add(new Paragraph(c.getOutcomesAgreed()));
                }
                section.add(provisionGrid(c.getProvisions()));
                if (c.getReconsidered() != null) {
                    section.add(new Paragraph(getTranslation("ras.pdf.reconsidered", c.getReconsidered())));
                }
            }
            return section;
        }
        tac = new TacForm(d.settings().getRates(), d.settings().getWeeksAYear(),
                c.getOutcomesAgreed() == null ? "" : c.getOutcomesAgreed(),
                c.getReconsidered() == null ? "" : c.getReconsidered());
        for (int i = 0; i < c.getProvisions().size() && i < TacForm.LINES; i++) {
            RasProvision p = c.getProvisions().get(i);
            int index = i;
            d.settings().rate(p.rateCode()).ifPresent(r -> tac.line(index, r, p.hoursAWeek(), p.weeks()));
        }
        TacForm form = tac;
        Feedback feedback = feedback().field("outcomes", form.outcomes).field("reconsidered", form.reconsidered);
        Button cost = new Button(getTranslation("ras.tac.cost"), e -> {
            if (feedback.call(() -> cases.cost(caseId, lock, form.outcomes.getValue(), form.lines(),
                    form.reconsidered.getValue()), t -> getTranslation("ras.tac.costed", RasLabels.money(t)))
                    .isPresent()) {
                show();
            }
        });
        cost.setId("ras-tac-cost");
        section.add(form, cost);
        if (c.getTotalCost() != null) {
            Checkbox more = new Checkbox(getTranslation("ras.route.moreAgreed"));
            more.setId("ras-route-more");
            Button route = new Button(getTranslation("ras.route.button"), e -> Confirmation.of("confirm-ras-route",
                    getTranslation("ras.route.confirmTitle")).says(getTranslation("ras.route.confirmSays"))
                    .confirm(getTranslation("ras.route.button"), () -> {
                        if (feedback.call(() -> cases.route(caseId, lock, more.getValue()),
                                r -> getTranslation("ras.route.done", Translations.label(r))).isPresent()) {
                            show();
                        }
                    }).open());
            route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            route.setId("ras-route-button");
            section.add(more, route);
        }
        return section;
    }

    private Grid<RasProvision> provisionGrid(List<RasProvision> lines) {
        Grid<RasProvision> grid = new ListGrid<>();
        grid.setId("ras-provision");
        grid.setAriaLabel(getTranslation("ras.tac.title"));
        grid.addColumn(RasProvision::rateName).setHeader(getTranslation("ras.rate"));
        grid.addColumn(p -> RasLabels.money(p.hourlyRate())).setHeader(getTranslation("ras.hourlyRate"));
        grid.addColumn(p -> RasLabels.number(p.hoursAWeek())).setHeader(getTranslation("ras.hoursAWeek"));
        grid.addColumn(RasProvision::weeks).setHeader(getTranslation("ras.weeks"));
        grid.addColumn(p -> RasLabels.money(p.cost())).setHeader(getTranslation("ras.cost"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Section signOffSection(RasCaseService.CaseDetails d, int lock) {
        Section section = section("ras-sign-off-section", "ras.signOff.title");
        TextArea note = area("ras-sign-off-note", "ras.signOff.note", ScoringRules.MAX_REASONS);
        Feedback feedback = feedback().field("note", note);
        Button signOff = new Button(getTranslation("ras.signOff.button"), e -> Confirmation.of("confirm-ras-sign-off",
                getTranslation("ras.signOff.confirmTitle")).says(getTranslation("ras.signOff.confirmSays",
                        d.pupilName(), RasLabels.money(d.rasCase().getTotalCost())))
                .confirm(getTranslation("ras.signOff.button"), () -> {
                    if (feedback.run(() -> reviewService.signOff(caseId, lock, note.getValue()), "ras.signOff.done")) {
                        show();
                    }
                }).open());
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff.setId("ras-sign-off");
        section.add(note, signOff);
        return section;
    }

    private Section history(RasCaseService.CaseDetails d) {
        OrderedList list = new OrderedList();
        list.setId("ras-history");
        for (RasStep step : d.rasCase().getSteps()) {
            list.add(new ListItem(getTranslation("plan.timeline.step", Translations.label(step.step()),
                    d.people().name(step.actor()), Dates.DAY_MONTH_YEAR_TIME.format(step.actedAt()
                            .atZone(ZoneId.of("Europe/London"))))
                    + (step.note() == null ? "" : " — " + step.note())));
        }
        Section section = section("ras-history-section", "ras.history");
        section.add(list);
        return section;
    }

    private Section section(String id, String titleKey) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.addClassName("wm-section");
        section.setId(id);
        return section;
    }

    private TextArea area(String id, String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        TextLimit.apply(area, max);
        return area;
    }


    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.rasCases") : title;
    }
}
