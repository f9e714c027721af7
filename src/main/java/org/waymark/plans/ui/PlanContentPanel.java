package org.waymark.plans.ui;

import org.waymark.base.domain.Dates;
import java.math.BigDecimal;
import java.util.List;

import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.PlanContent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** A plan version's content, section by section, with each statement marked with whose words it is. */
class PlanContentPanel extends Div {

    PlanContentPanel(PlanContent content) {
        addClassName("wm-sections");
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
