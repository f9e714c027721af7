package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an hour of a stream counted in hours costs an authority (Scotland's ASN assistant hours):
 * the ledger's statements price {@link FundingStream#inHours() hours} lines with it. The feature
 * that keeps the rate implements it, so the ledger need not know that feature.
 */
public interface HourlyRates {

    /** Pounds an hour of an ASN assistant in the authority; empty while its administrator has set none. */
    Optional<BigDecimal> hourlyRate(long localAuthorityId);
}
