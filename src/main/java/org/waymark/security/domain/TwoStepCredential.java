package org.waymark.security.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A user's authenticator app (RFC 6238 TOTP): its shared secret, whether the user confirmed it
 * with a code, and the one-time recovery codes (hashed) for a lost phone. Until confirmed it does
 * not count: the user has not yet shown the app holds the secret.
 */
public class TwoStepCredential {

    /** How many recovery codes an enrolment hands out. */
    public static final int RECOVERY_CODES = 10;

    @Id
    private @Nullable Long id;
    private final long appUserId;
    /** The shared secret as stored: sealed (encrypted) by the service, never the plain base32 text. */
    private String secret;
    private @Nullable Instant confirmedAt;
    private final Instant createdAt;
    @MappedCollection(idColumn = "TWO_STEP_CREDENTIAL_ID")
    private Set<RecoveryCode> recoveryCodes;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    TwoStepCredential(@Nullable Long id, long appUserId, String secret, @Nullable Instant confirmedAt, Instant createdAt,
                      Set<RecoveryCode> recoveryCodes, @Nullable Integer version) {
        this.id = id;
        this.appUserId = appUserId;
        this.secret = secret;
        this.confirmedAt = confirmedAt;
        this.createdAt = createdAt;
        this.recoveryCodes = new java.util.HashSet<>(recoveryCodes);
        this.version = version;
    }

    /** A new, unconfirmed authenticator for the user. */
    public static TwoStepCredential start(long appUserId, String secret, Instant now) {
        return new TwoStepCredential(null, appUserId, secret, null, now, Set.of(), null);
    }

    /** Starts over with a new secret (the user scans a new QR code); unconfirmed until a code is entered. */
    public void restart(String newSecret) {
        this.secret = newSecret;
        this.confirmedAt = null;
        this.recoveryCodes = new java.util.HashSet<>();
    }

    /** The user entered a correct code: the authenticator counts from now on, with these hashed recovery codes. */
    public void confirm(Instant now, List<String> recoveryCodeHashes) {
        if (recoveryCodeHashes.size() != RECOVERY_CODES) {
            throw new IllegalArgumentException("Expected " + RECOVERY_CODES + " recovery codes");
        }
        this.confirmedAt = now;
        this.recoveryCodes = new java.util.HashSet<>();
        recoveryCodeHashes.forEach(h -> recoveryCodes.add(new RecoveryCode(h, null)));
    }

    /**
     * Uses the first unused recovery code the matcher accepts; it cannot be used again.
     * Returns whether one was used.
     */
    public boolean useRecoveryCode(Predicate<String> matchesHash, Instant now) {
        for (RecoveryCode code : new ArrayList<>(recoveryCodes)) {
            if (code.unused() && matchesHash.test(code.codeHash())) {
                recoveryCodes.remove(code);
                recoveryCodes.add(new RecoveryCode(code.codeHash(), now));
                return true;
            }
        }
        return false;
    }

    public long unusedRecoveryCodes() {
        return recoveryCodes.stream().filter(RecoveryCode::unused).count();
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public @Nullable Long getId() { return id; }
    public long getAppUserId() { return appUserId; }
    public String getSecret() { return secret; }
    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable Integer getVersion() { return version; }
}
