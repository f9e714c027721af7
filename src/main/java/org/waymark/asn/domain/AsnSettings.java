package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.organisation.domain.Phase;
import org.waymark.pupils.domain.YearGroup;

/**
 * An authority's settings for ASN assistant hours, kept by its administrator: the hourly rate of
 * an ASN assistant (what the hours cost), the learning-centre staffing ratio (pupils per
 * assistant), the length of the school week by phase (against which time without an assistant is
 * set) and the Education Support Officer who takes early-years mid-term requests. Until the
 * administrator saves them, the defaults hold: no rate or ratio (costs and staffing are not
 * worked out) and {@link SchoolWeek}'s weeks.
 */
public class AsnSettings {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private @Nullable BigDecimal hourlyRate;
    private @Nullable BigDecimal pupilsPerAssistant;
    private BigDecimal weekEarlyYears;
    private BigDecimal weekPrimary;
    private BigDecimal weekSecondary;
    private @Nullable String earlyYearsOfficer;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AsnSettings(@Nullable Long id, long localAuthorityId, @Nullable BigDecimal hourlyRate,
                @Nullable BigDecimal pupilsPerAssistant, BigDecimal weekEarlyYears, BigDecimal weekPrimary,
                BigDecimal weekSecondary, @Nullable String earlyYearsOfficer, String updatedBy, Instant updatedAt,
                @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.hourlyRate = hourlyRate;
        this.pupilsPerAssistant = pupilsPerAssistant;
        this.weekEarlyYears = weekEarlyYears;
        this.weekPrimary = weekPrimary;
        this.weekSecondary = weekSecondary;
        this.earlyYearsOfficer = earlyYearsOfficer;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * What the administrator sets.
     *
     * @param hourlyRate         pounds an hour of an ASN assistant; null while not set
     * @param pupilsPerAssistant learning-centre pupils for each assistant; null while not set
     * @param earlyYearsOfficer  the login of the officer who takes early-years mid-term requests; null for any officer
     */
    public record Values(@Nullable BigDecimal hourlyRate, @Nullable BigDecimal pupilsPerAssistant,
                         @Nullable BigDecimal weekEarlyYears, @Nullable BigDecimal weekPrimary,
                         @Nullable BigDecimal weekSecondary, @Nullable String earlyYearsOfficer) {
    }

    /** The settings an authority has before its administrator saves any (not stored). */
    public static AsnSettings defaults(long localAuthorityId) {
        return new AsnSettings(null, localAuthorityId, null, null, SchoolWeek.EARLY_YEARS, SchoolWeek.PRIMARY,
                SchoolWeek.SECONDARY, null, "", Instant.EPOCH, null);
    }

    /** New values, checked by {@link SettingsInput} (the weeks are given). */
    public void change(Values v, String actor, Instant now) {
        hourlyRate = v.hourlyRate();
        pupilsPerAssistant = v.pupilsPerAssistant();
        weekEarlyYears = java.util.Objects.requireNonNull(v.weekEarlyYears());
        weekPrimary = java.util.Objects.requireNonNull(v.weekPrimary());
        weekSecondary = java.util.Objects.requireNonNull(v.weekSecondary());
        earlyYearsOfficer = v.earlyYearsOfficer() == null || v.earlyYearsOfficer().isBlank() ? null
                : v.earlyYearsOfficer();
        updatedBy = actor;
        updatedAt = now;
    }

    public Values values() {
        return new Values(hourlyRate, pupilsPerAssistant, weekEarlyYears, weekPrimary, weekSecondary,
                earlyYearsOfficer);
    }

    /** The school week of a pupil in this year group at a school of this phase. */
    public BigDecimal weekHours(Phase phase, @Nullable YearGroup yearGroup) {
        return SchoolWeek.hours(phase, yearGroup, weekEarlyYears, weekPrimary, weekSecondary);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public @Nullable BigDecimal getHourlyRate() { return hourlyRate; }
    public @Nullable BigDecimal getPupilsPerAssistant() { return pupilsPerAssistant; }
    public BigDecimal getWeekEarlyYears() { return weekEarlyYears; }
    public BigDecimal getWeekPrimary() { return weekPrimary; }
    public BigDecimal getWeekSecondary() { return weekSecondary; }
    public @Nullable String getEarlyYearsOfficer() { return earlyYearsOfficer; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public @Nullable Integer getVersion() { return version; }
}
