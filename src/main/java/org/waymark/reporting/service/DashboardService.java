package org.waymark.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.reporting.domain.AssessmentTimeliness;
import org.waymark.reporting.domain.ReportCsv;
import org.waymark.reporting.domain.ReportDirectory;
import org.waymark.reporting.domain.ReportDirectory.Count;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.ReportTable;
import org.waymark.reporting.domain.ReportTable.Row;
import org.waymark.reporting.domain.SchemeFigures;
import org.waymark.reporting.domain.SpendRules;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * The reporting dashboard of the caller's scope — a school's staff their school, a family's
 * SENCO the family's schools, the authority's officers the authority — narrowed by the filter.
 * Every figure is a {@link ReportTable} the screen draws as a chart beside its table and offers
 * as CSV. Readings and exports are audited with the scope and figure; parents, panel members and
 * administrators have no dashboard.
 */
@Service
public class DashboardService {

    static final String SUBJECT = "SCOPE";

    private final ReportDirectory directory;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final OrganisationService organisation;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;
    private final ObjectProvider<AssessmentTimeliness> assessments;

    DashboardService(ReportDirectory directory, AccessPolicy accessPolicy, CurrentUser currentUser,
                     OrganisationService organisation, AuditLog auditLog, MessageSource messages, Clock clock,
                     ObjectProvider<AssessmentTimeliness> assessments) {
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
        this.assessments = assessments;
    }

    /** What the filter may offer the caller: families and schools in scope, the schemes run, the current year. */
    public record Choices(List<SchoolFamily> families, List<School> schools, List<Scheme> schemes, int currentYear) {
    }

    /** The whole dashboard: its figures, and the figures not yet available (message keys). */
    public record Dashboard(List<ReportTable> tables, List<String> gaps) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public Choices choices() {
        ListScope scope = scope();
        List<School> schools = organisation.schoolsInScope();
        List<SchoolFamily> families = scope.kind() == ListScope.Kind.AUTHORITY ? organisation.familiesOfOwnAuthority()
                : scope.kind() == ListScope.Kind.FAMILY ? List.of(organisation.family(scope.singleId())) : List.of();
        List<Scheme> schemes = organisation.ownAuthority().map(LocalAuthority::schemeSet)
                .map(s -> s.stream().sorted().toList()).orElse(List.of());
        return new Choices(families, schools, schemes, Dates.financialYearOf(today()));
    }

    @Transactional
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public Dashboard dashboard(ReportFilter filter, Locale locale) {
        ListScope scope = scope();
        List<ReportTable> tables = tables(scope, filter, locale, null);
        List<String> gaps = new ArrayList<>();
        if (assessments.getIfAvailable() == null && SchemeFigures.shows(filter.scheme(), Scheme.DESCRIPTOR_TOP_UP)) {
            gaps.add("report.gap.assessments");
        }
        auditLog.record("READ_DASHBOARD", SUBJECT, scope.kind().name(), describe(filter));
        return new Dashboard(tables, gaps);
    }

    /** One figure of the dashboard as CSV: a header of the figure's columns, one record a row. */
    @Transactional
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public byte[] csv(String tableId, ReportFilter filter, Locale locale) {
        ListScope scope = scope();
        ReportTable table = tables(scope, filter, locale, tableId).stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new NotFoundException("report " + tableId));
        auditLog.record("EXPORT_DASHBOARD", SUBJECT, scope.kind().name(), tableId + " " + describe(filter));
        return csv(table, locale);
    }

    byte[] csv(ReportTable table, Locale locale) {
        return ReportCsv.write(table, k -> label(k, locale));
    }

    private ListScope scope() {
        UserScope user = currentUser.require();
        ListScope scope = accessPolicy.pupilListScope(user);
        if (scope.kind() == ListScope.Kind.CHILDREN || scope.isEmpty()) {
            auditLog.recordDenied("READ_DASHBOARD", SUBJECT, scope.kind().name(), null);
            throw new org.springframework.security.access.AccessDeniedException("dashboard");
        }
        return scope;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(ReportFilter f) {
        return "year " + f.financialYear() + (f.familyId() == null ? "" : " family " + f.familyId())
                + (f.schoolId() == null ? "" : " school " + f.schoolId()) + (f.area() == null ? "" : " " + f.area())
                + (f.scheme() == null ? "" : " " + f.scheme());
    }

    private List<ReportTable> tables(ListScope scope, ReportFilter filter, Locale locale, @Nullable String only) {
        LocalDate today = today();
        Scheme scheme = filter.scheme();
        List<String> planTypes = SchemeFigures.planTypes(scheme);
        List<String> money = SchemeFigures.moneyStreams(scheme);
        Figures tables = new Figures(only);
        String pupils = "report.col.pupils";
        java.util.function.Supplier<java.util.concurrent.CompletableFuture<ReportDirectory.PupilFigures>> figures =
                memo(() -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> directory.pupilFigures(scope, filter), FIGURES));
        tables.add("pupils-need", figures, f -> counted("pupils-need", "report.pupilsByNeed", pupils,
                f.byNeed(), k -> label("enum.AreaOfNeed." + k, locale)));
        tables.add("pupils-school", figures, f -> counted("pupils-school", "report.pupilsBySchool", pupils,
                f.bySchool(), k -> k));
        tables.add("pupils-year", figures, f -> counted("pupils-year", "report.pupilsByYear", pupils,
                f.byYear(), k -> label("enum.YearGroup." + k, locale)));
        Map<String, String> levelNames = authorityId().map(directory::levelNames).orElse(Map.of());
        boolean stages = SchemeFigures.shows(scheme, Scheme.ASN_HOURS);
        tables.add("pupils-level", stages ? figures : () -> java.util.concurrent.CompletableFuture.completedFuture(
                new ReportDirectory.PupilFigures(List.of(), List.of(), List.of(), List.of())), f -> {
            List<Count> rows = new ArrayList<>();
            f.byStage().forEach(c -> rows.add(new Count(label("report.stage", locale, c.key()), c.count())));
            directory.pupilsByLevel(scope, filter, today, money).forEach(c -> rows.add(
                    new Count(messages.getMessage("bid.level." + c.key(), null,
                            levelNames.getOrDefault(c.key(), c.key()), locale), c.count())));
            return counted("pupils-level", "report.pupilsByLevel", pupils, rows, k -> k);
        });
        tables.add("plans", () -> counted("plans", "report.plansByTypeStatus", "report.col.plans",
                directory.plansByTypeAndStatus(scope, filter, planTypes), k -> {
                    String[] parts = k.split("/");
                    return label("enum.PlanType." + parts[0], locale) + " — " + label("enum.PlanStatus." + parts[1], locale);
                }));
        List<String> states = List.of("ON_TIME", "LATE", "OVERDUE", "NOT_DUE");
        if (SchemeFigures.shows(scheme, Scheme.DESCRIPTOR_TOP_UP) || SchemeFigures.shows(scheme, Scheme.RESOURCE_ALLOCATION)) {
            tables.add("letters", () -> ordered("letters", "report.letters", "report.col.letters", states,
                    directory.letterTimeliness(scope, filter, today), k -> label("report.timely." + k, locale)));
        }
        if (SchemeFigures.shows(scheme, Scheme.IDP)) {
            tables.add("referrals", () -> ordered("referrals", "report.referrals", "report.col.referrals", states,
                    directory.referralTimeliness(scope, filter, today), k -> label("report.timely." + k, locale)));
        }
        tables.add("reviews", () -> ordered("reviews", "report.reviews", "report.col.reviews", List.of("HELD_ON_TIME", "HELD_LATE", "HELD_UNTIMED", "OVERDUE", "DUE"),
                directory.reviewTimeliness(scope, filter, today, planTypes), k -> label("report.review." + k, locale)));
        AssessmentTimeliness port = assessments.getIfAvailable();
        if (port != null && SchemeFigures.shows(scheme, Scheme.DESCRIPTOR_TOP_UP)) {
            List<String> steps = new ArrayList<>();
            for (String step : List.of("DECISION", "ADVICE", "DRAFT", "FINAL")) {
                for (String state : states) {
                    steps.add(step + "/" + state);
                }
            }
            tables.add("assessments", () -> ordered("assessments", "report.assessments", "report.col.assessments", steps,
                    port.timeliness(scope, filter, today), k -> {
                        String[] parts = k.split("/");
                        return label("report.assessment.step." + parts[0], locale) + " — "
                                + label("report.assessment.state." + parts[1], locale);
                    }));
        }
        if (SchemeFigures.shows(scheme, Scheme.DESCRIPTOR_TOP_UP)) {
            tables.add("appeals", () -> counted("appeals", "report.appeals", "report.col.appeals",
                    directory.appealsByStatus(scope, filter), k -> label("enum.AppealStatus." + k, locale)));
            tables.add("appeal-outcomes", () -> counted("appeal-outcomes", "report.appealOutcomes", "report.col.appeals",
                    directory.appealOutcomes(scope, filter), k -> label("enum.PanelOutcome." + k, locale)));
        }
        tables.add("voices", () -> voices(directory.planVoices(scope, filter, planTypes), locale));
        tables.add("outcomes", () -> ordered("outcomes", "report.outcomes", "report.col.outcomes", List.of("ACHIEVED", "PARTLY", "NOT_YET"),
                directory.outcomesAtReview(scope, filter, planTypes), k -> label("enum.OutcomeProgress." + k, locale)));
        if (!money.isEmpty()) {
            tables.add("spend", () -> spend(scope, filter, money, today, locale));
        }
        if (SchemeFigures.shows(scheme, Scheme.ASN_HOURS)) {
            tables.add("asn-hours", () -> new ReportTable("asn-hours", "report.asnHours", List.of("report.col.school", "report.col.hours"),
                    directory.asnHoursBySchool(scope, filter, today).stream()
                            .map(a -> new Row(a.key(), List.of(a.amount().stripTrailingZeros()))).toList()));
        }
        tables.add("restrictive-school", () -> counted("restrictive-school", "report.restrictiveBySchool", "report.col.incidents",
                directory.restrictiveBySchool(scope, filter), k -> k));
        tables.add("restrictive-need", () -> counted("restrictive-need", "report.restrictiveByNeed", "report.col.incidents",
                directory.restrictiveByNeed(scope, filter), k -> label("enum.AreaOfNeed." + k, locale)));
        return tables.tables();
    }

    /**
     * The figures' queries run side by side on this small pool (each on its own pooled connection,
     * reading committed data only, as the dashboard never writes before reading): the authority's
     * dashboard is a dozen independent queries, and the page waits for the slowest rather than the
     * sum (docs/performance.md). Daemon threads, so the pool never holds the JVM open.
     */
    private static final java.util.concurrent.ExecutorService FIGURES = java.util.concurrent.Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("dashboard-figure-", 0).daemon(true).factory());

    /** The figures being drawn, in order: all of them, or only the one a CSV asks for (the others not computed). */
    private static final class Figures {
        private final @Nullable String only;
        private final List<java.util.concurrent.CompletableFuture<ReportTable>> list = new ArrayList<>();

        Figures(@Nullable String only) {
            this.only = only;
        }

        boolean wants(String id) {
            return only == null || only.equals(id);
        }

        void add(String id, java.util.function.Supplier<ReportTable> table) {
            if (wants(id)) {
                list.add(java.util.concurrent.CompletableFuture.supplyAsync(table, FIGURES));
            }
        }

        /** A figure drawn from a shared reading (started once, when a figure first needs it). */
        <T> void add(String id, java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> source,
                     java.util.function.Function<T, ReportTable> table) {
            if (wants(id)) {
                list.add(source.get().thenApplyAsync(table, FIGURES));
            }
        }

        List<ReportTable> tables() {
            List<ReportTable> tables = new ArrayList<>();
            for (java.util.concurrent.CompletableFuture<ReportTable> figure : list) {
                try {
                    tables.add(figure.join());
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
            return tables;
        }
    }

    /** A value made once, on first use, by whichever thread asks first. */
    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> supplier) {
        Object[] held = new Object[1];
        return () -> {
            synchronized (held) {
                if (held[0] == null) {
                    held[0] = supplier.get();
                }
                @SuppressWarnings("unchecked")
                T value = (T) held[0];
                return value;
            }
        };
    }

    private Optional<Long> authorityId() {
        return Optional.ofNullable(currentUser.require().localAuthorityId());
    }

    private static ReportTable counted(String id, String title, String column, List<Count> counts,
                                       java.util.function.Function<String, String> label) {
        return new ReportTable(id, title, List.of("report.col.group", column),
                counts.stream().map(c -> Row.of(label.apply(c.key()), c.count())).toList());
    }

    /** Every state in order, zero where none. */
    private static ReportTable ordered(String id, String title, String column, List<String> order, List<Count> counts,
                                       java.util.function.Function<String, String> label) {
        Map<String, Long> byKey = new LinkedHashMap<>();
        counts.forEach(c -> byKey.merge(c.key(), c.count(), Long::sum));
        return new ReportTable(id, title, List.of("report.col.group", column),
                order.stream().map(k -> Row.of(label.apply(k), byKey.getOrDefault(k, 0L))).toList());
    }

    private ReportTable voices(List<Count> counts, Locale locale) {
        long plans = counts.stream().filter(c -> c.key().equals("PLANS")).mapToLong(Count::count).sum();
        List<Row> rows = new ArrayList<>();
        for (Count c : counts) {
            BigDecimal percent = plans == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(c.count() * 100)
                    .divide(BigDecimal.valueOf(plans), 0, RoundingMode.HALF_UP);
            rows.add(new Row(label("report.voice." + c.key(), locale), List.of(BigDecimal.valueOf(c.count()), percent)));
        }
        return new ReportTable("voices", "report.voices", List.of("report.col.group", "report.col.plans",
                "report.col.percent"), rows);
    }

    /**
     * Spend against budget by family and stream for the year: forecast to the year's end from the
     * ledger's lines as they stand, spent so far, and the family's budget for AFN and FNF (the
     * other streams have no family budget).
     */
    private ReportTable spend(ListScope scope, ReportFilter filter, List<String> streams, LocalDate today,
                              Locale locale) {
        Map<String, SpendRules.Position> positions = new TreeMap<>();
        String none = label("report.noFamily", locale);
        directory.ledgerLines(scope, filter, streams, line -> {
            SpendRules.Position p = SpendRules.position(new SpendRules.Line(line.amount(), line.start(), line.end()),
                    filter.yearStart(), filter.yearEnd(), today);
            String family = line.familyName() == null ? none : line.familyName();
            positions.merge(family + "\u0000" + line.stream(), p, SpendRules.Position::plus);
        });
        Map<String, BigDecimal[]> budgets = directory.familyBudgets(scope, filter);
        for (Map.Entry<String, BigDecimal[]> budget : budgets.entrySet()) {
            positions.putIfAbsent(budget.getKey() + "\u0000AFN", SpendRules.Position.ZERO);
            positions.putIfAbsent(budget.getKey() + "\u0000FNF", SpendRules.Position.ZERO);
        }
        List<Row> rows = new ArrayList<>();
        positions.forEach((key, position) -> {
            String[] parts = key.split("\u0000");
            if (!streams.contains(parts[1])) {
                return;
            }
            SpendRules.Position p = position.rounded();
            BigDecimal[] budget = budgets.get(parts[0]);
            BigDecimal b = budget == null ? null : parts[1].equals("AFN") ? budget[0]
                    : parts[1].equals("FNF") ? budget[1] : null;
            List<BigDecimal> values = new ArrayList<>(List.of(p.forecast(), p.spent()));
            values.add(b == null ? BigDecimal.ZERO : b);
            values.add(b == null ? BigDecimal.ZERO : b.subtract(p.forecast()));
            rows.add(new Row(parts[0] + " — " + label("enum.FundingStream." + parts[1], locale), values));
        });
        return new ReportTable("spend", "report.spend", List.of("report.col.group", "report.col.forecast",
                "report.col.spent", "report.col.budget", "report.col.headroom"), rows);
    }

    String label(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
