package org.waymark.security.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets at rest (DD012): sealed with AES-256-GCM under a key from configuration
 * ({@code waymark.security.totp-key}, environment variable {@code WAYMARK_SECURITY_TOTP_KEY}: 32
 * random bytes in Base64), a fresh 96-bit nonce per sealing, the account's id as associated data
 * (a sealed secret copied to another account's row does not open). Stored as
 * {@code aesgcm1:<Base64(nonce | ciphertext | tag)>}; a base32 secret never contains a colon.
 * <p>
 * Without a key only the {@code demo} profile may start: its key is derived from a published
 * phrase, as the demo secret itself is published. Any other start refuses.
 * <p>
 * <b>Changing the key.</b> The keys it replaces are listed in {@code waymark.security.totp-previous-keys}
 * (environment {@code WAYMARK_SECURITY_TOTP_PREVIOUS_KEYS}, comma-separated): a secret sealed under one of
 * them still opens. GCM authenticates, so a secret is tried under the current key and then each previous
 * one, and the wrong keys fail cleanly.
 * <p>
 * While the context starts (before the web server takes a request) every row is read: a plain secret
 * (written before V50) is sealed; a secret under a previous key is sealed again under the current key
 * (a conditional update, so two nodes starting at once do it once); a secret no configured key opens
 * stops the start, naming how many — an operator who lost a key learns it before anyone is locked out
 * at sign-in.
 */
@Component
public class TwoStepSecrets implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(TwoStepSecrets.class);
    static final String PREFIX = "aesgcm1:";
    private static final String DEMO_KEY_PHRASE = "Waymark demo two-step key: published, never for real accounts";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    /** Keys the current one replaced: they still open, they never seal. */
    private final List<SecretKey> previousKeys;
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    TwoStepSecrets(@Value("${waymark.security.totp-key:}") String configuredKey,
                   @Value("${waymark.security.totp-previous-keys:}") String previousKeys,
                   Environment environment, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(keyBytes(configuredKey, environment.acceptsProfiles(Profiles.of("demo")),
                "waymark.security.totp-key"), "AES");
        this.previousKeys = Arrays.stream(previousKeys.split(","))
                .map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> (SecretKey) new SecretKeySpec(keyBytes(k, false, "waymark.security.totp-previous-keys"), "AES"))
                .filter(k -> !Arrays.equals(k.getEncoded(), key.getEncoded()))
                .toList();
    }

    static byte[] keyBytes(@Nullable String configured, boolean demo, String property) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(property + " is not Base64 (docs/security.md)", e);
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(property + " must be 32 bytes (256 bits) in Base64, not "
                        + bytes.length + " (docs/security.md)");
            }
            return bytes;
        }
        if (!demo) {
            throw new IllegalStateException("Refusing to start: no key for the two-step secrets. Set"
                    + " WAYMARK_SECURITY_TOTP_KEY (waymark.security.totp-key) to 32 random bytes in Base64, e.g."
                    + " `openssl rand -base64 32`, and keep it with the database credentials (docs/security.md).");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEMO_KEY_PHRASE.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form stored for an account's secret. */
    public String seal(long appUserId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(appUserId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Two-step secret could not be sealed", e);
        }
    }

    /**
     * The secret behind a stored form, under the current key or one it replaced; fails when no configured
     * key opens it or it was sealed for another account.
     */
    public String open(long appUserId, String stored) {
        String secret = openUnder(key, appUserId, stored);
        if (secret == null) {
            secret = openUnderPrevious(appUserId, stored);
        }
        if (secret == null) {
            throw new IllegalStateException("Two-step secret of account " + appUserId + " does not open with the"
                    + " configured key (waymark.security.totp-key) nor a previous one (waymark.security.totp-previous-keys)");
        }
        return secret;
    }

    /** The secret under the first previous key that opens it, or null. */
    private @Nullable String openUnderPrevious(long appUserId, String stored) {
        for (SecretKey previous : previousKeys) {
            String secret = openUnder(previous, appUserId, stored);
            if (secret != null) {
                return secret;
            }
        }
        return null;
    }

    /** The secret, or null when this key does not open it (GCM's tag does not match). */
    private @Nullable String openUnder(SecretKey candidate, long appUserId, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("Two-step secret of account " + appUserId + " is not sealed");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, candidate, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(all, NONCE_BYTES)));
            cipher.updateAAD(associatedData(appUserId));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Two-step secret of account " + appUserId + " could not be opened", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private static byte[] associatedData(long appUserId) {
        return ("two_step_credential:" + appUserId).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void afterSingletonsInstantiated() {
        sealUnderCurrentKey();
    }

    /** What a start did to the stored secrets. */
    record Resealing(int plainSealed, int resealed, int current) {
    }

    /**
     * Seals the secrets still stored plainly, seals again under the current key those a previous key
     * opens, and refuses (stopping the start) when any secret opens with no configured key.
     */
    Resealing sealUnderCurrentKey() {
        record Row(long id, long appUserId, String secret) {
        }
        List<Row> rows = jdbc.sql("SELECT id, app_user_id, secret FROM two_step_credential")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("app_user_id"), rs.getString("secret"))).list();
        int plainSealed = 0;
        int resealed = 0;
        int current = 0;
        int unopened = 0;
        for (Row row : rows) {
            String secret;
            if (!isSealed(row.secret())) {
                secret = row.secret();
            } else if (openUnder(key, row.appUserId(), row.secret()) != null) {
                current++;
                continue;
            } else {
                secret = openUnderPrevious(row.appUserId(), row.secret());
                if (secret == null) {
                    unopened++;
                    continue;
                }
            }
            int changed = jdbc.sql("UPDATE two_step_credential SET secret = :sealed WHERE id = :id AND secret = :was")
                    .param("sealed", seal(row.appUserId(), secret)).param("id", row.id())
                    .param("was", row.secret()).update();
            if (isSealed(row.secret())) {
                resealed += changed;
            } else {
                plainSealed += changed;
            }
        }
        if (unopened > 0) {
            throw new IllegalStateException("Refusing to start: " + unopened + " of " + rows.size() + " two-step"
                    + " secrets open with neither the configured key (waymark.security.totp-key) nor a previous one"
                    + " (waymark.security.totp-previous-keys). Configure the key they were sealed with"
                    + " (docs/operations.md, \"Changing the two-step key\").");
        }
        if (plainSealed > 0) {
            LOG.info("Sealed {} two-step secrets stored before encryption at rest (V50)", plainSealed);
        }
        if (resealed > 0) {
            LOG.info("Sealed {} two-step secrets again under the current key; {} were under it already", resealed, current);
        }
        return new Resealing(plainSealed, resealed, current);
    }
}
