package org.waymark.ras.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A converter fit kept: its bands, who fitted it and when, and whether (and by whom) it was adopted. */
public class RasFit {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final int bandWidth;
    private final int casesUsed;
    private final String bands;
    private final String fittedBy;
    private final Instant fittedAt;
    private boolean adopted;
    private @Nullable String adoptedBy;
    private @Nullable Instant adoptedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107")
    RasFit(@Nullable Long id, long localAuthorityId, int bandWidth, int casesUsed, String bands, String fittedBy,
           Instant fittedAt, boolean adopted, @Nullable String adoptedBy, @Nullable Instant adoptedAt,
           @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.bandWidth = bandWidth;
        this.casesUsed = casesUsed;
        this.bands = bands;
        this.fittedBy = fittedBy;
        this.fittedAt = fittedAt;
        this.adopted = adopted;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
        this.version = version;
    }

    public static RasFit of(long localAuthorityId, Converter.Fit fit, String actor, Instant now) {
        return new RasFit(null, localAuthorityId, fit.bandWidth(), fit.casesUsed(), Converter.write(fit), actor, now,
                false, null, null, null);
    }

    public void adopt(String actor, Instant now) {
        adopted = true;
        adoptedBy = actor;
        adoptedAt = now;
    }

    /** Another fit was adopted in its place. */
    public void setAside() {
        adopted = false;
    }

    public Converter.Fit fit() {
        return Converter.read(bandWidth, casesUsed, bands);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public int getBandWidth() { return bandWidth; }
    public int getCasesUsed() { return casesUsed; }
    public String getFittedBy() { return fittedBy; }
    public Instant getFittedAt() { return fittedAt; }
    public boolean isAdopted() { return adopted; }
    public @Nullable String getAdoptedBy() { return adoptedBy; }
    public @Nullable Instant getAdoptedAt() { return adoptedAt; }
    public @Nullable Integer getVersion() { return version; }
}
