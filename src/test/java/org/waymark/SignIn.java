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

    /**
     * Signs in a user made for a test (one role, placed by its scope) in the security context and,
     * for Karibu's routes, in the mocked Vaadin request, so a view's role checks see the same role.
     */
    public static org.waymark.security.domain.UserScope inMockedUi(org.waymark.security.domain.UserScope scope,
                                                                    org.waymark.security.domain.Role role) {
        WaymarkUserDetails details = new WaymarkUserDetails(scope);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest
                .getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, r) -> r.equals(role.name()));
        return scope;
    }
}
