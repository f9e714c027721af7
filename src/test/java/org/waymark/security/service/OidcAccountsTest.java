package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

/** DD012: a user of the authority's identity provider becomes the Waymark account with the same verified e-mail. */
class OidcAccountsTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final OidcAccounts oidc = new OidcAccounts(request -> { throw new AssertionError("not called"); },
            users, mock(AuditLog.class));

    private static OidcUser fromProvider(String email, Boolean verified) {
        OidcUser user = mock(OidcUser.class);
        when(user.getEmail()).thenReturn(email);
        when(user.getEmailVerified()).thenReturn(verified);
        when(user.getSubject()).thenReturn("sub-1");
        when(user.getIdToken()).thenReturn(new OidcIdToken("token", Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
                Map.of("sub", "sub-1", "email", email)));
        return user;
    }

    private static AppUser account(String username, long laId) {
        AppUser user = AppUser.create(username, "{noop}x", "Casey Worker", Set.of(Role.CASEWORKER), laId, null, null);
        return user;
    }

    @Test
    void maps_a_verified_email_to_the_one_enabled_account() {
        when(users.findByEmailIgnoreCase("casey@authority.example")).thenReturn(List.of(account("caseworker", 7L)));
        WaymarkOidcUser mapped = oidc.map(fromProvider("Casey@Authority.example", true));
        assertThat(mapped.getUsername()).isEqualTo("caseworker");
        assertThat(mapped.getName()).isEqualTo("caseworker");
        assertThat(mapped.scope().localAuthorityId()).isEqualTo(7L);
        assertThat(mapped.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASEWORKER");
        assertThat(mapped.getIdToken().getSubject()).isEqualTo("sub-1");
    }

    @Test
    void refuses_an_unverified_unknown_or_ambiguous_address() {
        when(users.findByEmailIgnoreCase("two@authority.example"))
                .thenReturn(List.of(account("a", 1L), account("b", 1L)));
        assertThatThrownBy(() -> oidc.map(fromProvider("casey@authority.example", false)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> oidc.map(fromProvider("nobody@authority.example", true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> oidc.map(fromProvider("two@authority.example", true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
