package org.waymark.bids.domain;

import java.math.BigDecimal;

/** Support the school already funds from its notional SEN budget, with its yearly cost. */
public record FundedProvision(String description, BigDecimal annualCost) {
}
