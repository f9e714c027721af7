package org.waymark.aln.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AlnDisagreementRepository extends ListCrudRepository<AlnDisagreement, Long> {

    /** A pupil's disagreements, the latest logged first. */
    List<AlnDisagreement> findByPupilIdOrderByLoggedAtDescIdDesc(long pupilId);

    /** An authority's disagreements not in the given status (open ones: not closed), the oldest logged first. */
    List<AlnDisagreement> findByLocalAuthorityIdAndStatusNotOrderByLoggedAtAscIdAsc(long localAuthorityId,
                                                                                   DisagreementStatus status);
}
