package org.waymark.moderation.ui;

import java.math.BigDecimal;
import java.util.Locale;

import org.waymark.base.domain.Money;
import org.waymark.moderation.domain.BudgetPosition;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The family's budget during a meeting: AFN and FNF allocated, committed now, remaining; the contingency kept. */
class BudgetPanel extends Div {

    BudgetPanel(BudgetPosition p) {
        addClassName("wm-budget-panel");
        setId("budget-panel");
        getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("moderation.budget")), stream("AFN", p.afn()), stream("FNF", p.fnf()),
                line("moderation.contingency", p.contingency(), "budget-contingency"),
                line("moderation.available", p.availableBeyondContingency(), "budget-available"));
    }

    private Div stream(String name, BudgetPosition.Stream s) {
        Div div = new Div(new Span(getTranslation("moderation.stream", name, Money.pounds(s.budget()), Money.pounds(s.allocated()),
                Money.pounds(s.committed()), Money.pounds(s.remaining()))));
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
