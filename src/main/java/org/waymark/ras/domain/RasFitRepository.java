package org.waymark.ras.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface RasFitRepository extends ListCrudRepository<RasFit, Long> {

    Optional<RasFit> findFirstByLocalAuthorityIdAndAdoptedTrue(long localAuthorityId);

    List<RasFit> findByLocalAuthorityIdOrderByFittedAtDesc(long localAuthorityId);
}
