package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** An authority's RAS settings: the lead co-ordinator's sign-off limit, the school weeks in a year, the hourly rates. */
public class RasSettings {

    /** The seed's limit: the equivalent of 15 h teaching assistant and 2.5 h midday supervisor a week. */
    public static final BigDecimal SEED_SIGN_OFF_LIMIT = new BigDecimal("10363.00");

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private BigDecimal signOffLimit;
    private int weeksAYear;
    @MappedCollection(idColumn = "RAS_SETTINGS_ID", keyColumn = "SORT_KEY")
    private List<RasRate> rates;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    RasSettings(@Nullable Long id, long localAuthorityId, BigDecimal signOffLimit, int weeksAYear, List<RasRate> rates,
                @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.signOffLimit = signOffLimit;
        this.weeksAYear = weeksAYear;
        this.rates = new ArrayList<>(rates);
        this.version = version;
    }

    public static RasSettings of(long localAuthorityId, BigDecimal signOffLimit, int weeksAYear, List<RasRate> rates) {
        return new RasSettings(null, localAuthorityId, signOffLimit, weeksAYear, rates, null);
    }

    public void change(BigDecimal limit, int weeks, List<RasRate> newRates) {
        signOffLimit = limit;
        weeksAYear = weeks;
        rates = new ArrayList<>(newRates);
    }

    public Optional<RasRate> rate(String code) {
        return rates.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public BigDecimal getSignOffLimit() { return signOffLimit; }
    public int getWeeksAYear() { return weeksAYear; }
    public List<RasRate> getRates() { return List.copyOf(rates); }
    public @Nullable Integer getVersion() { return version; }
}
