package org.waymark.aln.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;
import static org.waymark.aln.ui.AlnTexts.yesNo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.Maintainer;
import org.waymark.aln.domain.MaintainerDecision;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ProgressMeasure;
import org.waymark.aln.domain.TwoStepTest;
import org.waymark.aln.domain.WhoMaintains;
import org.waymark.aln.service.AlnService;
import org.waymark.base.domain.Violation;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.ui.PlanView;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One ALN case. For whoever decides it (the school's SENCO or head, or the authority's caseworker
 * for a case it took on) a guided form: the evidence of less-than-expected progress, the inclusive
 * provision already made, test 1 by either limb and — only when test 1 is met — test 2, each with
 * reasons; who maintains the IDP; the outcome shown as the answers are given, each message beside
 * its field, nothing stored on bad input, a confirmation before the decision is recorded. The school
 * may instead refer the case (a looked-after or dually registered pupil's must be), seeing the
 * reasons for the authority and the due date as it fills the form. For everyone else who may read
 * it, and once decided, the record.
 */
@ForSchemes(Scheme.IDP)
@Route("aln/decisions/:decisionId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER, Roles.PARENT})
public class AlnDecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AlnService aln;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long decisionId;
    private String title = "";

    public AlnDecisionView(AlnService aln, Clock clock) {
        this.aln = aln;
        this.clock = clock;
        addClassName("wm-aln-decision");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        decisionId = RouteIds.id(event.getRouteParameters(), "decisionId");
        show();
    }

    private void show() {
        removeAll();
        AlnService.DecisionPage page = aln.decision(decisionId);
        AlnDecision d = page.decision();
        title = t("aln.decision.title", page.pupil().pupilName());
        H2 heading = new H2(title);
        heading.setId("aln-decision-heading");
        RouterLink back = new RouterLink(t("aln.title"), PupilAlnView.class,
                new RouteParameters("pupilId", String.valueOf(d.getPupilId())));
        add(heading, new Paragraph(page.pupil().schoolName()), back, concern(d, page.people()));
        if (page.mayDecide()) {
            boolean mustRefer = d.getDecider() == Decider.SCHOOL && page.pupil().mustRefer();
            if (mustRefer) {
                add(new Paragraph(t("aln.facts.mustRefer")));
            } else {
                add(new Paragraph(t("aln.decision.help")));
                add(new DecisionForm(page).build());
            }
            if (page.mayRefer()) {
                add(new ReferralForm(page, mustRefer).build());
            }
        } else {
            add(record(page));
        }
        unsaved.saved();
    }

    private Section concern(AlnDecision d, People people) {
        DescriptionList list = new DescriptionList();
        AlnTexts.term(list, "aln.record.raisedBy", Translations.label(d.getConcernSource())
                + (d.getConcernBy().isBlank() ? "" : " (" + d.getConcernBy() + ")"));
        AlnTexts.term(list, "aln.record.raisedOn", date(d.getConcernOn()));
        AlnTexts.term(list, "aln.record.concern", d.getConcernText());
        Paragraph recorded = new Paragraph(t("aln.record.recorded",
                date(d.getRecordedAt().atZone(Dates.ZONE).toLocalDate()),
                people.name(d.getRecordedBy())));
        Section section = AlnTexts.section("aln.record.concern", list, recorded);
        section.setId("aln-concern");
        return section;
    }

    /** The two-step decision, guided: later steps follow the answers, the outcome is shown as it is reached. */
    private final class DecisionForm {

        private final AlnService.DecisionPage page;
        private final CheckboxGroup<ProgressMeasure> progress = new CheckboxGroup<>();
        private final TextArea evidence = new TextArea(t("aln.evidence"));
        private final TextArea provision = new TextArea(t("aln.provision"));
        private final RadioButtonGroup<Boolean> test1a = yesNoGroup("aln.test1a", "aln-test1a");
        private final RadioButtonGroup<Boolean> test1b = yesNoGroup("aln.test1b", "aln-test1b");
        private final TextArea test1Reasons = new TextArea(t("aln.test1Reasons"));
        private final RadioButtonGroup<Boolean> test2 = yesNoGroup("aln.test2", "aln-test2");
        private final TextArea test2Reasons = new TextArea(t("aln.test2Reasons"));
        private final Paragraph test2NotApplied = new Paragraph(t("aln.test2.notApplied"));
        private final Div test2Fields = new Div(test2, test2Reasons);
        private final BigDecimalField taHours = new BigDecimalField(t("aln.taHours"));
        private final Div outcome = new Div();
        private final Section maintainerSection;

        DecisionForm(AlnService.DecisionPage page) {
            this.page = page;
            progress.setLabel(t("aln.progress"));
            progress.setHelperText(t("aln.progressHelp"));
            progress.setItems(ProgressMeasure.values());
            progress.setItemLabelGenerator(Translations::label);
            progress.setId("aln-progress");
            text(evidence, "aln.evidenceHelp", AlnRules.MAX_EVIDENCE, "aln-evidence");
            text(provision, "aln.provisionHelp", AlnRules.MAX_PROVISION, "aln-provision");
            text(test1Reasons, null, AlnRules.MAX_REASONS, "aln-test1-reasons");
            text(test2Reasons, null, AlnRules.MAX_REASONS, "aln-test2-reasons");
            test2NotApplied.setId("aln-test2-not-applied");
            taHours.setHelperText(t("aln.taHoursHelp"));
            taHours.setId("aln-ta-hours");
            outcome.setId("aln-outcome");
            outcome.getElement().setAttribute("aria-live", "polite");
            maintainerSection = AlnTexts.section("aln.step.maintainer", taHours);
            maintainerSection.setId("aln-maintainer");
            maintainerSection.setVisible(page.decision().getDecider() == Decider.SCHOOL);
            for (var field : List.of(test1a, test1b, test2)) {
                field.addValueChangeListener(e -> follow());
            }
            taHours.addValueChangeListener(e -> follow());
        }

        Component build() {
            Feedback feedback = new Feedback().field("progress", progress).field("evidence", evidence)
                    .field("inclusiveProvision", provision).field("significantDifficulty", test1a)
                    .field("equalityActDisability", test1b).field("test1Reasons", test1Reasons)
                    .field("callsForAlp", test2).field("test2Reasons", test2Reasons).field("taHours", taHours)
                    .onConflict("aln.conflict", AlnDecisionView.this::show);
            Button decide = new Button(t("aln.decide"), e -> confirm(feedback));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.setId("aln-decide");
            Div form = new Div(
                    AlnTexts.section("aln.step.progress", progress, evidence),
                    AlnTexts.section("aln.step.provision", provision),
                    AlnTexts.section("aln.step.test1", test1a, test1b, test1Reasons),
                    AlnTexts.section("aln.step.test2", test2NotApplied, test2Fields),
                    maintainerSection,
                    AlnTexts.section("aln.outcome.title", outcome), decide);
            form.setId("aln-decision-form");
            follow();
            return form;
        }

        private AlnRules.DecisionInput input() {
            return new AlnRules.DecisionInput(progress.getValue(), evidence.getValue(), provision.getValue(),
                    test1a.getValue(), test1b.getValue(), test1Reasons.getValue(), test2.getValue(),
                    test2Reasons.getValue());
        }

        private Optional<TwoStepTest.Result> result() {
            return TwoStepTest.apply(input().normalised().answers());
        }

        /** Test 2 only once test 1 is met; the outcome and who maintains the IDP as they stand. */
        private void follow() {
            Optional<Boolean> test1 = TwoStepTest.test1(input().answers());
            test2Fields.setVisible(test1.orElse(false));
            test2NotApplied.setVisible(test1.isPresent() && !test1.get());
            outcome.removeAll();
            Optional<TwoStepTest.Result> result = result();
            if (result.isEmpty()) {
                outcome.add(new Paragraph(t("aln.outcome.pending")));
                return;
            }
            Paragraph is = new Paragraph(t("aln.outcome.is", Translations.label(result.get().outcome())));
            is.setId("aln-outcome-text");
            outcome.add(is, new Paragraph(Translations.label(result.get().reason())));
            if (result.get().outcome() == AlnOutcome.ALN && page.decision().getDecider() == Decider.SCHOOL) {
                WhoMaintains.Outcome who = WhoMaintains.decide(page.pupil().maintainerFacts(taHours.getValue(), Set.of()));
                Paragraph maintainer = new Paragraph(t("aln.maintainer.is", Translations.label(who.maintainer())));
                maintainer.setId("aln-outcome-maintainer");
                outcome.add(maintainer, AlnTexts.reasons(who.reasons()));
                if (who.maintainer() == Maintainer.AUTHORITY) {
                    outcome.add(new Paragraph(t("aln.decide.authorityMaintains")));
                }
            }
        }

        private void confirm(Feedback feedback) {
            // what is missing or wrong is said beside its field at once, before anything is asked or stored
            if (overLimit(feedback)) {
                return;
            }
            List<Violation> problems = new ArrayList<>(AlnRules.check(input()));
            WhoMaintains.Facts facts = page.pupil().maintainerFacts(taHours.getValue(), Set.of());
            problems.addAll(WhoMaintains.check(facts));
            if (problems.isEmpty() && page.decision().getDecider() == Decider.SCHOOL
                    && result().map(TwoStepTest.Result::outcome).orElse(null) == AlnOutcome.ALN
                    && WhoMaintains.decide(facts).maintainer() == Maintainer.AUTHORITY) {
                problems.add(Violation.of("taHours", "aln.decide.authorityMaintains"));
            }
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            TwoStepTest.Result result = result().orElseThrow();
            String name = page.pupil().pupilName();
            String says = result.outcome() == AlnOutcome.ALN
                    ? t("aln.decide.confirm.aln", name, Translations.label(idpType()))
                    : t("aln.decide.confirm.noAln", name);
            Confirmation.of("confirm-aln-decision", t("aln.decide.confirm.title", name)).says(says)
                    .tells(aln.toldOfDecision(decisionId)).confirm(t("aln.decide"), () -> decide(feedback)).open();
        }

        private PlanType idpType() {
            return page.decision().getDecider() == Decider.AUTHORITY ? Maintainer.AUTHORITY.planType()
                    : WhoMaintains.decide(page.pupil().maintainerFacts(taHours.getValue(), Set.of())).maintainer()
                    .planType();
        }

        private void decide(Feedback feedback) {
            Integer version = page.decision().getVersion();
            feedback.call(() -> aln.decide(decisionId, version == null ? 0 : version, input(), taHours.getValue()),
                    r -> t(r.planId() != null ? "aln.decide.doneDraft" : "aln.decide.done")).ifPresent(r -> {
                unsaved.saved();
                if (r.planId() != null) {
                    getUI().ifPresent(ui -> ui.navigate("plans/" + r.planId() + "/edit"));
                } else {
                    show();
                }
            });
        }
    }

    /** The school's referral to the authority: reasons and due date shown as the form is filled. */
    private final class ReferralForm {

        private final AlnService.DecisionPage page;
        private final boolean must;
        private final DatePicker apparent = LocalisedDatePicker.create("aln.refer.needApparentOn");
        private final BigDecimalField taHours = new BigDecimalField(t("aln.taHours"));
        private final CheckboxGroup<MaintainerReason> grounds = new CheckboxGroup<>();
        private final TextArea summary = new TextArea(t("aln.refer.summary"));
        private final Div reasons = new Div();
        private final Paragraph due = new Paragraph();

        ReferralForm(AlnService.DecisionPage page, boolean must) {
            this.page = page;
            this.must = must;
            LocalisedDatePicker.latest(apparent, LocalDate.now(clock), "aln.date.future");
            apparent.setMin(page.decision().getConcernOn());
            apparent.setId("aln-refer-apparent");
            taHours.setHelperText(t("aln.taHoursHelp"));
            taHours.setId("aln-refer-hours");
            grounds.setLabel(t("aln.refer.grounds"));
            grounds.setItems(MaintainerReason.grounds());
            grounds.setItemLabelGenerator(Translations::label);
            grounds.setId("aln-refer-grounds");
            text(summary, null, AlnService.MAX_SUMMARY, "aln-refer-summary");
            reasons.setId("aln-refer-reasons");
            reasons.getElement().setAttribute("aria-live", "polite");
            due.setId("aln-refer-due");
            apparent.addValueChangeListener(e -> follow());
            taHours.addValueChangeListener(e -> follow());
            grounds.addValueChangeListener(e -> follow());
        }

        Component build() {
            Feedback feedback = new Feedback().field("needApparentOn", apparent).field("taHours", taHours)
                    .field("grounds", grounds).field("summary", summary)
                    .onConflict("aln.conflict", AlnDecisionView.this::show);
            Button prepare = new Button(t("aln.refer.prepare"), e -> confirm(feedback));
            prepare.setId("aln-refer-prepare");
            if (must) {
                prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Section section = AlnTexts.section(must ? "aln.refer.mustTitle" : "aln.refer.title",
                    new Paragraph(t("aln.refer.help")), apparent, due, taHours, grounds,
                    new H3(t("aln.refer.reasons")), reasons, summary, prepare);
            section.setId("aln-referral-form");
            follow();
            return section;
        }

        private WhoMaintains.Outcome who() {
            return WhoMaintains.decide(page.pupil().maintainerFacts(taHours.getValue(), grounds.getValue()));
        }

        private @Nullable LocalDate dueBy() {
            return apparent.getValue() == null || apparent.getValue().isAfter(LocalDate.now(clock)) ? null
                    : aln.referralDueBy(decisionId, apparent.getValue()).orElse(null);
        }

        private void follow() {
            reasons.removeAll();
            WhoMaintains.Outcome who = who();
            if (who.maintainer() == Maintainer.AUTHORITY) {
                reasons.add(AlnTexts.reasons(who.reasons()));
            } else {
                reasons.add(new Paragraph(t("aln.refer.noReasons")));
            }
            if (apparent.getValue() == null) {
                due.setText("");
            } else {
                LocalDate by = dueBy();
                due.setText(by == null ? t("aln.refer.dueUnknown") : t("aln.refer.dueBy", date(by)));
            }
        }

        private AlnService.ReferralInput input() {
            return new AlnService.ReferralInput(apparent.getValue(), taHours.getValue(), grounds.getValue(),
                    summary.getValue());
        }

        private void confirm(Feedback feedback) {
            if (overLimit(feedback)) {
                return;
            }
            List<Violation> problems = new ArrayList<>(
                    AlnRules.checkStart("needApparentOn", apparent.getValue(), LocalDate.now(clock)));
            problems.addAll(WhoMaintains.check(page.pupil().maintainerFacts(taHours.getValue(), grounds.getValue())));
            AlnRules.text(problems, "summary", summary.getValue(), AlnService.MAX_SUMMARY,
                    "aln.referral.summary.required");
            if (who().maintainer() != Maintainer.AUTHORITY) {
                problems.add(Violation.of("grounds", "aln.referral.noReason"));
            }
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            LocalDate by = dueBy();
            String name = page.pupil().pupilName();
            Confirmation.of("confirm-aln-referral", t("aln.refer.confirm.title", name))
                    .says(by == null ? t("aln.refer.confirm.textUnknown") : t("aln.refer.confirm.text", date(by)))
                    .tells(List.of()).confirm(t("aln.refer.prepare"), () -> prepare(feedback)).open();
        }

        private void prepare(Feedback feedback) {
            Integer version = page.decision().getVersion();
            feedback.call(() -> aln.prepareReferral(decisionId, version == null ? 0 : version, input()),
                    id -> t("aln.refer.done")).ifPresent(id -> {
                unsaved.saved();
                getUI().ifPresent(ui -> ui.navigate(ReferralView.class,
                        new RouteParameters("referralId", String.valueOf(id))));
            });
        }
    }

    /** The case as recorded: the decision with its evidence and reasons, who maintains the IDP, referrals, the IDP. */
    private Component record(AlnService.DecisionPage page) {
        AlnDecision d = page.decision();
        Div record = new Div();
        record.setId("aln-record");
        if (d.getStatus() == DecisionStatus.DECIDED) {
            DescriptionList list = new DescriptionList();
            AlnTexts.term(list, "aln.case.outcome", Translations.label(d.getOutcome()));
            AlnTexts.term(list, "aln.record.reasons", Translations.label(d.getOutcomeReason()));
            AlnTexts.term(list, "aln.progress", String.join("; ", d.progressInOrder().stream()
                    .map(Translations::label).toList()));
            AlnTexts.term(list, "aln.evidence", d.getEvidence());
            AlnTexts.term(list, "aln.provision", d.getInclusiveProvision());
            AlnTexts.term(list, "aln.test1a", yesNo(d.getSignificantDifficulty()));
            AlnTexts.term(list, "aln.test1b", yesNo(d.getEqualityActDisability()));
            AlnTexts.term(list, "aln.test1Reasons", d.getTest1Reasons());
            AlnTexts.term(list, "aln.test2", yesNo(d.getCallsForAlp()));
            AlnTexts.term(list, "aln.test2Reasons", d.getTest2Reasons());
            Section decision = AlnTexts.section("aln.record.decision", list,
                    new Paragraph(t("aln.case.decidedOn", date(d.getDecidedOn()), page.people().name(d.getDecidedBy()))));
            decision.setId("aln-record-decision");
            record.add(decision);
            if (d.getOutcome() == AlnOutcome.NO_ALN) {
                record.add(AlnTexts.letter("aln.letter.noAln", "aln-letter", () -> aln.noAlnLetter(decisionId)));
            }
        } else {
            Paragraph waiting = new Paragraph(d.getStatus() == DecisionStatus.REFERRED
                    ? t("aln.case.referral", Translations.label(d.getStatus()))
                    : t("aln.record.notDecided", Translations.label(d.getDecider())));
            waiting.setId("aln-record-waiting");
            record.add(waiting);
        }
        MaintainerDecision maintainer = page.maintainer();
        if (maintainer != null) {
            Section who = AlnTexts.section("aln.record.maintainer",
                    new Paragraph(t("aln.case.maintainer", Translations.label(maintainer.getMaintainer()))),
                    AlnTexts.reasons(maintainer.reasons()));
            who.setId("aln-record-maintainer");
            record.add(who);
        }
        if (d.getOutcome() == AlnOutcome.ALN) {
            record.add(idp(page));
        }
        if (!page.referrals().isEmpty()) {
            UnorderedList referrals = new UnorderedList();
            for (AlnReferral r : page.referrals()) {
                ListItem item = new ListItem(new RouterLink(Translations.label(r.getSource()) + " · "
                        + AlnTexts.standing(r, null), ReferralView.class,
                        new RouteParameters("referralId", String.valueOf(r.getId()))));
                referrals.add(item);
            }
            record.add(AlnTexts.section("aln.record.referrals", referrals));
        }
        return record;
    }

    private Section idp(AlnService.DecisionPage page) {
        AlnDecision d = page.decision();
        Section section = AlnTexts.section("aln.record.idp");
        section.setId("aln-record-idp");
        if (d.getPlanId() != null) {
            section.add(new RouterLink(t("aln.record.openIdp"), PlanView.class,
                    new RouteParameters("planId", String.valueOf(d.getPlanId()))));
        } else if (page.mayDraftIdp()) {
            Button draft = new Button(t("aln.record.draftIdp"), e -> new Feedback()
                    .call(() -> aln.draftIdp(decisionId), id -> null)
                    .ifPresent(id -> getUI().ifPresent(ui -> ui.navigate("plans/" + id + "/edit"))));
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draft.setId("aln-draft-idp");
            section.add(draft);
        } else {
            Maintainer who = page.maintainer() != null ? page.maintainer().getMaintainer()
                    : d.getDecider() == Decider.AUTHORITY ? Maintainer.AUTHORITY : Maintainer.SCHOOL;
            section.add(new Paragraph(t("aln.record.idpWriter." + who.name())));
        }
        return section;
    }

    /** A text past its limit is marked there and refused in one notice; nothing is asked or sent. */
    private boolean overLimit(Feedback feedback) {
        int over = TextLimit.overIn(this).size();
        if (over > 0) {
            feedback.refused(t("text.limit.refused", over));
            return true;
        }
        return false;
    }

    private static RadioButtonGroup<Boolean> yesNoGroup(String labelKey, String id) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(t(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(AlnTexts::yesNo);
        group.setId(id);
        return group;
    }

    private static void text(TextArea area, @Nullable String helpKey, int max, String id) {
        if (helpKey != null) {
            area.setHelperText(t(helpKey));
        }
        area.setWidthFull();
        TextLimit.apply(area, max);
        area.setId(id);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? t("aln.title") : title;
    }
}
