package org.waymark.ras.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RasEvidenceRepository extends ListCrudRepository<RasEvidence, Long> {

    List<RasEvidence> findByRasCaseId(long rasCaseId);
}
