package org.waymark.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The common (leaked) passwords shipped with the app, {@code security/common-passwords.txt}: the
 * 30,000 most frequent passwords of zxcvbn's list (DD012). A password is common when, in lower
 * case, it is on the list, or is a listed password padded with digits and symbols at either end
 * ("password1234!"), or is one short piece repeated ("abcabcabcabc") — the shapes a length rule
 * alone lets through.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "/security/common-passwords.txt";
    /** Listed words shorter than this are not looked for inside padding ("a1" would match too much). */
    private static final int SHORTEST_PADDED_WORD = 4;

    private final Set<String> passwords;

    CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list shipped in the application's resources. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Set<String> list = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        list.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new CommonPasswords(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return passwords.size();
    }

    public boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (passwords.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        if (core.length() >= SHORTEST_PADDED_WORD && passwords.contains(core)) {
            return true;
        }
        return repeated(lower);
    }

    /** One piece of up to a third of the length, repeated to make up the whole ("123412341234"). */
    private static boolean repeated(String s) {
        for (int piece = 1; piece <= s.length() / 3; piece++) {
            if (s.length() % piece == 0 && s.substring(0, piece).repeat(s.length() / piece).equals(s)) {
                return true;
            }
        }
        return false;
    }
}
