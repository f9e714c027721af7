package org.waymark.reporting.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RestrictiveIncidentRepository extends ListCrudRepository<RestrictiveIncident, Long> {

    List<RestrictiveIncident> findByPupilIdOrderByOccurredAtDescIdDesc(long pupilId);
}
