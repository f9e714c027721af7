package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.api.domain.ApiClient;
import org.waymark.api.domain.ApiClientRepository;
import org.waymark.api.domain.ApiKeys;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.organisation.domain.SchoolFamily;

/**
 * The API clients' table (V56, DD018), run unchanged on H2 in MySQL mode and on a real
 * MySQL-compatible server: a client found by its key's hash and not by the key itself, a rotated
 * key replacing the old one, names unique within an authority, optimistic locking.
 */
abstract class ApiClientRepositoryContract {

    // whole seconds: MariaDB's driver here keeps whole seconds (see AlnRepositoryContract)
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired ApiClientRepository clients;

    long laId;
    long schoolId;

    @BeforeEach
    void organisation() {
        laId = authorities.save(LocalAuthority.create("A" + System.nanoTime() % 100000, "Testmoor County Council",
                null, Nation.ENGLAND, Set.of(Scheme.DESCRIPTOR_TOP_UP))).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Vale")).id();
        schoolId = schools.save(School.create(laId, familyId, "7002", "Vale Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
    }

    @Test
    void a_client_is_found_by_its_keys_hash_and_a_new_key_replaces_the_old() {
        String key = ApiKeys.generate();
        ApiClient saved = clients.save(ApiClient.register(laId, schoolId, "School MIS", 90, key, "admin", NOW));
        ApiClient found = clients.findByKeyHash(ApiKeys.hash(key)).orElseThrow();
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getSchoolId()).isEqualTo(schoolId);
        assertThat(found.getLocalAuthorityId()).isEqualTo(laId);
        assertThat(found.getRequestsPerMinute()).isEqualTo(90);
        assertThat(found.isEnabled()).isFalse();
        assertThat(found.getKeyPrefix()).isEqualTo(key.substring(0, ApiKeys.PREFIX_LENGTH));
        assertThat(found.getKeyIssuedAt()).isEqualTo(NOW);
        assertThat(clients.findByKeyHash(key)).isEmpty();

        String newKey = ApiKeys.generate();
        found.rotateKey(newKey, NOW.plusSeconds(60));
        found.setEnabled(true);
        clients.save(found);
        assertThat(clients.findByKeyHash(ApiKeys.hash(key))).isEmpty();
        ApiClient rotated = clients.findByKeyHash(ApiKeys.hash(newKey)).orElseThrow();
        assertThat(rotated.isEnabled()).isTrue();
        assertThat(rotated.getKeyIssuedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(clients.findByLocalAuthorityIdOrderByName(laId)).extracting(ApiClient::getName)
                .containsExactly("School MIS");
        assertThat(clients.existsByLocalAuthorityIdAndName(laId, "School MIS")).isTrue();
        assertThat(clients.existsByLocalAuthorityIdAndName(laId, "Other")).isFalse();
    }

    @Test
    void names_are_unique_within_an_authority_and_a_stale_copy_is_refused() {
        ApiClient first = clients.save(ApiClient.register(laId, null, "Case system", 120, ApiKeys.generate(), "admin",
                NOW));
        assertThatThrownBy(() -> clients.save(ApiClient.register(laId, null, "Case system", 120, ApiKeys.generate(),
                "admin", NOW))).isInstanceOf(DataIntegrityViolationException.class);

        ApiClient copy = clients.findById(first.getId()).orElseThrow();
        first.setEnabled(true);
        clients.save(first);
        copy.setEnabled(false);
        assertThatThrownBy(() -> clients.save(copy)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
