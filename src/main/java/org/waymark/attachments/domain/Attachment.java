package org.waymark.attachments.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A file attached to a plan or a bid. The bytes live in the {@link FileStore} under a name the
 * server made up; the name the sender used is kept only as a cleaned display name. Removing an
 * attachment hides it but keeps who removed it and when.
 */
public class Attachment {

    @Id
    private @Nullable Long id;
    private final OwnerType ownerType;
    private final long ownerId;
    private final long pupilId;
    private final AttachmentKind kind;
    private final String displayName;
    private final String storedName;
    private final FileType fileType;
    private final long sizeBytes;
    private final String sha256;
    private final String uploadedBy;
    private final Instant uploadedAt;
    private @Nullable String removedBy;
    private @Nullable Instant removedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Attachment(@Nullable Long id, OwnerType ownerType, long ownerId, long pupilId, AttachmentKind kind,
               String displayName, String storedName, FileType fileType, long sizeBytes, String sha256,
               String uploadedBy, Instant uploadedAt, @Nullable String removedBy, @Nullable Instant removedAt,
               @Nullable Integer version) {
        this.id = id;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.pupilId = pupilId;
        this.kind = kind;
        this.displayName = displayName;
        this.storedName = storedName;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.removedBy = removedBy;
        this.removedAt = removedAt;
        this.version = version;
    }

    public static Attachment of(OwnerType ownerType, long ownerId, long pupilId, AttachmentKind kind, String sentName,
                                FileType type, String storedName, long sizeBytes, String sha256, String actor,
                                Instant now) {
        return new Attachment(null, ownerType, ownerId, pupilId, kind, SafeFileName.of(sentName, type), storedName,
                type, sizeBytes, sha256, actor, now, null, null, null);
    }

    public void remove(String actor, Instant now) {
        if (removedAt == null) {
            removedBy = actor;
            removedAt = now;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStoredName() {
        return storedName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public @Nullable Instant getRemovedAt() {
        return removedAt;
    }
}
