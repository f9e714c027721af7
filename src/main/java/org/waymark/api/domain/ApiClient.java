package org.waymark.api.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * Another system that calls the API (DD018), registered by an administrator of the authority:
 * it reaches the whole authority, or one school of it when {@link #getSchoolId()} is set; it
 * answers nothing until enabled; it may make {@link #getRequestsPerMinute()} calls a minute. The
 * key is kept only as its hash ({@link ApiKeys}).
 */
public class ApiClient {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MIN_RATE = 1;
    public static final int MAX_RATE = 6000;
    public static final int DEFAULT_RATE = 120;

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final @Nullable Long schoolId;
    private final String name;
    private String keyHash;
    private String keyPrefix;
    private boolean enabled;
    private final int requestsPerMinute;
    private final Instant createdAt;
    private final String createdBy;
    private Instant keyIssuedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107")
    ApiClient(@Nullable Long id, long localAuthorityId, @Nullable Long schoolId, String name, String keyHash,
              String keyPrefix, boolean enabled, int requestsPerMinute, Instant createdAt, String createdBy,
              Instant keyIssuedAt, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.enabled = enabled;
        this.requestsPerMinute = requestsPerMinute;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.keyIssuedAt = keyIssuedAt;
        this.version = version;
    }

    /** A new client, off until an administrator turns it on, holding the given key (its hash). */
    public static ApiClient register(long localAuthorityId, @Nullable Long schoolId, String name, int requestsPerMinute,
                                     String key, String createdBy, Instant now) {
        return new ApiClient(null, localAuthorityId, schoolId, name.strip(), ApiKeys.hash(key), ApiKeys.prefix(key),
                false, requestsPerMinute, now, createdBy, now, null);
    }

    /** A new key: the old one stops working at once. */
    public void rotateKey(String key, Instant now) {
        this.keyHash = ApiKeys.hash(key);
        this.keyPrefix = ApiKeys.prefix(key);
        this.keyIssuedAt = now;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The name the audit trail gives the client as actor: {@code api:<id>:<name>}. */
    public String actorName() {
        return "api:" + id + ":" + name;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public @Nullable Long getSchoolId() { return schoolId; }
    public String getName() { return name; }
    public String getKeyHash() { return keyHash; }
    public String getKeyPrefix() { return keyPrefix; }
    public boolean isEnabled() { return enabled; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getKeyIssuedAt() { return keyIssuedAt; }
    public @Nullable Integer getVersion() { return version; }
}
