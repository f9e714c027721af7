package org.waymark.aln.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AlnDecisionRepository extends ListCrudRepository<AlnDecision, Long> {

    List<AlnDecision> findByPupilIdOrderByRecordedAtDescIdDesc(long pupilId);

    List<AlnDecision> findBySchoolIdAndStatusOrderByConcernOnAscIdAsc(long schoolId, DecisionStatus status);

    List<AlnDecision> findByLocalAuthorityIdAndDeciderAndStatusOrderByConcernOnAscIdAsc(long localAuthorityId,
                                                                                         Decider decider,
                                                                                         DecisionStatus status);
}
