package org.waymark.plans.ui;

import org.waymark.base.domain.Dates;
import java.math.BigDecimal;
import java.util.List;

import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.PlanContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** A plan version's content, section by section, with each statement marked with whose words it is. */
class PlanContentPanel extends Div {

    PlanContentPanel(PlanContent content) {
        this(content, false);
    }

    /** With {@code ehcSections}, the content in an EHC plan's statutory sections A to K. */
    PlanContentPanel(PlanContent content, boolean ehcSections) {
        addClassName("wm-sections");
        if (ehcSections) {
            ehcp(content);
            return;
        }
        add(section("plan.section.whatMatters", statements(content.whatMatters())),
                section("plan.section.likedFor", statements(content.likedFor())),
                section("plan.section.howToSupport", statements(content.howToSupport())),
                section("plan.section.needs", list(content.needs().stream()
                        .map(n -> Translations.label(n.area()) + ": " + n.description()).toList())),
                section("plan.section.outcomes", list(content.outcomes().stream()
                        .map(o -> o.key() + " — " + o.text() + " (" + getTranslation("plan.outcome.by",
                                Dates.DAY_MONTH_YEAR.format(o.targetDate())) + ")").toList())),
                section("plan.section.provision", provisions(content)),
                section("plan.section.assistant", content.assistantRole() == null ? empty()
                        : new Paragraph(content.assistantRole().description() + " ("
                        + getTranslation("plan.assistant.serves", String.join(", ", content.assistantRole().outcomeKeys()))
                        + ")")),
                section("plan.section.equipment", list(content.equipment())),
                section("plan.section.agencies", list(content.agencies())));
    }

    /** Sections A to K (SEND Code of Practice 9.62), the person-centred content mapped into them. */
    private void ehcp(PlanContent c) {
        EhcSections e = c.ehc();
        addClassName("wm-ehc-sections");
        add(part("A", sub("plan.section.whatMatters", statements(c.whatMatters())),
                        sub("plan.section.likedFor", statements(c.likedFor())),
                        sub("plan.section.howToSupport", statements(c.howToSupport())),
                        sub("plan.section.aspirations", statements(e.aspirations()))),
                part("B", list(c.needs().stream().map(n -> Translations.label(n.area()) + ": " + n.description())
                        .toList())),
                part("C", list(e.healthNeeds())),
                part("D", list(e.socialCareNeeds())),
                part("E", list(c.outcomes().stream().map(o -> o.key() + " — " + o.text() + " ("
                        + getTranslation("plan.outcome.by", Dates.DAY_MONTH_YEAR.format(o.targetDate())) + ")")
                        .toList())),
                part("F", provisions(c),
                        sub("plan.section.assistant", c.assistantRole() == null ? empty()
                                : new Paragraph(c.assistantRole().description() + " (" + getTranslation(
                                "plan.assistant.serves", String.join(", ", c.assistantRole().outcomeKeys())) + ")")),
                        sub("plan.section.equipment", list(c.equipment()))),
                part("G", provisionList(e.healthProvision())),
                part("H1", provisionList(e.socialCareSection2())),
                part("H2", provisionList(e.otherSocialCare())),
                part("I", e.placement() == null ? empty() : new Paragraph(e.placement().name() + " — "
                        + Translations.label(e.placement().type()))),
                part("J", e.personalBudget() == null ? empty() : new Div(new Paragraph(
                        e.personalBudget().arrangements()), new Paragraph(getTranslation("plan.ehc.budget.line",
                        plain(e.personalBudget().annualAmount()), plain(e.personalBudget().directPayments()))))),
                part("K", list(java.util.stream.Stream.concat(e.advice().stream().map(a -> a.from() + " ("
                        + Dates.DAY_MONTH_YEAR.format(a.dated()) + ")"), c.agencies().stream()).toList())));
    }

    private Section part(String letter, Component... content) {
        Section section = new Section(new H3(getTranslation("plan.ehc.section." + letter)));
        section.add(content);
        section.addClassName("wm-section");
        section.setId("ehc-section-" + letter);
        return section;
    }

    private Div sub(String key, Component content) {
        Div div = new Div(new H4(getTranslation(key)), content);
        div.addClassName("wm-subsection");
        return div;
    }

    private Component provisionList(List<PlanContent.Provision> provisions) {
        if (provisions.isEmpty()) {
            return empty();
        }
        UnorderedList list = new UnorderedList();
        for (PlanContent.Provision p : provisions) {
            list.add(new ListItem(getTranslation("plan.provision.line", p.outcomeKey(), p.what(), p.who(), p.frequency(),
                    plain(p.hoursPerWeek()), plain(p.annualCost()), Translations.label(p.language()),
                    Translations.label(p.groupSize()))));
        }
        return list;
    }

    private Component provisions(PlanContent content) {
        if (content.provisions().isEmpty()) {
            return empty();
        }
        UnorderedList list = new UnorderedList();
        for (PlanContent.Provision p : content.provisions()) {
            list.add(new ListItem(getTranslation("plan.provision.line", p.outcomeKey(), p.what(), p.who(), p.frequency(),
                    plain(p.hoursPerWeek()), plain(p.annualCost()), Translations.label(p.language()),
                    Translations.label(p.groupSize()))));
        }
        Div wrapper = new Div(list, new Paragraph(getTranslation("plan.provision.totals",
                plain(content.totalHoursPerWeek()), plain(content.totalAnnualCost()))));
        return wrapper;
    }

    private Component statements(List<PlanContent.Statement> statements) {
        if (statements.isEmpty()) {
            return empty();
        }
        UnorderedList list = new UnorderedList();
        for (PlanContent.Statement s : statements) {
            Span voice = new Span(Translations.label(s.voice()));
            voice.addClassName("wm-voice");
            voice.getElement().setAttribute("data-voice", s.voice().name());
            list.add(new ListItem(voice, new Span(" " + s.text())));
        }
        return list;
    }

    private Component list(List<String> items) {
        if (items.isEmpty()) {
            return empty();
        }
        return new UnorderedList(items.stream().map(ListItem::new).toArray(ListItem[]::new));
    }

    private Paragraph empty() {
        Paragraph p = new Paragraph(getTranslation("plan.section.empty"));
        p.addClassName("wm-muted");
        return p;
    }

    private Section section(String key, Component content) {
        Section section = new Section(new H3(getTranslation(key)), content);
        section.addClassName("wm-section");
        return section;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
