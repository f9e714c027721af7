package org.waymark.security.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password meets (OWASP ASVS 5.0 §6.2): at least 12 characters, at most 128
 * (any characters, spaces too, no composition rules), not a common or leaked password and not the
 * user's own login name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused; each has a message key {@code password.problem.<name>}. */
    public enum Problem { TOO_SHORT, TOO_LONG, COMMON, CONTAINS_USERNAME }

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    public Optional<Problem> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        if (common.isCommon(password)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }
}
