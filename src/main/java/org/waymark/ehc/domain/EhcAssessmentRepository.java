package org.waymark.ehc.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface EhcAssessmentRepository extends ListCrudRepository<EhcAssessment, Long> {

    List<EhcAssessment> findByPupilIdOrderByReceivedOnDescIdDesc(long pupilId);

    /** A school's assessments in some states, the latest request first. */
    List<EhcAssessment> findBySchoolIdAndStatusInOrderByReceivedOnDescIdDesc(long schoolId,
                                                                            Collection<AssessmentStatus> statuses);

    /** The assessment that drafted a plan. */
    Optional<EhcAssessment> findBySupportPlanId(long supportPlanId);
}
