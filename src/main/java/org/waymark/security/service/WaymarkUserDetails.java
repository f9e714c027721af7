package org.waymark.security.service;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;

/** Spring Security's view of a user, carrying the {@link UserScope} the access policy needs. */
public class WaymarkUserDetails extends User {

    private final UserScope scope;

    public WaymarkUserDetails(AppUser user, boolean accountNonLocked) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, accountNonLocked,
                authorities(user.roleSet()));
        this.scope = UserScope.of(user);
    }

    /** For tests and for refreshing the session after a preference change. */
    public WaymarkUserDetails(UserScope scope) {
        super(scope.username(), "", true, true, true, true, authorities(scope.roles()));
        this.scope = scope;
    }

    public UserScope scope() {
        return scope;
    }

    static Collection<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .collect(Collectors.toSet());
    }
}
