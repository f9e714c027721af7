package org.waymark.asn.ui;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.domain.PlanFacts;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.service.RequestDetails;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A request as its readers see it (the school's page, the officer's scrutiny): the school's
 * answers, the Child's Plan with the assistant's role against its outcomes, and what the
 * eligibility check says of it.
 */
final class RequestSummary extends Div {

    RequestSummary(RequestDetails d) {
        addClassName("wm-asn-request");
        RequestAnswers a = d.request().answers();
        DescriptionList answers = new DescriptionList();
        term(answers, "asn.pupil.stage", a.getSifStage() == null ? "" : String.valueOf(a.getSifStage()));
        term(answers, "asn.yearGroup", Translations.label(d.yearGroup()));
        term(answers, "asn.category", Translations.label(a.getCategory()));
        if (a.claimsExceptional()) {
            term(answers, "asn.need.exceptionalReason", a.getExceptionalReason());
        }
        term(answers, "asn.need.needs", a.getNeeds());
        term(answers, "asn.pupil.medical", yesNo(a.isMedicalNeed()));
        term(answers, "asn.pupil.personalCare", yesNo(a.isPersonalCareNeed()));
        term(answers, "asn.hours.asked", AsnLabels.hours(a.getHoursAsked()));
        term(answers, "asn.hours.specialist", AsnLabels.hours(a.getSpecialistHours()));
        term(answers, "asn.hours.independent", AsnLabels.hours(a.getIndependentHours()));
        BigDecimal considered = d.check().hoursConsidered();
        term(answers, "asn.hours.considered", AsnLabels.hours(considered));
        term(answers, "asn.tried.differentiation", a.getDifferentiation());
        term(answers, "asn.tried.independence", a.getIndependence());
        term(answers, "asn.tried.equipment", a.getEquipment());
        if (a.isTransitionPhase()) {
            term(answers, "asn.pupil.transition", yesNo(true));
        }
        if (d.context().lookedAfter()) {
            term(answers, "asn.pupil.namedPersonDecided", yesNo(a.isNamedPersonDecidedOtherwise())
                    + (a.getNamedPersonNote().isBlank() ? "" : " — " + a.getNamedPersonNote()));
        }
        answers.setId("asn-answers-" + d.id());
        add(answers, plan(d.plan()), check(d.check(), d.id()));
    }

    /** The plan the request rests on, with the assistant's role against the outcomes it serves. */
    static Section plan(@Nullable PlanFacts plan) {
        Section section = new Section(new H3(I18NProvider.translate("asn.plan.title")));
        section.addClassName("wm-section");
        if (plan == null) {
            section.add(new Paragraph(I18NProvider.translate("asn.plan.none")));
            return section;
        }
        Anchor link = new Anchor("plans/" + plan.planId(), Translations.label(plan.type())
                + (plan.inForce() ? " · " + I18NProvider.translate("asn.plan.version", plan.versionInForce())
                : " · " + I18NProvider.translate("asn.plan.draft")));
        section.add(new Paragraph(link));
        if (plan.statesAssistantRole()) {
            Paragraph role = new Paragraph(I18NProvider.translate("asn.plan.role", plan.assistantRole()));
            role.addClassName("wm-asn-role");
            UnorderedList outcomes = new UnorderedList();
            for (PlanFacts.Outcome o : plan.outcomesServed()) {
                outcomes.add(new ListItem(o.key() + " — " + o.text() + (o.targetDate() == null ? ""
                        : " (" + I18NProvider.translate("asn.plan.by", Dates.DAY_MONTH_YEAR.format(o.targetDate()))
                        + ")")));
            }
            section.add(role, new Paragraph(I18NProvider.translate("asn.plan.outcomes")), outcomes);
        } else if (plan.inForce()) {
            section.add(new Paragraph(I18NProvider.translate("asn.plan.noRole")));
        }
        return section;
    }

    static Section check(HoursEligibility.Check check, long id) {
        Section section = new Section(new H3(I18NProvider.translate("asn.check.title")));
        section.addClassName("wm-section");
        section.setId("asn-check-" + id);
        if (check.findings().isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("asn.check.clear")));
        }
        section.add(AsnLabels.findings(check.findings()));
        return section;
    }

    private static void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(I18NProvider.translate(key)),
                new DescriptionList.Description(value.isBlank() ? "—" : value));
    }

    private static String yesNo(boolean value) {
        return I18NProvider.translate(value ? "common.yes" : "common.no");
    }
}
