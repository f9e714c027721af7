package org.waymark.asn.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AsnRequestRepository extends ListCrudRepository<AsnRequest, Long> {

    List<AsnRequest> findBySchoolIdOrderByUpdatedAtDesc(long schoolId);

    List<AsnRequest> findBySchoolIdAndStatusInOrderByUpdatedAtDesc(long schoolId,
                                                                  Collection<AsnRequestStatus> statuses);

    List<AsnRequest> findByLocalAuthorityIdAndStatusIn(long localAuthorityId, Collection<AsnRequestStatus> statuses);

    List<AsnRequest> findByPupilIdOrderByUpdatedAtDesc(long pupilId);

    boolean existsByPupilIdAndStatusIn(long pupilId, Collection<AsnRequestStatus> statuses);
}
