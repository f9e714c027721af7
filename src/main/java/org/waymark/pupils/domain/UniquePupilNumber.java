package org.waymark.pupils.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The Unique Pupil Number of England and Wales: 13 characters, a check letter followed by
 * eleven digits and a final digit (or, for a temporary UPN, a letter). The check letter is the
 * weighted sum of characters 2–13 (weights 2–13) modulo 23, mapped onto the 23 letters that
 * exclude I, O and S; a letter in position 13 counts as its position in that alphabet.
 */
public final class UniquePupilNumber {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    /** Upper-cases and strips spaces, so "a 123..." and "A123..." are the same number. */
    public static String normalise(String raw) {
        return raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** An i18n key naming what is wrong with the UPN, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String upn = normalise(raw);
        if (upn.length() != 13) {
            return Optional.of("pupil.upn.length");
        }
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(upn.charAt(i))) {
                return Optional.of("pupil.upn.format");
            }
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && LETTERS.indexOf(last) < 0) {
            return Optional.of("pupil.upn.format");
        }
        if (LETTERS.indexOf(upn.charAt(0)) < 0) {
            return Optional.of("pupil.upn.format");
        }
        if (checkLetter(upn.substring(1)) != upn.charAt(0)) {
            return Optional.of("pupil.upn.checkLetter");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The check letter for the last twelve characters of a UPN. */
    public static char checkLetter(String lastTwelve) {
        if (lastTwelve.length() != 12) {
            throw new IllegalArgumentException("Need the 12 characters after the check letter");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a UPN character: " + c);
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
