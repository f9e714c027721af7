package org.waymark.bids.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.waymark.bids.domain.BidFramework;

import com.vaadin.flow.i18n.I18NProvider;

/** How level codes and money read on bid screens. */
final class BidLabels {

    private BidLabels() {
    }

    /** A level's name in the reader's language; a code the bundles do not know shows as itself. */
    static String level(String code) {
        String key = "bid.level." + code;
        String text = I18NProvider.translate(key);
        return text.startsWith("!") ? code : text;
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
