package org.waymark;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.WaymarkUserDetails;

/** Puts a demo user into the security context, as a completed sign-in would. */
public final class SignIn {

    private SignIn() {
    }

    public static WaymarkUserDetails as(AccountService accounts, String username) {
        WaymarkUserDetails user = (WaymarkUserDetails) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
