package org.waymark.descriptors.domain;

import java.math.BigDecimal;

/**
 * A funding level and its band: a range, or a fixed amount when min equals max. Several levels
 * may share a column (AFN low, medium and high are all in the AFN column).
 */
public record FundingLevel(String code, String name, String columnCode, BigDecimal minAmount, BigDecimal maxAmount) {

    /** Amounts are kept in pounds and pence, as stored. */
    public FundingLevel {
        minAmount = minAmount.setScale(2, java.math.RoundingMode.HALF_UP);
        maxAmount = maxAmount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public boolean contains(BigDecimal amount) {
        return amount.compareTo(minAmount) >= 0 && amount.compareTo(maxAmount) <= 0;
    }
}
