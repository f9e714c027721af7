package org.waymark.ras.ui;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Money;

/** How RAS screens write money and hours. */
final class RasLabels {

    private RasLabels() {
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Money.pounds(amount);
    }

    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
