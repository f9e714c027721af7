package org.waymark.reporting.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RestrictiveIncidentRepository extends ListCrudRepository<RestrictiveIncident, Long> {

    @Query("SELECT * FROM restrictive_incident WHERE pupil_id = :pupilId ORDER BY occurred_at DESC, id DESC")
    List<RestrictiveIncident> findByPupilIdOrderByOccurredAtDescIdDesc(long pupilId);
}
