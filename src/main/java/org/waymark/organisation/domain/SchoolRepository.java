package org.waymark.organisation.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SchoolRepository extends ListCrudRepository<School, Long> {

    @Query("SELECT * FROM school WHERE local_authority_id = :localAuthorityId ORDER BY name")
    List<School> findByLocalAuthorityIdOrderByName(long localAuthorityId);

    @Query("SELECT * FROM school WHERE family_id = :familyId ORDER BY name")
    List<School> findByFamilyIdOrderByName(long familyId);

    long countByLocalAuthorityId(long localAuthorityId);
}
