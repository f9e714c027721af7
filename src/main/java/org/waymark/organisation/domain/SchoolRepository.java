package org.waymark.organisation.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SchoolRepository extends ListCrudRepository<School, Long> {

    List<School> findByLocalAuthorityIdOrderByName(long localAuthorityId);

    List<School> findByFamilyIdOrderByName(long familyId);

    long countByLocalAuthorityId(long localAuthorityId);
}
