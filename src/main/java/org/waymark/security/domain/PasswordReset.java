package org.waymark.security.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A password reset an administrator issued: a one-time code (kept hashed) that lets the user set
 * a new password until it expires or is used.
 */
public class PasswordReset {

    @Id
    private @Nullable Long id;
    private final long appUserId;
    private final String codeHash;
    private final String issuedBy;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private @Nullable Instant usedAt;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    PasswordReset(@Nullable Long id, long appUserId, String codeHash, String issuedBy, Instant issuedAt,
                  Instant expiresAt, @Nullable Instant usedAt, @Nullable Integer version) {
        this.id = id;
        this.appUserId = appUserId;
        this.codeHash = codeHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.version = version;
    }

    public static PasswordReset issue(long appUserId, String codeHash, String issuedBy, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A reset must expire after it is issued");
        }
        return new PasswordReset(null, appUserId, codeHash, issuedBy, now, expiresAt, null, null);
    }

    /** Whether the code may still be used at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("Reset code already used or expired");
        }
        this.usedAt = now;
    }

    /** A newer reset (or a password change) retires this one. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public @Nullable Long getId() { return id; }
    public long getAppUserId() { return appUserId; }
    public String getCodeHash() { return codeHash; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public @Nullable Instant getUsedAt() { return usedAt; }
    public @Nullable Integer getVersion() { return version; }
}
