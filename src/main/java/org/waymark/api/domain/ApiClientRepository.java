package org.waymark.api.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ApiClientRepository extends ListCrudRepository<ApiClient, Long> {

    Optional<ApiClient> findByKeyHash(String keyHash);

    List<ApiClient> findByLocalAuthorityIdOrderByName(long localAuthorityId);

    boolean existsByLocalAuthorityIdAndName(long localAuthorityId, String name);
}
