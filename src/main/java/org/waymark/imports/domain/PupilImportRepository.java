package org.waymark.imports.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The applied imports (V62): the latest of an authority, or of one school's SENCO. */
public interface PupilImportRepository extends ListCrudRepository<PupilImport, Long> {

    List<PupilImport> findTop20ByLocalAuthorityIdOrderByAppliedAtDescIdDesc(long localAuthorityId);

    List<PupilImport> findTop20ByLocalAuthorityIdAndSchoolIdOrderByAppliedAtDescIdDesc(long localAuthorityId,
                                                                                     long schoolId);
}
