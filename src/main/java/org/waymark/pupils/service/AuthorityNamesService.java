package org.waymark.pupils.service;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.UnmatchedAuthorityName;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Authority names typed before the list of UK local authorities that matched none of it (V51.1,
 * issue 20 point 6, DD013): the authority's caseworkers and education support officers see those
 * on their own authority's pupils and choose, from the list, the authority each one means. The
 * choice is stored as the code, the typed words are dropped from the record and kept in the audit
 * row. Another authority's pupil is refused (audited) exactly as a missing one.
 */
@Service
public class AuthorityNamesService {

    static final String RESOLVERS = "hasAnyRole('CASEWORKER','EDUCATION_SUPPORT_OFFICER')";

    private final PupilRepository pupils;
    private final PupilDirectory directory;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final java.time.Clock clock;

    AuthorityNamesService(PupilRepository pupils, PupilDirectory directory, OrganisationService organisation,
                          CurrentUser currentUser, AuditLog auditLog, java.time.Clock clock) {
        this.pupils = pupils;
        this.directory = directory;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The unmatched names on the caller's authority's pupils, by pupil name. */
    @Transactional(readOnly = true)
    @PreAuthorize(RESOLVERS)
    public List<UnmatchedAuthorityName> unmatched() {
        Long laId = currentUser.require().localAuthorityId();
        return laId == null ? List.of() : directory.unmatchedAuthorityNames(laId);
    }

    /**
     * Records the authority a typed name meant: {@code code} from the list of UK authorities. A
     * home authority that is the pupil's own authority is stored as empty (which means "this
     * authority", as the migration did). Refused for a pupil of another authority (audited, and
     * answered as not found); a name already resolved, or a pupil changed since the list was
     * read, is a conflict.
     */
    @Transactional
    @PreAuthorize(RESOLVERS)
    public void resolve(long pupilId, int expectedVersion, UnmatchedAuthorityName.Field field, @Nullable String code) {
        UserScope user = currentUser.require();
        Pupil pupil = pupils.findById(pupilId).orElseThrow(() -> new NotFoundException("pupil " + pupilId));
        if (!Objects.equals(user.localAuthorityId(), pupil.getLocalAuthorityId())) {
            auditLog.recordDenied("RESOLVE_AUTHORITY_NAME", PupilService.SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (code == null || !UkAuthorities.list().isCode(code)) {
            throw new ValidationException(List.of(Violation.of("authority", code == null
                    ? "authorityNames.required" : "pupil.authority.unknown")));
        }
        PupilDetails details = pupil.details();
        String typed = field == UnmatchedAuthorityName.Field.HOME_AUTHORITY ? details.getHomeAuthorityUnmatched()
                : details.getLookedAfterByUnmatched();
        if (typed == null || !Objects.equals(pupil.getVersion(), expectedVersion)) {
            throw new ConflictException("pupil " + pupilId + " changed since version " + expectedVersion);
        }
        String stored = code;
        if (field == UnmatchedAuthorityName.Field.HOME_AUTHORITY) {
            String own = organisation.authority(pupil.getLocalAuthorityId()).getCode();
            stored = code.equals(own) ? null : code;
            details.setHomeAuthority(stored);
            details.setHomeAuthorityUnmatched(null);
        } else {
            details.setLookedAfterBy(code);
            details.setLookedAfterByUnmatched(null);
        }
        pupil.apply(details, clock.instant());
        try {
            pupils.save(pupil);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("pupil " + pupilId + " changed while saving");
        }
        auditLog.record("RESOLVE_AUTHORITY_NAME", PupilService.SUBJECT, pupilId,
                field.name() + ": \"" + typed + "\" -> " + (stored == null ? "own authority" : stored));
    }
}
