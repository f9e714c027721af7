package org.waymark.security.service;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-in request's details: the source address (as Spring Security keeps it) and, when the
 * form sent one with the password, an authenticator code (field {@code code}) — so a client that
 * is no browser (the load test) passes both steps in one request. The code itself is not kept.
 * When the form arrived is kept too: the code is checked against that moment, not against the
 * moment its turn came after the password check, which can queue during a rush of sign-ins.
 */
public class SignInDetails extends WebAuthenticationDetails {

    public static final String CODE_PARAMETER = "code";

    private final transient @Nullable String code;
    private final Instant received;
    private volatile boolean twoStepPassed;

    public SignInDetails(HttpServletRequest request) {
        super(request);
        // wall-clock time, as an authenticator's codes are (TwoStepService): not the portal's injected Clock
        this.received = Instant.now();
        String given = request.getParameter(CODE_PARAMETER);
        this.code = given == null || given.isBlank() ? null : given;
    }

    public @Nullable String code() {
        return code;
    }

    /** When the sign-in form arrived (before its password check waited for its turn). */
    public Instant received() {
        return received;
    }

    public boolean twoStepPassed() {
        return twoStepPassed;
    }

    void passTwoStep() {
        this.twoStepPassed = true;
    }
}
