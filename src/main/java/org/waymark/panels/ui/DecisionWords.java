package org.waymark.panels.ui;

import org.waymark.base.domain.Money;
import org.waymark.base.ui.Translations;
import org.waymark.panels.domain.PanelCase;

import com.vaadin.flow.i18n.I18NProvider;

/** A panel's decision in words for lists: "Awarded: HLN 1 (high level needs), £10,987", "Declined". */
final class DecisionWords {

    private DecisionWords() {
    }

    static String of(PanelCase c) {
        if (c.outcome() == null) {
            return "";
        }
        String outcome = Translations.label(c.outcome());
        String level = Translations.level(c.level());
        String amount = c.amount() == null ? "" : Money.pounds(c.amount());
        String what = level.isEmpty() ? amount : amount.isEmpty() ? level
                : I18NProvider.translate("bids.outcome.levelAmount", level, amount);
        return what.isEmpty() ? outcome : outcome + ": " + what;
    }
}
