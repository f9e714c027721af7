package org.waymark.ras.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface RasFrameworkRepository extends ListCrudRepository<RasFramework, Long> {

    List<RasFramework> findByLocalAuthorityIdOrderByVersionNoDesc(long localAuthorityId);

    Optional<RasFramework> findFirstByLocalAuthorityIdAndStatus(long localAuthorityId, OutcomesStatus status);
}
