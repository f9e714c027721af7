package org.waymark.panels.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A decision made outside a panel by its chair or group manager for a fixed period (a pupil
 * arriving from another authority, a sudden deterioration, a tribunal order). It takes effect at
 * once and goes on the list of the next main panel meeting, which confirms or replaces it.
 */
public class InterimDecision {

    /** The longest fixed period an interim decision may run. */
    public static final int MAX_MONTHS = 6;

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final InterimGround ground;
    private final @Nullable String level;
    private final BigDecimal amount;
    private final LocalDate endDate;
    private final String reasons;
    private final String decidedBy;
    private final LocalDate decidedOn;
    private @Nullable Long listedMeetingId;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    InterimDecision(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, InterimGround ground,
                    @Nullable String level, BigDecimal amount, LocalDate endDate, String reasons, String decidedBy,
                    LocalDate decidedOn, @Nullable Long listedMeetingId, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.ground = ground;
        this.level = level;
        this.amount = amount;
        this.endDate = endDate;
        this.reasons = reasons;
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.listedMeetingId = listedMeetingId;
        this.version = version;
    }

    public static InterimDecision make(long localAuthorityId, long pupilId, long schoolId, InterimGround ground,
                                       @Nullable String level, BigDecimal amount, LocalDate endDate, String reasons,
                                       String decidedBy, LocalDate decidedOn) {
        return new InterimDecision(null, localAuthorityId, pupilId, schoolId, ground, level,
                amount.setScale(2, RoundingMode.HALF_UP), endDate, reasons.strip(), decidedBy, decidedOn, null, null);
    }

    public void listedAt(long meetingId) {
        listedMeetingId = meetingId;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public InterimGround getGround() { return ground; }
    public @Nullable String getLevel() { return level; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getEndDate() { return endDate; }
    public String getReasons() { return reasons; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable Long getListedMeetingId() { return listedMeetingId; }
    public @Nullable Integer getVersion() { return version; }
}
