package org.waymark.ras.domain;

import java.math.BigDecimal;

/** A line of provision costed at the TAC meeting: the rate as it stood then, hours a week, weeks a year. */
public record RasProvision(String rateCode, String rateName, BigDecimal hourlyRate, BigDecimal hoursAWeek, int weeks) {

    public BigDecimal cost() {
        return TacCosting.cost(this);
    }
}
