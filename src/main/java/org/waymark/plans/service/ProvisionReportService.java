package org.waymark.plans.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanDirectory.ProvisionHours;
import org.waymark.plans.domain.PlanType;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * The additional learning provision in force in the caller's schools, per school by language of
 * delivery and grouping (one-to-one, paired, shared, group): hours a week and pupils, from the
 * agreed versions of the Welsh IDPs (school- and authority-maintained). A school's staff see their
 * school, a cluster's SENCO its schools, the authority's officers every school; parents and
 * panel members none. Each reading and export is audited.
 */
@Service
public class ProvisionReportService {

    /** The plans whose provision is additional learning provision (Wales). */
    static final EnumSet<PlanType> IDPS = EnumSet.of(PlanType.IDP_SCHOOL, PlanType.IDP_LA);

    private final PlanDirectory directory;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;

    ProvisionReportService(PlanDirectory directory, AccessPolicy accessPolicy, CurrentUser currentUser,
                           AuditLog auditLog, MessageSource messages) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** One school's lines and its totals. */
    public record SchoolProvision(long schoolId, String schoolName, List<ProvisionHours> lines) {
        public SchoolProvision {
            lines = List.copyOf(lines);
        }

        public BigDecimal hoursPerWeek() {
            return lines.stream().map(ProvisionHours::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Hours of ALP a week per school in the caller's scope, schools by name, lines by language then grouping. */
    @Transactional
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<SchoolProvision> alpBySchool() {
        UserScope user = currentUser.require();
        // provision the reader's schools make now: a leaver within the read-only period is the new school's
        ListScope scope = accessPolicy.pupilListScope(user).current();
        List<SchoolProvision> schools = bySchool(directory.provisionBySchool(scope, IDPS));
        auditLog.record("READ_PROVISION_REPORT", "SCOPE", scope.kind().name(), schools.size() + " schools");
        return schools;
    }

    /** The same report as CSV, one row per school, language and grouping, headed in the reader's language. */
    @Transactional
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public byte[] alpCsv(Locale locale) {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require()).current();
        List<ProvisionHours> rows = directory.provisionBySchool(scope, IDPS);
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180.builder().setHeader(
                label("alp.report.school", locale), label("alp.report.language", locale),
                label("alp.report.grouping", locale), label("alp.report.pupils", locale),
                label("alp.report.hours", locale)).get())) {
            for (SchoolProvision school : bySchool(rows)) {
                for (ProvisionHours line : school.lines()) {
                    csv.printRecord(school.schoolName(),
                            label("enum.DeliveryLanguage." + line.language().name(), locale),
                            label("enum.GroupSize." + line.groupSize().name(), locale), line.pupils(),
                            line.hoursPerWeek().stripTrailingZeros().toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("EXPORT_PROVISION_REPORT", "SCOPE", scope.kind().name(), rows.size() + " rows");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows (schools by name) grouped per school, each school's lines by language then grouping. */
    private static List<SchoolProvision> bySchool(List<ProvisionHours> rows) {
        Map<Long, List<ProvisionHours>> schools = rows.stream().collect(Collectors.groupingBy(ProvisionHours::schoolId,
                LinkedHashMap::new, Collectors.toList()));
        return schools.values().stream().map(lines -> new SchoolProvision(lines.getFirst().schoolId(),
                lines.getFirst().schoolName(), lines.stream().sorted(Comparator.comparing(ProvisionHours::language)
                        .thenComparing(ProvisionHours::groupSize)).toList())).toList();
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
