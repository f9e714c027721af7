package org.waymark.organisation.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Views by the schemes the user's authority runs: a view marked {@link ForSchemes} is left out of
 * the menu ({@link #opens}) and refused on navigation (audited) for a user whose authority runs
 * none of its schemes — a Scottish council's users do not get England's top-up bids, moderation
 * and HLN panels, and an English county's users never get Scotland's assistant hours. A user
 * without an authority (a parent) is not gated here: their reach is their own children, which the
 * services check record by record.
 */
@Component
public class SchemeGate implements VaadinServiceInitListener {

    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    SchemeGate(OrganisationService organisation, CurrentUser currentUser, AuditLog auditLog) {
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != null && !opens(target)) {
            String path = event.getLocation().getPath();
            auditLog.recordDenied("OPEN_VIEW", "ROUTE", path, "not a scheme of the user's authority");
            event.rerouteToError(new AccessDeniedException("view " + path), "scheme");
        }
    }

    /** Whether the signed-in user's authority runs one of the view's schemes (or the view has none). */
    public boolean opens(Class<?> view) {
        return view.getAnnotation(ForSchemes.class) == null || opener().test(view);
    }

    /**
     * {@link #opens} for many views with the authority's schemes read once: the menu asks it for
     * each of its entries.
     */
    public Predicate<Class<?>> opener() {
        Optional<UserScope> user = currentUser.find();
        Long authority = user.map(UserScope::localAuthorityId).orElse(null);
        if (authority == null) {
            return view -> true;
        }
        Set<Scheme> runs = organisation.schemes(authority);
        return view -> {
            ForSchemes gate = view.getAnnotation(ForSchemes.class);
            return gate == null || Arrays.stream(gate.value()).anyMatch(runs::contains);
        };
    }
}
