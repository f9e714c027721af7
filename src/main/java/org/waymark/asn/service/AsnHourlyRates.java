package org.waymark.asn.service;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.HourlyRates;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.AsnSettingsRepository;

/** The ledger's port to the authority's hourly rate of an ASN assistant (its ASN settings). */
@Component
class AsnHourlyRates implements HourlyRates {

    private final AsnSettingsRepository settings;

    AsnHourlyRates(AsnSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BigDecimal> hourlyRate(long localAuthorityId) {
        return settings.findByLocalAuthorityId(localAuthorityId).map(AsnSettings::getHourlyRate);
    }
}
