package org.waymark.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.reporting.domain.ReportDirectory;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.ReportTable;
import org.waymark.reporting.domain.ReportTable.Row;
import org.waymark.reporting.domain.SchemeFigures;
import org.waymark.reporting.domain.SpendRules;
import org.waymark.security.domain.ListScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * What-if on band values: before a new framework year or a changed level amount is published,
 * the current caseload (the ledger's lines that carry a level) re-priced under new yearly
 * amounts per level from an effective date, against the year's forecast as it stands — per
 * family and for the authority, beside the families' budgets. Nothing is written. For the
 * authority's officers and finance, and a family's SENCO for their family.
 */
@Service
public class WhatIfService {

    static final String PLANNERS = "hasAnyRole('LEAD_SEND_COORDINATOR','FINANCE_OFFICER','CASEWORKER','FAMILY_SENCO')";

    private final ReportDirectory directory;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    WhatIfService(ReportDirectory directory, AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog,
                  MessageSource messages, Clock clock) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** A level the caseload holds: its code, its name, and pupils holding it today. */
    public record Level(String code, String name, long pupils) {
    }

    /** The levels held today in the caller's scope, for the what-if form. */
    @Transactional(readOnly = true)
    @PreAuthorize(PLANNERS)
    public List<Level> levels(Locale locale) {
        ListScope scope = scope();
        Long laId = currentUser.require().localAuthorityId();
        Map<String, String> names = laId == null ? Map.of() : directory.levelNames(laId);
        LocalDate today = LocalDate.now(clock);
        return directory.pupilsByLevel(scope, ReportFilter.year(org.waymark.base.domain.Dates.financialYearOf(today)),
                        today, SchemeFigures.moneyStreams(null)).stream()
                .map(c -> new Level(c.key(), messages.getMessage("bid.level." + c.key(), null,
                        names.getOrDefault(c.key(), c.key()), locale), c.count())).toList();
    }

    /**
     * The re-priced year per family and for the authority: forecast now, forecast re-priced,
     * the change, and the budget (AFN and FNF of the family). {@code newYearly} maps level codes
     * to their new yearly amount; levels left out keep their lines' amounts.
     */
    @Transactional
    @PreAuthorize(PLANNERS)
    public ReportTable whatIf(ReportFilter filter, Map<String, BigDecimal> newYearly, LocalDate effective, Locale locale) {
        List<Violation> violations = new ArrayList<>();
        newYearly.forEach((code, amount) -> {
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000")) > 0) {
                violations.add(Violation.of("level-" + code, "whatif.error.amount"));
            }
        });
        if (effective.isBefore(filter.yearStart()) || effective.isAfter(filter.yearEnd())) {
            violations.add(Violation.of("effective", "whatif.error.effective"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        ListScope scope = scope();
        LocalDate today = LocalDate.now(clock);
        String none = messages.getMessage("report.noFamily", null, "report.noFamily", locale);
        Map<String, BigDecimal[]> families = new TreeMap<>();
        directory.ledgerLines(scope, filter, SchemeFigures.moneyStreams(filter.scheme()), line -> {
            SpendRules.Line l = new SpendRules.Line(line.amount(), line.start(), line.end());
            BigDecimal now = SpendRules.position(l, filter.yearStart(), filter.yearEnd(), today).forecast();
            BigDecimal level = line.level() == null ? null : newYearly.get(line.level());
            // each of the group's lines at the new amount (the directory sums lines that share level and dates)
            BigDecimal then = level == null ? now
                    : SpendRules.repriced(l, filter.yearStart(), filter.yearEnd(), effective,
                            level.multiply(BigDecimal.valueOf(line.lines())));
            BigDecimal[] sums = families.computeIfAbsent(line.familyName() == null ? none : line.familyName(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(now);
            sums[1] = sums[1].add(then);
        });
        Map<String, BigDecimal[]> budgets = directory.familyBudgets(scope, filter);
        budgets.keySet().forEach(f -> families.putIfAbsent(f, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        List<Row> rows = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        families.forEach((family, sums) -> {
            BigDecimal[] b = budgets.get(family);
            BigDecimal budget = b == null ? BigDecimal.ZERO : b[0].add(b[1]);
            rows.add(row(family, sums[0], sums[1], budget));
            total[0] = total[0].add(sums[0]);
            total[1] = total[1].add(sums[1]);
            total[2] = total[2].add(budget);
        });
        rows.add(row(messages.getMessage("whatif.authority", null, "whatif.authority", locale), total[0], total[1],
                total[2]));
        auditLog.record("READ_WHAT_IF", DashboardService.SUBJECT, scope.kind().name(),
                "year " + filter.financialYear() + " from " + effective + " " + newYearly);
        return new ReportTable("what-if", "whatif.title", List.of("report.col.group", "whatif.col.now",
                "whatif.col.repriced", "whatif.col.change", "report.col.budget"), rows);
    }

    private static Row row(String label, BigDecimal now, BigDecimal then, BigDecimal budget) {
        BigDecimal a = now.setScale(2, RoundingMode.HALF_UP);
        BigDecimal b = then.setScale(2, RoundingMode.HALF_UP);
        return new Row(label, List.of(a, b, b.subtract(a), budget));
    }

    private ListScope scope() {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        if (scope.kind() != ListScope.Kind.AUTHORITY && scope.kind() != ListScope.Kind.FAMILY) {
            auditLog.recordDenied("READ_WHAT_IF", DashboardService.SUBJECT, scope.kind().name(), null);
            throw new AccessDeniedException("what-if");
        }
        return scope;
    }
}
