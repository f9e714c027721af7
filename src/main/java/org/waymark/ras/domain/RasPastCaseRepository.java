package org.waymark.ras.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RasPastCaseRepository extends ListCrudRepository<RasPastCase, Long> {

    List<RasPastCase> findByLocalAuthorityId(long localAuthorityId);

    long countByLocalAuthorityId(long localAuthorityId);
}
