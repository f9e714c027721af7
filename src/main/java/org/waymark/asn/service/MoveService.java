package org.waymark.asn.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.asn.domain.AsnMove;
import org.waymark.asn.domain.AsnMoveRepository;
import org.waymark.audit.service.AuditLog;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.UserScope;

/**
 * The council's pupils with assistant hours who moved out of a school, with the overpayment
 * finance recovers from each school: for its finance officers and its Education Support Officers.
 */
@Service
public class MoveService {

    static final String READERS = "hasAnyRole('FINANCE_OFFICER','EDUCATION_SUPPORT_OFFICER')";

    private final AsnAccess access;
    private final AsnMoveRepository moves;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AuditLog auditLog;

    MoveService(AsnAccess access, AsnMoveRepository moves, OrganisationService organisation, PupilService pupils,
                AuditLog auditLog) {
        this.access = access;
        this.moves = moves;
        this.organisation = organisation;
        this.pupils = pupils;
        this.auditLog = auditLog;
    }

    /** One move as finance reads it, with the names of the pupil and the schools (none when they left the council). */
    public record MoveRow(AsnMove move, String pupilName, String fromSchool, @Nullable String toSchool) {
    }

    /** The council's moves, newest first, and the overpayments' total. */
    public record Moves(List<MoveRow> rows, BigDecimal totalOverpayment) {
    }

    /** The moves of the caller's council; refused (audited) where the council does not run ASN hours. */
    @Transactional
    @PreAuthorize(READERS)
    public Moves moves() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (!access.runsHours(laId)) {
            auditLog.recordDenied("READ_ASN_MOVES", "AUTHORITY", laId, null);
            throw new AccessDeniedException("ASN hours");
        }
        List<AsnMove> all = moves.findByLocalAuthorityIdOrderByRecordedOnDescIdDesc(Objects.requireNonNull(laId));
        Map<Long, String> names = pupils.namesOf(all.stream().map(AsnMove::pupilId).distinct().toList());
        Map<Long, String> schools = organisation.schoolNames(all.stream()
                .flatMap(m -> Stream.of(m.fromSchoolId(), m.toSchoolId())).filter(Objects::nonNull).distinct().toList());
        auditLog.record("READ_ASN_MOVES", "AUTHORITY", laId, all.size() + " moves");
        List<MoveRow> rows = new ArrayList<>();
        for (AsnMove m : all) {
            rows.add(new MoveRow(m, names.getOrDefault(m.pupilId(), ""), schools.getOrDefault(m.fromSchoolId(), ""),
                    m.toSchoolId() == null ? null : schools.getOrDefault(m.toSchoolId(), "")));
        }
        return new Moves(rows, all.stream().map(AsnMove::overpayment).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
