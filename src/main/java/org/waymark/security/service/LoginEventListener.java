package org.waymark.security.service;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits every sign-in attempt and feeds failures into the account lock. */
@Component
class LoginEventListener {

    private final AccountService accounts;

    LoginEventListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            accounts.recordSuccessfulLogin(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
