package org.waymark.asn.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AsnMoveRepository extends ListCrudRepository<AsnMove, Long> {

    List<AsnMove> findByLocalAuthorityIdOrderByRecordedOnDescIdDesc(long localAuthorityId);
}
