package org.waymark.panels.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AppealRequestRepository extends ListCrudRepository<AppealRequest, Long> {

    List<AppealRequest> findByLocalAuthorityIdAndStatusOrderByRequestedAt(long localAuthorityId, AppealStatus status);

    List<AppealRequest> findByFamilyIdOrderByRequestedAtDesc(long familyId);

    List<AppealRequest> findBySchoolIdOrderByRequestedAtDesc(long schoolId);

    List<AppealRequest> findByBidIdOrderByRequestedAtDesc(long bidId);
}
