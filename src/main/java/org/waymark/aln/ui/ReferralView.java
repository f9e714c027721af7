package org.waymark.aln.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;

import java.util.ArrayList;
import java.util.List;

import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.aln.service.ReferralService;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One referral: who referred and why, the clock (the day the need became apparent or the referral
 * was received, the due date, school days left or late), its status. The school sends the one it
 * prepared; the authority's officer decides one it has — taking the case, or finding the school
 * best placed — with reasons, after a confirmation naming who is told; once decided, the decision
 * letter in the family's language. The child's parents read a decided referral.
 */
@ForSchemes(Scheme.IDP)
@Route("aln/referrals/:referralId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PARENT})
public class ReferralView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReferralService referrals;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long referralId;
    private String title = "";

    public ReferralView(ReferralService referrals) {
        this.referrals = referrals;
        addClassName("wm-aln-referral");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        referralId = RouteIds.id(event.getRouteParameters(), "referralId");
        show();
    }

    private void show() {
        removeAll();
        ReferralService.ReferralPage page = referrals.referral(referralId);
        AlnReferral r = page.row().referral();
        title = t("aln.referral.title", page.pupil().pupilName());
        H2 heading = new H2(title);
        heading.setId("aln-referral-heading");
        add(heading);
        DescriptionList list = new DescriptionList();
        AlnTexts.term(list, "aln.referral.from", Translations.label(r.getSource())
                + (r.getReferrer().isBlank() ? "" : " — " + r.getReferrer()));
        AlnTexts.term(list, "aln.referral.school", page.row().schoolName());
        AlnTexts.term(list, "aln.referral.status", Translations.label(r.getStatus()) + " · "
                + AlnTexts.standing(r, page.row().standing()));
        AlnTexts.term(list, r.fromSchool() ? "aln.referral.apparentOn" : "aln.referral.receivedOn", date(r.getStartedOn()));
        AlnTexts.term(list, "aln.referral.dueBy", date(r.getDueBy()));
        if (r.fromSchool()) {
            AlnTexts.term(list, "aln.referral.sentOn", date(r.getSentOn()));
        }
        AlnTexts.term(list, "aln.referral.summary", r.getSummary());
        Section details = AlnTexts.section("aln.referral.details", list);
        details.setId("aln-referral-details");
        add(details);
        if (!r.reasons().isEmpty()) {
            add(AlnTexts.section("aln.referral.reasons", AlnTexts.reasons(r.reasons())));
        }
        if (r.fromSchool() && r.getSentOn() != null && r.late(r.getSentOn())) {
            Paragraph late = new Paragraph(t("aln.referral.late"));
            late.addClassName("wm-overdue");
            add(late);
        }
        if (page.caseReadable()) {
            add(new RouterLink(t("aln.referral.case"), AlnDecisionView.class,
                    new RouteParameters("decisionId", String.valueOf(r.getAlnDecisionId()))));
        }
        if (page.maySend()) {
            add(sendButton(page));
        }
        if (page.mayDecide()) {
            add(decideForm(page));
        }
        if (r.getStatus() == ReferralStatus.DECIDED) {
            Section decided = AlnTexts.section("aln.referral.decide.title",
                    new Paragraph(Translations.label(r.getOutcome())), new Paragraph(r.getOutcomeReasons()),
                    new Paragraph(t("aln.referral.decidedOn", date(r.getDecidedOn()), page.people().name(r.getDecidedBy()))),
                    AlnTexts.letter("aln.letter.referral", "aln-referral-letter",
                            () -> referrals.decisionLetter(referralId)));
            decided.setId("aln-referral-decided");
            add(decided);
        }
        add(new RouterLink(t("aln.pupilTitle", page.pupil().pupilName()), PupilAlnView.class,
                new RouteParameters("pupilId", String.valueOf(r.getPupilId()))));
        unsaved.saved();
    }

    private Button sendButton(ReferralService.ReferralPage page) {
        Feedback feedback = new Feedback().onConflict("aln.conflict", this::show);
        Button send = new Button(t("aln.referral.send"), e -> Confirmation.of("confirm-aln-send",
                        t("aln.referral.send.confirm.title", page.pupil().pupilName()))
                .says(t("aln.referral.send.confirm.text")).tells(referrals.toldOfSending(referralId))
                .confirm(t("aln.referral.send"), () -> {
                    Integer version = page.row().referral().getVersion();
                    if (feedback.run(() -> referrals.send(referralId, version == null ? 0 : version),
                            "aln.referral.sent")) {
                        show();
                    }
                }).open());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("aln-referral-send");
        return send;
    }

    private Section decideForm(ReferralService.ReferralPage page) {
        RadioButtonGroup<ReferralOutcome> outcome = new RadioButtonGroup<>(t("aln.referral.outcome"));
        outcome.setItems(ReferralOutcome.values());
        outcome.setItemLabelGenerator(Translations::label);
        outcome.setId("aln-referral-outcome");
        TextArea reasons = new TextArea(t("aln.referral.decideReasons"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, AlnRules.MAX_REASONS);
        reasons.setId("aln-referral-reasons");
        Feedback feedback = new Feedback().field("outcome", outcome).field("reasons", reasons)
                .onConflict("aln.conflict", this::show);
        Button decide = new Button(t("aln.referral.decide"), e -> {
            int over = TextLimit.overIn(this).size();
            if (over > 0) {
                feedback.refused(t("text.limit.refused", over));
                return;
            }
            List<Violation> problems = new ArrayList<>();
            if (outcome.getValue() == null) {
                problems.add(Violation.of("outcome", "aln.referral.outcome.required"));
            } else if (outcome.getValue() == ReferralOutcome.SCHOOL_BEST_PLACED && !page.factsForAuthority().isEmpty()) {
                problems.add(Violation.of("outcome", "aln.referral.staysWithAuthority"));
            }
            AlnRules.text(problems, "reasons", reasons.getValue(), AlnRules.MAX_REASONS, "aln.referral.reasons.required");
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            ReferralOutcome chosen = outcome.getValue();
            Confirmation.of("confirm-aln-referral-decision",
                            t("aln.referral.decide.confirm.title", page.pupil().pupilName()))
                    .says(t("aln.referral.decide.confirm.text", Translations.label(chosen)))
                    .tells(referrals.toldOfDecision(referralId)).confirm(t("aln.referral.decide"), () -> {
                        Integer version = page.row().referral().getVersion();
                        if (feedback.run(() -> referrals.decide(referralId, version == null ? 0 : version, chosen,
                                reasons.getValue()), "aln.referral.decided")) {
                            unsaved.saved();
                            show();
                        }
                    }).open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("aln-referral-decide");
        Section section = AlnTexts.section("aln.referral.decide.title");
        if (!page.factsForAuthority().isEmpty()) {
            section.add(new Paragraph(t("aln.referral.factsNote")), AlnTexts.reasons(page.factsForAuthority()));
        }
        section.add(outcome, reasons, decide);
        section.setId("aln-referral-decide-form");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? t("aln.referrals.title") : title;
    }
}
