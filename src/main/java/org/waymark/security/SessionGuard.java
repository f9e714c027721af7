package org.waymark.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.security.domain.AppUser;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SignInDetails;
import org.waymark.security.service.SignInSession;
import org.waymark.security.service.TwoStepPending;
import org.waymark.security.service.TwoStepService;
import org.waymark.security.service.WaymarkUserDetails;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Runs on every signed-in request (DD012):
 * <ul>
 * <li>ends the session when its absolute lifetime (default 10 h from sign-in) is over, whatever
 * the activity;</li>
 * <li>reads the account afresh, so a disabled account, an unlinked child, a SENCO moved to another
 * school or a changed role takes effect on this very request; a session signed in before an
 * administrator ended the account's sessions (or before a password change) ends;</li>
 * <li>until the second step is passed for an account that needs it, the request runs as a
 * {@link TwoStepPending} without roles, and a page load is sent to the two-step page.</li>
 * </ul>
 * The refreshed authentication is for this request only; the session keeps the one of the sign-in.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String TWO_STEP_PATH = "/two-step";
    /** Paths a half signed-in browser may still load (the two-step page itself, Vaadin's own resources). */
    private static final List<String> OPEN_PREFIXES = List.of(TWO_STEP_PATH, "/login", "/logout", "/VAADIN/",
            "/assets/", "/themes/", "/HEARTBEAT", "/favicon", "/sw.js", "/offline", "/manifest", "/icons/", "/error");

    private final AccountService accounts;
    private final TwoStepService twoStep;
    private final Clock clock;
    private final Duration lifetime;

    SessionGuard(AccountService accounts, TwoStepService twoStep, Clock clock, Duration lifetime) {
        this.accounts = accounts;
        this.twoStep = twoStep;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof WaymarkUserDetails principal)) {
            chain.doFilter(request, response);
            return;
        }
        long userId = principal.scope().userId();
        Instant now = clock.instant();
        SignInSession signIn = SignInSession.of(session);
        if (signIn == null || signIn.userId() != userId) {
            boolean passed = authentication.getDetails() instanceof SignInDetails d && d.twoStepPassed()
                    || !(authentication instanceof UsernamePasswordAuthenticationToken);
            signIn = new SignInSession(userId, now, passed);
            signIn.store(session);
        }
        Optional<AppUser> user = accounts.sessionUser(userId);
        if (signIn.signedInAt().plus(lifetime).isBefore(now) || user.isEmpty() || !user.get().isEnabled()
                || !user.get().sessionValid(signIn.signedInAt())) {
            endSession(request, session);
            chain.doFilter(request, response);
            return;
        }
        AppUser account = user.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (!signIn.twoStepDone() && twoStep.neededFor(account)) {
            TwoStepPending pending = new TwoStepPending(userId, account.getUsername(), false);
            UsernamePasswordAuthenticationToken half = UsernamePasswordAuthenticationToken.authenticated(pending, null,
                    Set.of(new SimpleGrantedAuthority(TwoStepPending.AUTHORITY)));
            half.setDetails(authentication.getDetails());
            context.setAuthentication(half);
            SecurityContextHolder.setContext(context);
            if (isPageLoad(request)) {
                response.sendRedirect(request.getContextPath() + TWO_STEP_PATH);
                return;
            }
        } else {
            WaymarkUserDetails fresh = new WaymarkUserDetails(account, true);
            UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities());
            refreshed.setDetails(authentication.getDetails());
            context.setAuthentication(refreshed);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request, HttpSession session) {
        SecurityContextHolder.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // another request of the same browser ended it first
        }
    }

    /** A browser loading a page (not Vaadin's own requests, not the pages open before the second step). */
    static boolean isPageLoad(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PREFIXES.stream().noneMatch(path::startsWith);
    }

    static @Nullable String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
