package org.waymark.security.service;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-in request's details: the source address (as Spring Security keeps it) and, when the
 * form sent one with the password, an authenticator code (field {@code code}) — so a client that
 * is no browser (the load test) passes both steps in one request. The code itself is not kept.
 */
public class SignInDetails extends WebAuthenticationDetails {

    public static final String CODE_PARAMETER = "code";

    private final transient @Nullable String code;
    private volatile boolean twoStepPassed;

    public SignInDetails(HttpServletRequest request) {
        super(request);
        String given = request.getParameter(CODE_PARAMETER);
        this.code = given == null || given.isBlank() ? null : given;
    }

    public @Nullable String code() {
        return code;
    }

    public boolean twoStepPassed() {
        return twoStepPassed;
    }

    void passTwoStep() {
        this.twoStepPassed = true;
    }
}
