package org.waymark.asn.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.asn.domain.LevelOfIntervention;
import org.waymark.audit.service.AuditLog;
import org.waymark.pupils.domain.StageRecord;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.UserScope;

/**
 * The export of each enrolled pupil's stage and level of intervention, one row a pupil, for the
 * national pupil records system (the format is docs/asn-export-format.md): the council's
 * Education Support Officers and inclusion and equality team download it. Audited with the count
 * of pupils; refused (audited) where the council does not run ASN hours.
 */
@Service
public class StageExportService {

    static final String EXPORTERS = "hasAnyRole('EDUCATION_SUPPORT_OFFICER','INCLUSION_TEAM')";

    /** The columns, in order (docs/asn-export-format.md). */
    public static final List<String> HEADER = List.of("scottish_candidate_number", "seed_code", "school_name",
            "surname", "forename", "date_of_birth", "year_group", "sif_stage", "level_of_intervention",
            "asn_assistant_hours_per_week");

    private final AsnAccess access;
    private final PupilService pupils;
    private final AllocationService allocations;
    private final AuditLog auditLog;

    StageExportService(AsnAccess access, PupilService pupils, AllocationService allocations, AuditLog auditLog) {
        this.access = access;
        this.pupils = pupils;
        this.allocations = allocations;
        this.auditLog = auditLog;
    }

    /** Whether the caller may export the council's stages (so a screen offers the download). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayExport() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        return laId != null && access.runsHours(laId) && (AsnAccess.officer(user, laId)
                || AsnAccess.inclusionTeam(user, laId));
    }

    /** The council's enrolled pupils with their stage, level of intervention and assistant hours today, as CSV. */
    @Transactional
    @PreAuthorize(EXPORTERS)
    public byte[] stagesCsv() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (!mayExport()) {
            auditLog.recordDenied("EXPORT_ASN_STAGES", "AUTHORITY", laId, null);
            throw new AccessDeniedException("ASN hours");
        }
        List<StageRecord> records = pupils.stageRecords();
        Map<Long, BigDecimal> hours = allocations.heldByPupil(Objects.requireNonNull(laId), FundingStream.ASN_HOURS,
                access.today());
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get())) {
            for (StageRecord r : records) {
                LevelOfIntervention level = LevelOfIntervention.ofStage(r.sifStage());
                BigDecimal held = hours.get(r.pupilId());
                csv.printRecord(r.candidateNumber() == null ? "" : r.candidateNumber(), r.schoolReference(),
                        r.schoolName(), r.lastName(), r.firstName(), r.dateOfBirth(), r.yearGroup().name(),
                        r.sifStage() == null ? "" : r.sifStage(), level == null ? "" : level.name(),
                        held == null ? "0" : held.stripTrailingZeros().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("EXPORT_ASN_STAGES", "AUTHORITY", laId, records.size() + " pupils");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
