package org.waymark.api.service;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.api.domain.ApiClient;
import org.waymark.api.domain.ApiClientRepository;
import org.waymark.api.domain.ApiKeys;
import org.waymark.organisation.service.OrganisationService;

/**
 * Finds the client a request's key belongs to (DD018), by the key's hash. Runs before anyone is
 * signed in (it is how the client signs in), so it carries no method security; it answers only
 * for a key of the right shape whose hash a client holds, and says whether that client is on.
 */
@Component
public class ApiKeyAuthenticator {

    private final ApiClientRepository clients;
    private final OrganisationService organisation;

    ApiKeyAuthenticator(ApiClientRepository clients, OrganisationService organisation) {
        this.clients = clients;
        this.organisation = organisation;
    }

    /** The client holding this key, if any, as the identity of a request, and whether it is enabled. */
    public record Caller(ApiClientPrincipal principal, boolean enabled) {
    }

    @Transactional(readOnly = true)
    public Optional<Caller> authenticate(String key) {
        if (!ApiKeys.wellFormed(key)) {
            return Optional.empty();
        }
        return clients.findByKeyHash(ApiKeys.hash(key)).map(this::caller);
    }

    private Caller caller(ApiClient client) {
        Long familyId = client.getSchoolId() == null ? null
                : organisation.schoolScope(client.getSchoolId()).familyId();
        return new Caller(new ApiClientPrincipal(Objects.requireNonNull(client.getId()), client.actorName(),
                client.getName(), client.getLocalAuthorityId(), familyId, client.getSchoolId(),
                client.getRequestsPerMinute()), client.isEnabled());
    }
}
