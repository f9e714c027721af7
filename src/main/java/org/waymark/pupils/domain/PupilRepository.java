package org.waymark.pupils.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PupilRepository extends ListCrudRepository<Pupil, Long> {

    Optional<Pupil> findByUpn(String upn);

    Optional<Pupil> findByCandidateNumber(String candidateNumber);
}
