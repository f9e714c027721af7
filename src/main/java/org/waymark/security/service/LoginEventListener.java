package org.waymark.security.service;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits every sign-in attempt and feeds failures into the account lock. The same account may sign
 * in from several browsers at once (a parent's phone and laptop; the load test's many users): the
 * account's counters are versioned, so a sign-in that meets another one's update retries on fresh
 * data — each attempt its own transaction — instead of failing the sign-in or losing a failure. A
 * sign-in turned away unchecked ({@link SignInBusyException}) is not an attempt and counts nowhere.
 */
@Component
class LoginEventListener {

    private final AccountService accounts;
    private final SignInThrottle throttle;

    LoginEventListener(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @EventListener
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 8, delay = 5, jitter = 5,
            multiplier = 2, maxDelay = 200)
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            accounts.recordSuccessfulLogin(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
        }
    }

    @EventListener
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 8, delay = 5, jitter = 5,
            multiplier = 2, maxDelay = 200)
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInBusyException) {
            return; // turned away unchecked: no attempt to count against the account or the address
        }
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            throttle.recordFailure(remoteAddress(event.getAuthentication()));
        }
        accounts.recordFailedLogin(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
