package org.waymark.security.service;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.UserScope;

/** The signed-in user's scope, taken from the security context of the current request. */
@Component
public class CurrentUser {

    public Optional<UserScope> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WaymarkUserDetails details) {
            return Optional.of(details.scope());
        }
        return Optional.empty();
    }

    public UserScope require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
