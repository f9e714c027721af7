package org.waymark.api.service;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * An API client as the signed-in identity of one request (DD018). It carries a {@link UserScope}
 * like a person's, so every service checks it with the same access policy as the screens: a client
 * of the whole authority acts with the reach of the authority's education support officer (read
 * every pupil of the authority, add pupils at any of its schools, as the import does); a client of
 * one school with that of the school's SENCO (its pupils, and those who left within the read-only
 * history period). Its name is the audit trail's actor, {@code api:<id>:<name>}.
 */
public final class ApiClientPrincipal extends WaymarkUserDetails {

    /** The authority every API identity carries besides its role, for the API's own services. */
    public static final String AUTHORITY = "ROLE_API_CLIENT";

    private final long clientId;
    private final int requestsPerMinute;

    ApiClientPrincipal(long clientId, String actor, String clientName, long localAuthorityId, @Nullable Long familyId,
                       @Nullable Long schoolId, int requestsPerMinute) {
        super(new UserScope(0, actor, clientName,
                Set.of(schoolId == null ? Role.EDUCATION_SUPPORT_OFFICER : Role.SCHOOL_SENCO),
                localAuthorityId, familyId, schoolId, Set.of(), Locale.ENGLISH));
        this.clientId = clientId;
        this.requestsPerMinute = requestsPerMinute;
    }

    public long clientId() {
        return clientId;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }
}
