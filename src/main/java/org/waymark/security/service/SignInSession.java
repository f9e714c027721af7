package org.waymark.security.service;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpSession;

/**
 * What the HTTP session remembers about its sign-in (DD012): whose it is, when it began (for the
 * absolute lifetime and for "end sessions") and whether the second step was passed.
 */
public record SignInSession(long userId, Instant signedInAt, boolean twoStepDone) implements Serializable {

    static final String ATTRIBUTE = SignInSession.class.getName();

    public static @Nullable SignInSession of(@Nullable HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignInSession s ? s : null;
    }

    public void store(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public SignInSession withTwoStepDone() {
        return new SignInSession(userId, signedInAt, true);
    }
}
