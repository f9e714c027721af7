package org.waymark.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.SessionAccounts.SessionAccount;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SignInDetails;
import org.waymark.security.service.SignInSession;
import org.waymark.security.service.TwoStepPending;
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
 * The refreshed authentication replaces the one in the session's security context (Vaadin reads
 * that context inside its requests); who signed in and when is kept in {@link SignInSession}.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String TWO_STEP_PATH = "/two-step";
    /** Paths a half signed-in browser may still load (the two-step page itself, Vaadin's own resources). */
    private static final List<String> OPEN_PREFIXES = List.of(TWO_STEP_PATH, "/login", "/logout", "/VAADIN/",
            "/assets/", "/themes/", "/HEARTBEAT", "/favicon", "/sw.js", "/offline", "/manifest", "/icons/", "/error");

    private final AccountService accounts;
    private final Clock clock;
    private final Duration lifetime;

    SessionGuard(AccountService accounts, Clock clock, Duration lifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The authentications this filter builds (so a fresh sign-in's token can be told from them). */
    static final class Guarded extends UsernamePasswordAuthenticationToken {
        Guarded(Object principal, java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities,
                @org.jspecify.annotations.Nullable Object details) {
            super(principal, null, authorities);
            setDetails(details);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        // Vaadin's holder strategy reads the context kept in the session inside its requests: the
        // refreshed authentication is put into that very context, so Vaadin and the services see it
        SecurityContext stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext c ? c : null;
        Authentication authentication = stored != null ? stored.getAuthentication()
                : SecurityContextHolder.getContext().getAuthentication();
        long userId;
        if (authentication != null && authentication.getPrincipal() instanceof WaymarkUserDetails principal) {
            userId = principal.scope().userId();
        } else if (authentication != null && authentication.getPrincipal() instanceof TwoStepPending pending) {
            userId = pending.userId();
        } else {
            chain.doFilter(request, response);
            return;
        }
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        SignInSession signIn = SignInSession.of(session);
        // a token this filter did not build, carrying sign-in details, comes from a sign-in just made
        boolean fresh = !(authentication instanceof Guarded) && authentication.getDetails() != null;
        if (signIn == null || signIn.userId() != userId || fresh) {
            boolean passed = authentication.getDetails() instanceof SignInDetails d && d.twoStepPassed()
                    || !(authentication instanceof UsernamePasswordAuthenticationToken);
            signIn = new SignInSession(userId, now, passed);
            signIn.store(session);
        }
        // one statement by primary key: the account, its roles and children, whether it has an authenticator
        Optional<SessionAccount> user = accounts.sessionUser(userId);
        if (signIn.signedInAt().plus(lifetime).isBefore(now) || user.isEmpty() || !user.get().user().isEnabled()
                || !user.get().user().sessionValid(signIn.signedInAt())) {
            endSession(session);
            chain.doFilter(request, response);
            return;
        }
        AppUser account = user.get().user();
        Authentication replacement;
        boolean pendingNow = !signIn.twoStepDone() && (account.requiresTwoStep() || user.get().enrolled());
        if (pendingNow) {
            replacement = new Guarded(new TwoStepPending(userId, account.getUsername(), false),
                    Set.of(new SimpleGrantedAuthority(TwoStepPending.AUTHORITY)), authentication.getDetails());
        } else {
            WaymarkUserDetails fresh2 = new WaymarkUserDetails(account, true);
            replacement = new Guarded(fresh2, fresh2.getAuthorities(), authentication.getDetails());
        }
        if (stored != null) {
            stored.setAuthentication(replacement);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replacement);
        SecurityContextHolder.setContext(context);
        if (pendingNow && isPageLoad(request)) {
            response.sendRedirect(request.getContextPath() + TWO_STEP_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpSession session) {
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
}
