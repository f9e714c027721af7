package org.waymark.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/**
 * An incident of restrictive practice with a pupil, recorded by their school: who intervened,
 * when, what happened and for how long, then the debrief with the pupil and when and how the
 * parents were told. The record of what happened is written once; the debrief and the parents'
 * being informed are added when they happen (each once).
 */
public class RestrictiveIncident {

    public static final int MAX_MINUTES = 24 * 60;
    public static final int STAFF_LIMIT = 500;
    public static final int DESCRIPTION_LIMIT = 4000;
    public static final int NOTE_LIMIT = 2000;
    public static final int HOW_LIMIT = 200;

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final RestrictiveKind kind;
    private final Instant occurredAt;
    private final int durationMinutes;
    private final String staffInvolved;
    private final String description;
    private @Nullable LocalDate debriefOn;
    private @Nullable String debriefNote;
    private @Nullable LocalDate parentInformedOn;
    private @Nullable String parentInformedHow;
    private final String recordedBy;
    private final Instant recordedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    RestrictiveIncident(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, RestrictiveKind kind,
                        Instant occurredAt, int durationMinutes, String staffInvolved, String description,
                        @Nullable LocalDate debriefOn, @Nullable String debriefNote, @Nullable LocalDate parentInformedOn,
                        @Nullable String parentInformedHow, String recordedBy, Instant recordedAt,
                        @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.durationMinutes = durationMinutes;
        this.staffInvolved = staffInvolved;
        this.description = description;
        this.debriefOn = debriefOn;
        this.debriefNote = debriefNote;
        this.parentInformedOn = parentInformedOn;
        this.parentInformedHow = parentInformedHow;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /** What the school records about the incident itself. */
    public record Facts(RestrictiveKind kind, Instant occurredAt, int durationMinutes, String staffInvolved,
                        String description) {
    }

    /**
     * A new incident; refused with violations beside the fields when a field is empty or too
     * long, the duration is not 1 to 1,440 minutes, or it happened after {@code now}.
     */
    public static RestrictiveIncident record(long localAuthorityId, long pupilId, long schoolId, Facts facts,
                                             String recordedBy, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (facts.occurredAt().isAfter(now)) {
            violations.add(Violation.of("occurredAt", "restrictive.error.future"));
        }
        if (facts.durationMinutes() < 1 || facts.durationMinutes() > MAX_MINUTES) {
            violations.add(Violation.of("duration", "restrictive.error.duration"));
        }
        text(violations, "staff", facts.staffInvolved(), STAFF_LIMIT);
        text(violations, "description", facts.description(), DESCRIPTION_LIMIT);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new RestrictiveIncident(null, localAuthorityId, pupilId, schoolId, facts.kind(), facts.occurredAt(),
                facts.durationMinutes(), facts.staffInvolved().strip(), facts.description().strip(), null, null, null,
                null, recordedBy, now, null);
    }

    private static void text(List<Violation> violations, String field, @Nullable String value, int limit) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "restrictive.error.required"));
        } else if (value.strip().length() > limit) {
            violations.add(Violation.of(field, "restrictive.error.tooLong"));
        }
    }

    /** The debrief with the pupil, once; not before the incident's day. */
    public void recordDebrief(LocalDate on, String note, LocalDate incidentDay) {
        List<Violation> violations = new ArrayList<>();
        if (debriefOn != null) {
            violations.add(Violation.of("debriefOn", "restrictive.error.debriefDone"));
        }
        if (on.isBefore(incidentDay)) {
            violations.add(Violation.of("debriefOn", "restrictive.error.beforeIncident"));
        }
        text(violations, "debriefNote", note, NOTE_LIMIT);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        debriefOn = on;
        debriefNote = note.strip();
    }

    /** When and how the parents were told, once; not before the incident's day. */
    public void recordParentInformed(LocalDate on, String how, LocalDate incidentDay) {
        List<Violation> violations = new ArrayList<>();
        if (parentInformedOn != null) {
            violations.add(Violation.of("parentInformedOn", "restrictive.error.informedDone"));
        }
        if (on.isBefore(incidentDay)) {
            violations.add(Violation.of("parentInformedOn", "restrictive.error.beforeIncident"));
        }
        text(violations, "parentInformedHow", how, HOW_LIMIT);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        parentInformedOn = on;
        parentInformedHow = how.strip();
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public RestrictiveKind getKind() { return kind; }
    public Instant getOccurredAt() { return occurredAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getStaffInvolved() { return staffInvolved; }
    public String getDescription() { return description; }
    public @Nullable LocalDate getDebriefOn() { return debriefOn; }
    public @Nullable String getDebriefNote() { return debriefNote; }
    public @Nullable LocalDate getParentInformedOn() { return parentInformedOn; }
    public @Nullable String getParentInformedHow() { return parentInformedHow; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public @Nullable Integer getVersion() { return version; }
}
