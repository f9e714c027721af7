package org.waymark.panels.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;

/**
 * A head teacher's request to appeal a panel decision. It goes through the family: only an
 * appeal the family supports reaches the appeals panel (SPEC §6).
 */
public class AppealRequest {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long bidId;
    private final long pupilId;
    private final long schoolId;
    private final @Nullable Long familyId;
    private final long originalMeetingId;
    private AppealStatus status;
    private final String grounds;
    private final String requestedBy;
    private final Instant requestedAt;
    private @Nullable String familyNote;
    private @Nullable String familyBy;
    private @Nullable Instant familyAt;
    private @Nullable Long listedMeetingId;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    AppealRequest(@Nullable Long id, long localAuthorityId, long bidId, long pupilId, long schoolId,
                  @Nullable Long familyId, long originalMeetingId, AppealStatus status, String grounds,
                  String requestedBy, Instant requestedAt, @Nullable String familyNote, @Nullable String familyBy,
                  @Nullable Instant familyAt, @Nullable Long listedMeetingId, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.bidId = bidId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.familyId = familyId;
        this.originalMeetingId = originalMeetingId;
        this.status = status;
        this.grounds = grounds;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.familyNote = familyNote;
        this.familyBy = familyBy;
        this.familyAt = familyAt;
        this.listedMeetingId = listedMeetingId;
        this.version = version;
    }

    @SuppressWarnings("java:S107")
    public static AppealRequest ask(long localAuthorityId, long bidId, long pupilId, long schoolId,
                                    @Nullable Long familyId, long originalMeetingId, String grounds, String head,
                                    Instant now) {
        if (grounds.isBlank()) {
            throw new IllegalArgumentException("An appeal gives its grounds");
        }
        return new AppealRequest(null, localAuthorityId, bidId, pupilId, schoolId, familyId, originalMeetingId,
                AppealStatus.ASKED, grounds.strip(), head, now, null, null, null, null, null);
    }

    /** The family says whether it supports the appeal, and why. */
    public void familyResponds(boolean supports, String note, String familySenco, Instant now) {
        if (status != AppealStatus.ASKED) {
            throw new TransitionException("appeal", status, supports ? AppealStatus.SUPPORTED : AppealStatus.NOT_SUPPORTED);
        }
        status = supports ? AppealStatus.SUPPORTED : AppealStatus.NOT_SUPPORTED;
        familyNote = note.strip();
        familyBy = familySenco;
        familyAt = now;
    }

    public void listedAt(long meetingId) {
        if (status != AppealStatus.SUPPORTED) {
            throw new TransitionException("appeal", status, AppealStatus.LISTED);
        }
        status = AppealStatus.LISTED;
        listedMeetingId = meetingId;
    }

    public void heard() {
        if (status != AppealStatus.LISTED) {
            throw new TransitionException("appeal", status, AppealStatus.HEARD);
        }
        status = AppealStatus.HEARD;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getBidId() { return bidId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public @Nullable Long getFamilyId() { return familyId; }
    public long getOriginalMeetingId() { return originalMeetingId; }
    public AppealStatus getStatus() { return status; }
    public String getGrounds() { return grounds; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public @Nullable String getFamilyNote() { return familyNote; }
    public @Nullable String getFamilyBy() { return familyBy; }
    public @Nullable Instant getFamilyAt() { return familyAt; }
    public @Nullable Long getListedMeetingId() { return listedMeetingId; }
    public @Nullable Integer getVersion() { return version; }
}
