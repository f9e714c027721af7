package org.waymark.organisation.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface SchoolFamilyRepository extends ListCrudRepository<SchoolFamily, Long> {

    List<SchoolFamily> findByLocalAuthorityIdOrderByName(long localAuthorityId);
}
