package org.waymark.base.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How amounts of money read on screens and in documents: pounds and pence, UK style. */
public final class Money {

    private Money() {
    }

    public static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
