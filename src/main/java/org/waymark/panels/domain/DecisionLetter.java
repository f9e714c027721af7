package org.waymark.panels.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.organisation.domain.SchoolCalendar;

/**
 * The decision letter for one case of a panel meeting, to the school and the family, in the
 * recipient's language. It is due within ten working days of the meeting (SPEC §6); the portal
 * keeps the generated PDF and the day it was sent.
 */
public class DecisionLetter {

    /** Working days after the meeting within which the letter must go. */
    public static final int WORKING_DAYS_TO_SEND = 10;

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long panelMeetingId;
    private final int caseKey;
    private final long pupilId;
    private final long schoolId;
    private String language;
    private @Nullable String storedName;
    private @Nullable Instant generatedAt;
    private final LocalDate dueBy;
    private @Nullable LocalDate sentOn;
    private @Nullable String sentBy;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    DecisionLetter(@Nullable Long id, long localAuthorityId, long panelMeetingId, int caseKey, long pupilId,
                   long schoolId, String language, @Nullable String storedName, @Nullable Instant generatedAt,
                   LocalDate dueBy, @Nullable LocalDate sentOn, @Nullable String sentBy, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.panelMeetingId = panelMeetingId;
        this.caseKey = caseKey;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.language = language;
        this.storedName = storedName;
        this.generatedAt = generatedAt;
        this.dueBy = dueBy;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.version = version;
    }

    /** A letter owed for a decided case: due ten working days after the meeting. */
    public static DecisionLetter owed(long localAuthorityId, long panelMeetingId, int caseKey, long pupilId,
                                      long schoolId, String language, LocalDate meetingDate, SchoolCalendar calendar) {
        return new DecisionLetter(null, localAuthorityId, panelMeetingId, caseKey, pupilId, schoolId, language, null,
                null, dueBy(meetingDate, calendar), null, null, null);
    }

    public static LocalDate dueBy(LocalDate meetingDate, SchoolCalendar calendar) {
        return calendar.addWorkingDays(meetingDate, WORKING_DAYS_TO_SEND);
    }

    public void generated(String stored, String inLanguage, Instant now) {
        storedName = stored;
        language = inLanguage;
        generatedAt = now;
    }

    public void sent(LocalDate on, String actor) {
        if (storedName == null) {
            throw new IllegalStateException("A letter is generated before it is sent");
        }
        sentOn = on;
        sentBy = actor;
    }

    public boolean overdue(LocalDate today) {
        return sentOn == null ? today.isAfter(dueBy) : sentOn.isAfter(dueBy);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPanelMeetingId() { return panelMeetingId; }
    public int getCaseKey() { return caseKey; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public String getLanguage() { return language; }
    public @Nullable String getStoredName() { return storedName; }
    public @Nullable Instant getGeneratedAt() { return generatedAt; }
    public LocalDate getDueBy() { return dueBy; }
    public @Nullable LocalDate getSentOn() { return sentOn; }
    public @Nullable String getSentBy() { return sentBy; }
    public @Nullable Integer getVersion() { return version; }
}
