package org.waymark.security.service;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in turned away unchecked because the node is checking as many as it takes at once
 * ({@link SignInAdmission}). Not a failed sign-in: no account was read and no password compared, so
 * it counts against neither the account's lock nor the address's throttle, and the sign-in page
 * asks the person to try again in a moment instead of saying the details were wrong.
 */
public final class SignInBusyException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public SignInBusyException() {
        super("Too many sign-ins in progress; not checked");
    }
}
