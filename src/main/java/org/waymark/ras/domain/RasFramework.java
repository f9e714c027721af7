package org.waymark.ras.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;

/**
 * One version of an authority's outcome framework. A draft's outcomes may be replaced (an
 * import); publishing fixes them for good — a published version never changes, and the cases
 * scored against it keep it. The outcomes are kept as their CSV ({@link OutcomesCsv}).
 */
public class RasFramework {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final int versionNo;
    private OutcomesStatus status;
    private String content;
    private final String createdBy;
    private final Instant createdAt;
    private @Nullable String publishedBy;
    private @Nullable Instant publishedAt;
    @Version
    private @Nullable Integer version;
    @Transient
    private @Nullable RasOutcomes outcomes;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    RasFramework(@Nullable Long id, long localAuthorityId, int versionNo, OutcomesStatus status, String content,
                 String createdBy, Instant createdAt, @Nullable String publishedBy, @Nullable Instant publishedAt,
                 @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.versionNo = versionNo;
        this.status = status;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    public static RasFramework draft(long localAuthorityId, int versionNo, RasOutcomes outcomes, String actor,
                                     Instant now) {
        return new RasFramework(null, localAuthorityId, versionNo, OutcomesStatus.DRAFT, OutcomesCsv.write(outcomes),
                actor, now, null, null, null);
    }

    /** Replaces a draft's outcomes; a published version never changes. */
    public void replace(RasOutcomes replacement) {
        if (status != OutcomesStatus.DRAFT) {
            throw new TransitionException("outcome framework", status, OutcomesStatus.DRAFT);
        }
        content = OutcomesCsv.write(replacement);
        outcomes = replacement;
    }

    public void publish(String actor, Instant now) {
        if (status != OutcomesStatus.DRAFT) {
            throw new TransitionException("outcome framework", status, OutcomesStatus.PUBLISHED);
        }
        status = OutcomesStatus.PUBLISHED;
        publishedBy = actor;
        publishedAt = now;
    }

    /** A later version was published: this one stays for the cases that use it. */
    public void retire() {
        if (status != OutcomesStatus.PUBLISHED) {
            throw new TransitionException("outcome framework", status, OutcomesStatus.RETIRED);
        }
        status = OutcomesStatus.RETIRED;
    }

    /** The outcomes, read from the stored file (which was valid when it was stored). */
    public RasOutcomes outcomes() {
        RasOutcomes read = outcomes;
        if (read == null) {
            read = OutcomesCsv.read(content).outcomes()
                    .orElseThrow(() -> new IllegalStateException("stored outcomes do not read: framework " + id));
            outcomes = read;
        }
        return read;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public int getVersionNo() { return versionNo; }
    public OutcomesStatus getStatus() { return status; }
    public String getContent() { return content; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable String getPublishedBy() { return publishedBy; }
    public @Nullable Instant getPublishedAt() { return publishedAt; }
    public @Nullable Integer getVersion() { return version; }
}
