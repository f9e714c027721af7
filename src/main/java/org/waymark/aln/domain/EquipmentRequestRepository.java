package org.waymark.aln.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface EquipmentRequestRepository extends ListCrudRepository<EquipmentRequest, Long> {

    /** An authority's requests in some states, oldest first. */
    List<EquipmentRequest> findByLocalAuthorityIdAndStatusInOrderByRequestedAtAscIdAsc(long localAuthorityId,
                                                                                      Collection<EquipmentStatus> statuses);

    /** A pupil's requests, newest first. */
    List<EquipmentRequest> findByPupilIdOrderByRequestedAtDescIdDesc(long pupilId);
}
