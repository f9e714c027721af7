package org.waymark.api.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys (DD018): {@code wmk_} and 43 characters of base64url carrying 256 random bits. Only the
 * key's SHA-256 is kept — with that much randomness a slow password hash adds nothing, and the
 * hash finds the client in one indexed look-up — and its first {@value #PREFIX_LENGTH} characters,
 * so an administrator can tell which key a system holds.
 */
public final class ApiKeys {

    public static final String MARK = "wmk_";
    public static final int PREFIX_LENGTH = 12;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key; shown to the administrator once and never stored. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The key's SHA-256 in lower-case hex: what is stored and looked up. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The key's first characters, shown beside the client. */
    public static String prefix(String key) {
        return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
    }

    /** Whether the text has a key's shape (checked before any database look-up). */
    public static boolean wellFormed(String key) {
        return key.startsWith(MARK) && key.length() == MARK.length() + 43
                && key.substring(MARK.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
