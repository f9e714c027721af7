package org.waymark.api.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.api.domain.ApiClient;
import org.waymark.api.domain.ApiClientRepository;
import org.waymark.api.domain.ApiKeys;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * An authority administrator's API clients (DD018): registering one (its scope — the whole
 * authority or one of its schools — and its calls a minute), turning it on or off and giving it a
 * new key. A key is shown once, when made, and only its hash kept. Only clients of the
 * administrator's own authority; every change audited, a refusal too.
 */
@Service
public class ApiClientService {

    static final String SUBJECT = "API_CLIENT";

    private final ApiClientRepository clients;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiClientService(ApiClientRepository clients, OrganisationService organisation, CurrentUser currentUser,
                     AuditLog auditLog, Clock clock) {
        this.clients = clients;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One client as the administrator's list shows it; {@code schoolName} null for the whole authority. */
    public record ClientRow(long id, String name, @Nullable Long schoolId, @Nullable String schoolName,
                            boolean enabled, int requestsPerMinute, String keyPrefix, Instant keyIssuedAt) {
    }

    /** A client and its key, shown once. */
    public record IssuedKey(long clientId, String key) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public List<ClientRow> clients() {
        Long laId = currentUser.require().localAuthorityId();
        if (laId == null) {
            return List.of();
        }
        List<ApiClient> list = clients.findByLocalAuthorityIdOrderByName(laId);
        Map<Long, String> schoolNames = organisation.schoolNames(
                list.stream().map(ApiClient::getSchoolId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(c -> new ClientRow(Objects.requireNonNull(c.getId()), c.getName(), c.getSchoolId(),
                        c.getSchoolId() == null ? null : schoolNames.get(c.getSchoolId()), c.isEnabled(),
                        c.getRequestsPerMinute(), c.getKeyPrefix(), c.getKeyIssuedAt()))
                .sorted(Comparator.comparing(ClientRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The schools a client may be scoped to: those of the administrator's authority. */
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public List<School> schools() {
        return organisation.schoolsOfOwnAuthority();
    }

    /**
     * Registers a client of the administrator's authority, off until turned on, and makes its key.
     *
     * @param schoolId the one school it reaches, or null for the whole authority
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public IssuedKey register(String name, @Nullable Long schoolId, int requestsPerMinute) {
        String key = ApiKeys.generate();
        return new IssuedKey(save(name, schoolId, requestsPerMinute, key, false), key);
    }

    /**
     * Demo data only (README): registers a client with a key published in the README, so a
     * newcomer can call the API at once. Like every registration, only in the administrator's
     * own authority and audited.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public long registerForDemo(String name, @Nullable Long schoolId, int requestsPerMinute, String key,
                                boolean enabled) {
        if (!ApiKeys.wellFormed(key)) {
            throw new IllegalArgumentException("not an API key");
        }
        return save(name, schoolId, requestsPerMinute, key, enabled);
    }

    private long save(String name, @Nullable Long schoolId, int requestsPerMinute, String key, boolean enabled) {
        UserScope admin = currentUser.require();
        long laId = ownAuthority(admin, "API_CLIENT_CREATE");
        List<Violation> problems = new ArrayList<>();
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            problems.add(Violation.of("name", "api.client.name.required"));
        } else if (trimmed.length() > ApiClient.MAX_NAME_LENGTH) {
            problems.add(Violation.of("name", "api.client.name.tooLong", ApiClient.MAX_NAME_LENGTH));
        } else if (clients.existsByLocalAuthorityIdAndName(laId, trimmed)) {
            problems.add(Violation.of("name", "api.client.name.taken"));
        }
        if (requestsPerMinute < ApiClient.MIN_RATE || requestsPerMinute > ApiClient.MAX_RATE) {
            problems.add(Violation.of("rate", "api.client.rate.range", ApiClient.MIN_RATE, ApiClient.MAX_RATE));
        }
        if (schoolId != null && !schoolOfAuthority(schoolId, laId)) {
            problems.add(Violation.of("school", "api.client.school.notOwn"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ApiClient client = ApiClient.register(laId, schoolId, trimmed, requestsPerMinute, key, admin.username(),
                clock.instant());
        client.setEnabled(enabled);
        ApiClient saved;
        try {
            saved = clients.save(client);
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(Violation.of("name", "api.client.name.taken")));
        }
        long id = Objects.requireNonNull(saved.getId());
        auditLog.record("API_CLIENT_CREATE", SUBJECT, id, trimmed + (schoolId == null ? ", whole authority"
                : ", school " + schoolId) + ", " + requestsPerMinute + "/min" + (enabled ? ", enabled" : ""));
        return id;
    }

    private boolean schoolOfAuthority(long schoolId, long laId) {
        try {
            return organisation.schoolScope(schoolId).localAuthorityId() == laId;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Turns a client on (its key answers from the next call) or off (its next call gets 401). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public void setEnabled(long clientId, boolean enabled) {
        String action = enabled ? "API_CLIENT_ENABLE" : "API_CLIENT_DISABLE";
        ApiClient client = own(clientId, action);
        client.setEnabled(enabled);
        clients.save(client);
        auditLog.record(action, SUBJECT, clientId, client.getName());
    }

    /** Gives the client a new key, shown once; the old key stops working at once. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public IssuedKey rotateKey(long clientId) {
        ApiClient client = own(clientId, "API_CLIENT_KEY_ROTATE");
        String key = ApiKeys.generate();
        client.rotateKey(key, clock.instant());
        clients.save(client);
        auditLog.record("API_CLIENT_KEY_ROTATE", SUBJECT, clientId, client.getName() + ", key " + client.getKeyPrefix());
        return new IssuedKey(clientId, key);
    }

    /** A client of the administrator's own authority; another's is refused (audited) as if missing. */
    private ApiClient own(long clientId, String action) {
        UserScope admin = currentUser.require();
        ApiClient client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("API client " + clientId));
        if (!Objects.equals(admin.localAuthorityId(), client.getLocalAuthorityId())) {
            auditLog.recordDenied(action, SUBJECT, clientId, null);
            throw new AccessDeniedException("API client " + clientId);
        }
        return client;
    }

    private long ownAuthority(UserScope admin, String action) {
        if (admin.localAuthorityId() == null) {
            auditLog.recordDenied(action, SUBJECT, null, "no authority");
            throw new AccessDeniedException("no authority");
        }
        return admin.localAuthorityId();
    }
}
