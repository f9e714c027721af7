package org.waymark.imports.service;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.CtfWriter;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.Enrolment;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilTransferFiles;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilBulkService;
import org.waymark.pupils.service.PupilRecord;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * A pupil's SEN information as a one-pupil (partial) Common Transfer File, for a pupil leaving for
 * a school outside the authority (issue 22 point 5): the receiving school's MIS reads it as it
 * reads any CTF, and so does Waymark's own import ({@link CtfReader}). Made for a SENCO of the
 * pupil's school (or the school they left, within its read-only period) or an authority officer,
 * through {@link PupilService#get} (its scope check and audited read): a pupil the caller may not
 * read is not found. Each file made is audited.
 */
@Service
public class CtfExportService implements PupilTransferFiles {

    static final String SUBJECT = "PUPIL";
    static final String ACTION = "CTF_EXPORT";
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PupilService pupils;
    private final OrganisationService organisation;
    private final SupportPlanRepository plans;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    CtfExportService(PupilService pupils, OrganisationService organisation, SupportPlanRepository plans,
                     CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.pupils = pupils;
        this.organisation = organisation;
        this.plans = plans;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean offeredToCaller() {
        UserScope user = currentUser.require();
        return user.has(Role.SCHOOL_SENCO) || user.has(Role.EDUCATION_SUPPORT_OFFICER) || user.has(Role.CASEWORKER);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public @Nullable String destinationProblem(Destination destination) {
        return CtfWriter.destinationProblem(destination.lea(), destination.estab()).orElse(null);
    }

    @Override
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public File of(long pupilId, Destination destination) {
        PupilRecord record;
        try {
            record = pupils.get(pupilId);
        } catch (AccessDeniedException e) {
            // PupilService has audited the refused read; the export is refused as if the pupil did not exist
            auditLog.recordDenied(ACTION, SUBJECT, pupilId, null);
            throw new NotFoundException("pupil " + pupilId);
        }
        String problem = destinationProblem(destination);
        if (problem != null) {
            throw new ValidationException(List.of(Violation.of("destination", problem)));
        }
        Pupil pupil = record.pupil();
        if (pupil.getUpn() == null || !YearGroup.forNation(Nation.ENGLAND).contains(pupil.getYearGroup())) {
            throw new ValidationException(List.of(Violation.of("upn", "imports.export.noUpn")));
        }
        Map<Long, School> schools = organisation.schoolsOfOwnAuthority().stream()
                .collect(Collectors.toMap(s -> Objects.requireNonNull(s.id()), Function.identity()));
        School school = schools.get(pupil.getSchoolId());
        if (school == null) {
            // the caller's authority is not the pupil's: PupilService would have refused already
            auditLog.recordDenied(ACTION, SUBJECT, pupilId, null);
            throw new NotFoundException("pupil " + pupilId);
        }
        CtfWriter.Establishment source = CtfWriter.Establishment.of(school.referenceNumber());
        CtfWriter.Establishment dest = destination.lea().isBlank() ? CtfWriter.UNKNOWN_DESTINATION
                : new CtfWriter.Establishment(destination.lea().strip(), destination.estab().strip());
        LocalDate today = LocalDate.now(clock);
        Nation nation = organisation.nation(pupil.getLocalAuthorityId());
        List<CtfWriter.Spell> history = new ArrayList<>();
        for (Enrolment e : pupil.getEnrolments()) {
            School at = schools.get(e.schoolId());
            if (at != null) {
                CtfWriter.Establishment where = CtfWriter.Establishment.of(at.referenceNumber());
                history.add(new CtfWriter.Spell(where.lea(), where.estab(), e.startDate(), e.endDate()));
            }
        }
        boolean welsh = "cy".equals(pupil.getPreferredLanguage());
        CtfWriter.Entry entry = new CtfWriter.Entry(pupil.getUpn(), pupil.getFirstName(), pupil.getLastName(),
                pupil.getPreferredName(), pupil.getDateOfBirth(), null, CtfWriter.ncYear(pupil.getYearGroup()),
                provision(pupilId), CtfWriter.senTypes(pupil.getPrimaryNeed(), pupil.areas(),
                pupil.getSensoryImpairment()), pupil.isLookedAfter(), pupil.getLookedAfterBy(), welsh,
                nation == Nation.WALES ? welsh : null, null, history);
        CtfReader.Header header = new CtfReader.Header("24.0", source.lea(), source.estab(), school.name(),
                dest.lea(), dest.estab(), today);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CtfWriter writer = new CtfWriter(out, header, true)) {
            writer.write(entry);
        }
        String name = source.lea() + source.estab() + "_CTF_" + dest.lea() + dest.estab() + "_"
                + today.format(FILE_DAY) + ".xml";
        auditLog.record(ACTION, SUBJECT, pupilId, "to " + dest.lea() + dest.estab());
        return new File(name, "application/xml", out.toByteArray());
    }

    /** E for an authority's statutory plan in force (EHC plan, an authority's IDP), else K (SEN support). */
    private String provision(long pupilId) {
        boolean statutory = plans.findByPupilIdOrderByCreatedAt(pupilId).stream()
                .anyMatch(p -> (p.getPlanType() == PlanType.EHCP || p.getPlanType() == PlanType.IDP_LA)
                        && (p.getStatus() == PlanStatus.AGREED || p.getStatus() == PlanStatus.UNDER_REVIEW));
        return statutory ? "E" : "K";
    }
}
