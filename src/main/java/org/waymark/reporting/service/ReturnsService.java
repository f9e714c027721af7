package org.waymark.reporting.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.reporting.domain.ReturnsDirectory;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Statutory returns of the caller's authority, written as CSV straight to the download's stream:
 * England's SEN2-style person-level return of EHC plans (docs/sen2-return-format.md) and Wales's
 * count of IDPs in force by maintaining body (docs/aln-idp-count-format.md). Scotland's stage and
 * level export is {@code asn.service.StageExportService}. Each is audited with its row count;
 * another nation's return is refused (audited).
 */
@Service
public class ReturnsService {

    static final String RETURNERS = "hasAnyRole('LEAD_SEND_COORDINATOR','CASEWORKER')";

    /**
     * The SEN2-style columns, in order. The assessment columns are those of the EHC needs assessment
     * that made the plan (empty for a plan made without one recorded here).
     */
    public static final List<String> SEN2_HEADER = List.of("la_code", "upn", "surname", "forename", "date_of_birth",
            "year_group", "school_reference", "school_name", "primary_need", "plan_reference", "plan_status",
            "plan_first_issued_on", "last_review_on", "next_review_due_on", "assessment_requested_on",
            "assessment_decision_to_assess_on", "assessment_draft_sent_on", "assessment_plan_issued_on");

    public static final List<String> IDP_HEADER = List.of("maintaining_body_type", "maintaining_body_reference",
            "maintaining_body_name", "idps_in_force");

    private final ReturnsDirectory directory;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ReturnsService(ReturnsDirectory directory, OrganisationService organisation, CurrentUser currentUser,
                   AuditLog auditLog) {
        this.directory = directory;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Which return the caller's authority makes: ENGLAND's SEN2, WALES's IDP count, or none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<org.waymark.base.domain.Nation> returnOfCaller() {
        UserScope user = currentUser.require();
        if (!(user.has(org.waymark.security.domain.Role.LEAD_SEND_COORDINATOR)
                || user.has(org.waymark.security.domain.Role.CASEWORKER))) {
            return java.util.Optional.empty();
        }
        return organisation.ownAuthority().map(LocalAuthority::getNation)
                .filter(n -> n != org.waymark.base.domain.Nation.SCOTLAND);
    }

    /** England's SEN2-style return of the authority's EHC plans, written to {@code out}; the rows written. */
    @Transactional
    @PreAuthorize(RETURNERS)
    public long sen2(OutputStream out) {
        LocalAuthority la = authority("EXPORT_SEN2", org.waymark.base.domain.Nation.ENGLAND);
        long[] rows = {0};
        try (SafeCsv.Printer csv = printer(out, SEN2_HEADER)) {
            directory.sen2(Objects.requireNonNull(la.getId()), rs -> {
                Timestamp issued = rs.getTimestamp("first_agreed_at");
                try {
                    csv.printRecord(rs.getString("la_code"), Objects.toString(rs.getString("upn"), ""),
                            rs.getString("last_name"), rs.getString("first_name"), ReturnsDirectory.date(rs, "date_of_birth"),
                            rs.getString("year_group"), rs.getString("reference_number"), rs.getString("school_name"),
                            rs.getString("primary_need"), rs.getLong("plan_id"), rs.getString("status"),
                            issued == null ? "" : issued.toInstant().atZone(Dates.ZONE).toLocalDate().toString(),
                            ReturnsDirectory.date(rs, "last_review_on"), ReturnsDirectory.date(rs, "next_review_date"),
                            ReturnsDirectory.date(rs, "assessment_received_on"),
                            ReturnsDirectory.date(rs, "assessment_decided_on"),
                            ReturnsDirectory.date(rs, "assessment_draft_sent_on"),
                            ReturnsDirectory.date(rs, "assessment_issued_on"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("EXPORT_SEN2", "AUTHORITY", la.getId(), rows[0] + " plans");
        return rows[0];
    }

    /** Wales's count of IDPs in force by maintaining body (each school, and the authority), written to {@code out}. */
    @Transactional
    @PreAuthorize(RETURNERS)
    public long idpCount(OutputStream out) {
        LocalAuthority la = authority("EXPORT_IDP_COUNT", org.waymark.base.domain.Nation.WALES);
        Map<String, String[]> schools = new LinkedHashMap<>();
        long[] byAuthority = {0};
        directory.idpsInForce(Objects.requireNonNull(la.getId()), rs -> {
            if ("IDP_LA".equals(rs.getString("plan_type"))) {
                byAuthority[0] += rs.getLong("plans");
            } else {
                schools.put(rs.getString("reference_number"), new String[] {rs.getString("school_name"),
                        String.valueOf(rs.getLong("plans"))});
            }
        });
        try (SafeCsv.Printer csv = printer(out, IDP_HEADER)) {
            csv.printRecord("LOCAL_AUTHORITY", la.getCode(), la.displayName("en"), byAuthority[0]);
            for (Map.Entry<String, String[]> school : schools.entrySet()) {
                csv.printRecord("SCHOOL", school.getKey(), school.getValue()[0], school.getValue()[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("EXPORT_IDP_COUNT", "AUTHORITY", la.getId(), (schools.size() + 1) + " bodies");
        return schools.size() + 1L;
    }

    private LocalAuthority authority(String action, org.waymark.base.domain.Nation nation) {
        LocalAuthority la = organisation.ownAuthority().orElse(null);
        if (la == null || la.getNation() != nation) {
            auditLog.recordDenied(action, "AUTHORITY", la == null ? null : la.getId(), null);
            throw new AccessDeniedException(action);
        }
        return la;
    }

    private static SafeCsv.Printer printer(OutputStream out, List<String> header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return SafeCsv.printer(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
