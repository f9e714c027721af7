package org.waymark.security.service;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.UserScope;

/**
 * The portal itself as the actor of scheduled work (reminders): a signed-in identity with no
 * role and no scope, so the audit trail and notices name it and no data reach comes with it.
 */
@Component
public class SystemUser {

    public static final String NAME = "waymark";

    /** Runs the task as the system user, restoring whatever context was there before. */
    public void run(Runnable task) {
        UserScope scope = new UserScope(0, NAME, "Waymark", Set.of(), null, null, null, Set.of(), Locale.ENGLISH);
        as(new WaymarkUserDetails(scope), () -> {
            task.run();
            return null;
        });
    }

    /**
     * Runs a step as a given user, as a completed sign-in would (the demo data is made this way,
     * through the same services as real use), restoring whatever context was there before.
     */
    public <T> T as(WaymarkUserDetails principal, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
