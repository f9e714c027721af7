package org.waymark.reporting.service;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Restrictive practice on the pupil's record: a link to the incidents, with how many and whether
 * any still waits for its debrief or for the parents to be told. Shown to the school that records
 * them, and to other readers when there is something recorded — never to the figures-only finance
 * and inclusion roles, who may not open them (issue 20 point 9). Read through
 * {@link RestrictivePracticeService#incidents} (its scope check and audit).
 */
@Component
class RestrictiveHoldings implements PupilHoldings {

    private final RestrictivePracticeService service;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;

    RestrictiveHoldings(RestrictivePracticeService service, AccessPolicy accessPolicy, CurrentUser currentUser) {
        this.service = service;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        if (!accessPolicy.maySeeClinicalDetail(currentUser.require())) {
            return Optional.empty();
        }
        boolean recorder = service.mayRecord(pupilId);
        List<RestrictiveIncident> incidents = service.incidents(pupilId);
        if (incidents.isEmpty() && !recorder) {
            return Optional.empty();
        }
        long open = incidents.stream().filter(i -> i.getDebriefOn() == null || i.getParentInformedOn() == null).count();
        List<Text> status = open == 0 ? List.of() : List.of(Text.of("pupil.holdings.restrictive.open", open));
        return Optional.of(new Holding("restrictive", Text.of("pupil.holdings.restrictive", incidents.size()),
                "pupils/" + pupilId + "/restrictive-practice", status));
    }
}
