package org.waymark.asn.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface AsnSettingsRepository extends ListCrudRepository<AsnSettings, Long> {

    Optional<AsnSettings> findByLocalAuthorityId(long localAuthorityId);
}
