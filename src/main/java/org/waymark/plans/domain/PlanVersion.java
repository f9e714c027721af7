package org.waymark.plans.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One numbered version of a plan's content. A draft version may change (with optimistic
 * locking); once agreed it is immutable and any attempt to change it is refused.
 */
public class PlanVersion {

    @Id
    private @Nullable Long id;
    private final long supportPlanId;
    private final int number;
    private boolean agreed;
    /** The content as a JSON document (see {@link PlanContentCodec}); an agreed version's never changes. */
    private String content;
    private Instant updatedAt;
    private String updatedBy;
    private @Nullable Instant agreedAt;
    private @Nullable String agreedBy;
    /** The content's provision as reports sum it (language, grouping, hours), rewritten with the content. */
    @MappedCollection(idColumn = "PLAN_VERSION_ID", keyColumn = "LINE")
    private List<PlanProvisionLine> provisionLines;
    @Version
    private @Nullable Integer version;
    @Transient
    private @Nullable PlanContent decoded;

    @PersistenceCreator
    PlanVersion(@Nullable Long id, long supportPlanId, int number, boolean agreed, String content, Instant updatedAt,
                String updatedBy, @Nullable Instant agreedAt, @Nullable String agreedBy,
                List<PlanProvisionLine> provisionLines, @Nullable Integer version) {
        this.id = id;
        this.supportPlanId = supportPlanId;
        this.number = number;
        this.agreed = agreed;
        this.content = content;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.agreedAt = agreedAt;
        this.agreedBy = agreedBy;
        this.provisionLines = new ArrayList<>(provisionLines);
        this.version = version;
    }

    public static PlanVersion draft(long supportPlanId, int number, PlanContent content, String actor, Instant now) {
        return new PlanVersion(null, supportPlanId, number, false, PlanContentCodec.encode(content), now, actor, null,
                null, PlanProvisionLine.of(content), null);
    }

    public PlanContent content() {
        if (decoded == null) {
            decoded = PlanContentCodec.decode(content);
        }
        return decoded;
    }

    public void replaceContent(PlanContent newContent, String actor, Instant now) {
        if (agreed) {
            throw new IllegalStateException("Version " + number + " is agreed and cannot change");
        }
        content = PlanContentCodec.encode(newContent);
        decoded = newContent;
        provisionLines = new ArrayList<>(PlanProvisionLine.of(newContent));
        updatedAt = now;
        updatedBy = actor;
    }

    public void agree(String actor, Instant now) {
        if (agreed) {
            throw new IllegalStateException("Version " + number + " is already agreed");
        }
        agreed = true;
        agreedAt = now;
        agreedBy = actor;
    }

    public @Nullable Long getId() { return id; }
    public long getSupportPlanId() { return supportPlanId; }
    public int getNumber() { return number; }
    public boolean isAgreed() { return agreed; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public @Nullable Instant getAgreedAt() { return agreedAt; }
    public @Nullable String getAgreedBy() { return agreedBy; }
    public List<PlanProvisionLine> getProvisionLines() { return List.copyOf(provisionLines); }
    public @Nullable Integer getVersion() { return version; }
}
