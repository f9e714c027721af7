package org.waymark.panels.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface InterimDecisionRepository extends ListCrudRepository<InterimDecision, Long> {

    List<InterimDecision> findByLocalAuthorityIdAndListedMeetingIdIsNullOrderByDecidedOn(long localAuthorityId);

    List<InterimDecision> findByLocalAuthorityIdOrderByDecidedOnDesc(long localAuthorityId);
}
