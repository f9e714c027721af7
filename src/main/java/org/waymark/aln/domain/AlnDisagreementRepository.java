package org.waymark.aln.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AlnDisagreementRepository extends ListCrudRepository<AlnDisagreement, Long> {

    /** A pupil's disagreements, the latest logged first. */
    List<AlnDisagreement> findByPupilIdOrderByLoggedAtDescIdDesc(long pupilId);
}
