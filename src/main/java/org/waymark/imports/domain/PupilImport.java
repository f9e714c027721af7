package org.waymark.imports.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An applied pupil import (V62, DD020): who applied which file when, what it did, and — once undone
 * — who undid it, when, and what the undo did. The pupils it added and the fields it changed are in
 * its journal ({@link PupilImportJournal}), not in this aggregate: a school's file runs to tens of
 * thousands of pupils. An import is undone at most once, and only within the undo period.
 */
public class PupilImport {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    /** The importing SENCO's school; null for an authority officer's import (it may span schools). */
    private final @Nullable Long schoolId;
    private final ImportPreview.Format format;
    private final String fileName;
    private final String madeBy;
    private final Instant appliedAt;
    private int added;
    private int updated;
    private int leavers;
    private int moves;
    private @Nullable Instant undoneAt;
    private @Nullable String undoneBy;
    private @Nullable Integer removed;
    private @Nullable Integer kept;
    private @Nullable Integer restored;
    private @Nullable Integer fieldsKept;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107")
    PupilImport(@Nullable Long id, long localAuthorityId, @Nullable Long schoolId, ImportPreview.Format format,
                String fileName, String madeBy, Instant appliedAt, int added, int updated, int leavers, int moves,
                @Nullable Instant undoneAt, @Nullable String undoneBy, @Nullable Integer removed,
                @Nullable Integer kept, @Nullable Integer restored, @Nullable Integer fieldsKept,
                @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.format = format;
        this.fileName = fileName;
        this.madeBy = madeBy;
        this.appliedAt = appliedAt;
        this.added = added;
        this.updated = updated;
        this.leavers = leavers;
        this.moves = moves;
        this.undoneAt = undoneAt;
        this.undoneBy = undoneBy;
        this.removed = removed;
        this.kept = kept;
        this.restored = restored;
        this.fieldsKept = fieldsKept;
        this.version = version;
    }

    /** An import being applied now; its counts are set when it is done ({@link #done}). */
    public static PupilImport applying(long localAuthorityId, @Nullable Long schoolId, ImportPreview.Format format,
                                       String fileName, String madeBy, Instant appliedAt) {
        String name = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        return new PupilImport(null, localAuthorityId, schoolId, format, name, madeBy, appliedAt, 0, 0, 0, 0, null,
                null, null, null, null, null, null);
    }

    /** What the apply did. */
    public void done(int addedPupils, int updatedPupils, int leaversRecorded, int movesRecorded) {
        this.added = addedPupils;
        this.updated = updatedPupils;
        this.leavers = leaversRecorded;
        this.moves = movesRecorded;
    }

    /** The last moment the import may be undone. */
    public Instant undoUntil(int undoDays) {
        return appliedAt.plus(Duration.ofDays(undoDays));
    }

    public boolean undone() {
        return undoneAt != null;
    }

    /** Whether it may still be undone at {@code now}: not yet undone, and within the period. */
    public boolean undoable(Instant now, int undoDays) {
        return !undone() && !now.isAfter(undoUntil(undoDays));
    }

    /** Records the undo; refuses a second one (the caller checked the period). */
    public void undo(String by, Instant at, int removedPupils, int keptPupils, int restoredPupils, int keptFields) {
        if (undone()) {
            throw new IllegalStateException("import " + id + " was undone already");
        }
        this.undoneAt = at;
        this.undoneBy = by;
        this.removed = removedPupils;
        this.kept = keptPupils;
        this.restored = restoredPupils;
        this.fieldsKept = keptFields;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public @Nullable Long getSchoolId() { return schoolId; }
    public ImportPreview.Format getFormat() { return format; }
    public String getFileName() { return fileName; }
    public String getMadeBy() { return madeBy; }
    public Instant getAppliedAt() { return appliedAt; }
    public int getAdded() { return added; }
    public int getUpdated() { return updated; }
    public int getLeavers() { return leavers; }
    public int getMoves() { return moves; }
    public @Nullable Instant getUndoneAt() { return undoneAt; }
    public @Nullable String getUndoneBy() { return undoneBy; }
    public @Nullable Integer getRemoved() { return removed; }
    public @Nullable Integer getKept() { return kept; }
    public @Nullable Integer getRestored() { return restored; }
    public @Nullable Integer getFieldsKept() { return fieldsKept; }
    public @Nullable Integer getVersion() { return version; }
}
