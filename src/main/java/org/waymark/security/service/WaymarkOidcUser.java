package org.waymark.security.service;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.waymark.security.domain.AppUser;

/** A Waymark account signed in through the authority's identity provider: its scope plus the provider's token. */
public class WaymarkOidcUser extends WaymarkUserDetails implements OidcUser {

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    WaymarkOidcUser(AppUser user, OidcUser fromProvider) {
        super(user, true);
        this.idToken = fromProvider.getIdToken();
        this.userInfo = fromProvider.getUserInfo();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
