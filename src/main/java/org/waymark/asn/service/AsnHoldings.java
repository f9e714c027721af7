package org.waymark.asn.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.organisation.domain.Scheme;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;

/**
 * A Scottish pupil's requests for assistant hours on the pupil's record: how many, and where the
 * latest stands, for the school's SENCO and head (all their school's requests) and the council's
 * education support officers (those sent to them — never a school's draft). Others get no link; the
 * hours held are on the funding link. Only where the council runs {@link Scheme#ASN_HOURS}.
 */
@Component
class AsnHoldings implements PupilHoldings {

    private final AsnRequestRepository requests;
    private final AsnAccess access;

    AsnHoldings(AsnRequestRepository requests, AsnAccess access) {
        this.requests = requests;
        this.access = access;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Set<Scheme> schemes() {
        return EnumSet.of(Scheme.ASN_HOURS);
    }

    /** The pupil is readable by the caller (checked by the pupil's record); each request by its own reach. */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        UserScope user = access.user();
        boolean staff = user.schoolId() != null && AsnAccess.schoolStaff(user, user.schoolId());
        boolean officer = user.localAuthorityId() != null && AsnAccess.officer(user, user.localAuthorityId());
        if (!staff && !officer) {
            return Optional.empty();
        }
        List<AsnRequest> seen = requests.findByPupilIdOrderByUpdatedAtDesc(pupilId).stream()
                .filter(r -> AsnAccess.schoolStaff(user, r.getSchoolId())
                        || AsnAccess.officer(user, r.getLocalAuthorityId()) && r.getStatus() != AsnRequestStatus.DRAFT)
                .toList();
        if (seen.isEmpty()) {
            // nothing yet: the school's list is where a request is started
            return staff ? Optional.of(new Holding("asn", Text.of("pupil.holdings.asn", 0), "asn/requests", List.of()))
                    : Optional.empty();
        }
        AsnRequest latest = seen.getFirst();
        return Optional.of(new Holding("asn", Text.of("pupil.holdings.asn", seen.size()),
                "asn/requests/" + latest.getId(), List.of(Text.of("pupil.holdings.asn.latest",
                        Text.of("enum.AsnRequestStatus." + latest.getStatus().name())))));
    }
}
