package org.waymark.security.domain;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the access policy needs to know about the signed-in user. Built once at sign-in and
 * kept with the authentication, so services need no database round trip to check scope.
 */
public record UserScope(long userId, String username, String displayName, Set<Role> roles,
                        @Nullable Long localAuthorityId, @Nullable Long familyId, @Nullable Long schoolId,
                        Set<Long> childIds, Locale locale) {

    public UserScope {
        roles = Set.copyOf(roles);
        childIds = Set.copyOf(childIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public static UserScope of(AppUser user) {
        return new UserScope(user.getId() == null ? 0 : user.getId(), user.getUsername(), user.getDisplayName(),
                user.roleSet(), user.getLocalAuthorityId(), user.getFamilyId(), user.getSchoolId(),
                user.childIds(), Locale.forLanguageTag(user.getLocale()));
    }
}
