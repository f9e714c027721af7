package org.waymark.asn.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface AsnSchoolNotesRepository extends ListCrudRepository<AsnSchoolNotes, Long> {

    Optional<AsnSchoolNotes> findBySchoolId(long schoolId);
}
