package org.waymark.ras.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RasCaseRepository extends ListCrudRepository<RasCase, Long> {

    List<RasCase> findByLocalAuthorityIdOrderByOpenedAtDesc(long localAuthorityId);

    List<RasCase> findByLocalAuthorityIdAndStatusIn(long localAuthorityId, Collection<RasCaseStatus> statuses);

    List<RasCase> findByPupilIdOrderByOpenedAtDesc(long pupilId);
}
