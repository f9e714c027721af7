package org.waymark.panels.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PanelRepository extends ListCrudRepository<Panel, Long> {

    Optional<Panel> findByLocalAuthorityIdAndKind(long localAuthorityId, PanelKind kind);

    List<Panel> findByLocalAuthorityId(long localAuthorityId);
}
