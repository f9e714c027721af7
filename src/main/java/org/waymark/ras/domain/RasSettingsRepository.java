package org.waymark.ras.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface RasSettingsRepository extends ListCrudRepository<RasSettings, Long> {

    Optional<RasSettings> findByLocalAuthorityId(long localAuthorityId);
}
