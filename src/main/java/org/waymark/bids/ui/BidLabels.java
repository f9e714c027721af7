package org.waymark.bids.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidStatus;

import com.vaadin.flow.i18n.I18NProvider;

/** How level codes and money read on bid screens. */
final class BidLabels {

    private BidLabels() {
    }

    /** A level's name in the reader's language; a code the bundles do not know shows as itself. */
    static String level(String code) {
        return Translations.level(code);
    }

    /**
     * What was decided, in words: the level agreed and its amount ("AFN low, £3,000"); "no top-up
     * funding" for a panel decision awarding none; empty while nothing is decided.
     */
    static String outcome(BidStatus status, @Nullable String agreedLevel, @Nullable BigDecimal agreedAmount) {
        if (agreedLevel == null && agreedAmount == null) {
            return status == BidStatus.DECIDED
                    ? I18NProvider.translate("bids.outcome.none") : "";
        }
        if (agreedLevel == null) {
            return pounds(agreedAmount);
        }
        return agreedAmount == null ? level(agreedLevel)
                : I18NProvider.translate("bids.outcome.levelAmount", level(agreedLevel), pounds(agreedAmount));
    }

    static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    static String band(BidFramework.Level level) {
        return level.fixed() ? pounds(level.min()) : pounds(level.min()) + " – " + pounds(level.max());
    }
}
