package org.waymark.asn.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * What the Education Support Officer notes about a school during scrutiny beyond the requests
 * themselves: its assistants' timetables, the other support staff it has, and how it manages
 * additional support needs. One record per school, kept with who changed it last.
 */
public class AsnSchoolNotes {

    public static final int MAX_NOTE = 4000;

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long schoolId;
    private String timetableNotes;
    private String otherStaff;
    private String managementNotes;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    AsnSchoolNotes(@Nullable Long id, long localAuthorityId, long schoolId, String timetableNotes, String otherStaff,
                   String managementNotes, String updatedBy, Instant updatedAt, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.timetableNotes = timetableNotes;
        this.otherStaff = otherStaff;
        this.managementNotes = managementNotes;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static AsnSchoolNotes blank(long localAuthorityId, long schoolId, String actor, Instant now) {
        return new AsnSchoolNotes(null, localAuthorityId, schoolId, "", "", "", actor, now, null);
    }

    public void write(String timetable, String staff, String management, String actor, Instant now) {
        timetableNotes = timetable.strip();
        otherStaff = staff.strip();
        managementNotes = management.strip();
        updatedBy = actor;
        updatedAt = now;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getSchoolId() { return schoolId; }
    public String getTimetableNotes() { return timetableNotes; }
    public String getOtherStaff() { return otherStaff; }
    public String getManagementNotes() { return managementNotes; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public @Nullable Integer getVersion() { return version; }
}
