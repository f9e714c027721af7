package org.waymark.ras.service;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.waymark.ras.domain.OutcomesStatus;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasFrameworkRepository;

/** The authority's published outcome framework, for the services that score and fit (no access check here). */
@Component
class RasFrameworks {

    private final RasFrameworkRepository frameworks;

    RasFrameworks(RasFrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    Optional<RasFramework> published(long laId) {
        return frameworks.findFirstByLocalAuthorityIdAndStatus(laId, OutcomesStatus.PUBLISHED);
    }

    RasFramework byId(long id) {
        return frameworks.findById(id).orElseThrow(() -> new org.waymark.base.domain.NotFoundException(
                "RAS framework " + id));
    }
}
