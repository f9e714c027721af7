package org.waymark.moderation.ui;

import java.math.BigDecimal;
import java.util.Locale;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.service.FamilyMoneyService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The family's budget: AFN and FNF allocated, (during a meeting) committed now, remaining; the
 * contingency kept. In a meeting it follows the decisions; outside one (the Family SENCO's home,
 * the list of meetings) it shows where the year stands.
 */
public class BudgetPanel extends Div {

    private final boolean inMeeting;

    BudgetPanel(BudgetPosition p) {
        this.inMeeting = true;
        addClassName("wm-budget-panel");
        setId("budget-panel");
        getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("moderation.budget")));
        figures(p);
    }

    /** Where the family's budget stands for the year, outside any meeting. */
    public BudgetPanel(FamilyMoneyService.YearBudget year) {
        this.inMeeting = false;
        addClassName("wm-budget-panel");
        setId("family-budget");
        add(new H3(getTranslation("moderation.budget.year", Dates.financialYearLabel(year.financialYear()))));
        if (!year.set()) {
            Paragraph none = new Paragraph(getTranslation("moderation.budget.notSet"));
            none.setId("budget-not-set");
            add(none);
        }
        figures(year.position());
    }

    private void figures(BudgetPosition p) {
        add(stream("AFN", p.afn()), stream("FNF", p.fnf()),
                line("moderation.contingency", p.contingency(), "budget-contingency"),
                line("moderation.available", p.availableBeyondContingency(), "budget-available"));
    }

    private Div stream(String name, BudgetPosition.Stream s) {
        String text = inMeeting
                ? getTranslation("moderation.stream", name, Money.pounds(s.budget()), Money.pounds(s.allocated()),
                        Money.pounds(s.committed()), Money.pounds(s.remaining()))
                : getTranslation("moderation.stream.year", name, Money.pounds(s.budget()), Money.pounds(s.allocated()),
                        Money.pounds(s.remaining()));
        Div div = new Div(new Span(text));
        div.setId("budget-" + name.toLowerCase(Locale.ROOT));
        if (s.remaining().signum() < 0) {
            div.addClassName("wm-overdue");
        }
        return div;
    }

    private Div line(String key, BigDecimal amount, String id) {
        Div div = new Div(new Span(getTranslation(key, Money.pounds(amount))));
        div.setId(id);
        if (amount.signum() < 0) {
            div.addClassName("wm-overdue");
        }
        return div;
    }
}
