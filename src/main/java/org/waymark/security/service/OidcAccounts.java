package org.waymark.security.service;

import java.util.List;
import java.util.Locale;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;

/**
 * Sign-in through an authority's identity provider (OpenID Connect, DD012): the provider's user
 * is matched to exactly one enabled Waymark account by e-mail address, which the provider must
 * have verified. No account is created: an administrator gives the person a Waymark account with
 * that address first. Only used when a client registration is configured (SecurityConfig).
 */
@org.springframework.stereotype.Service
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final AppUserRepository users;
    private final AuditLog auditLog;

    @org.springframework.beans.factory.annotation.Autowired
    public OidcAccounts(AppUserRepository users, AuditLog auditLog) {
        this(new OidcUserService(), users, auditLog);
    }

    OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> provider, AppUserRepository users, AuditLog auditLog) {
        this.provider = provider;
        this.users = users;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return map(provider.loadUser(request));
    }

    /** The Waymark account of the provider's user, or a refusal (audited) when there is none or more than one. */
    @Transactional
    public WaymarkOidcUser map(OidcUser fromProvider) {
        String email = fromProvider.getEmail();
        if (email == null || email.isBlank() || Boolean.FALSE.equals(fromProvider.getEmailVerified())) {
            return refuse(fromProvider, "no verified e-mail address");
        }
        List<AppUser> matching = users.findByEmailIgnoreCase(email.strip().toLowerCase(Locale.ROOT)).stream()
                .filter(AppUser::isEnabled).toList();
        if (matching.size() != 1) {
            return refuse(fromProvider, matching.isEmpty() ? "no enabled account with this e-mail address"
                    : "more than one account with this e-mail address");
        }
        return new WaymarkOidcUser(matching.getFirst(), fromProvider);
    }

    private WaymarkOidcUser refuse(OidcUser fromProvider, String reason) {
        auditLog.recordAs(String.valueOf(fromProvider.getSubject()), "identity provider", "LOGIN_OIDC", "USER", null,
                AuditLog.Outcome.DENIED, reason);
        throw new OAuth2AuthenticationException(new OAuth2Error("waymark_account", reason, null));
    }
}
