package org.waymark.organisation.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SchoolFamilyRepository extends ListCrudRepository<SchoolFamily, Long> {

    @Query("SELECT * FROM school_family WHERE local_authority_id = :localAuthorityId ORDER BY name")
    List<SchoolFamily> findByLocalAuthorityIdOrderByName(long localAuthorityId);
}
