package org.waymark.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.ListScope;

/**
 * Read-only counts for the dashboards, in SQL over the caller's {@link ListScope} and a
 * {@link ReportFilter}: each query groups in the database and returns one row per group, never
 * one per pupil (except {@link #ledgerLines}, which streams the year's lines to a callback). The
 * tables belong to other features; this directory only reads them, as the pupil and plan
 * directories do.
 */
@Component
public class ReportDirectory {

    /** A group's key (an enum name, a school's name, a stage) and its count. */
    public record Count(String key, long count) {
    }

    /** A group's key and an amount (hours a week, pounds). */
    public record Amount(String key, BigDecimal amount) {
    }

    /**
     * The ledger lines of the year for spend that share a family (null for none), stream, level and
     * dates, as one: their amounts summed and how many they are. Spend is linear in a line's amount
     * ({@link SpendRules}), so the group costs what its lines cost together; a what-if re-pricing
     * sets each of the {@code lines} to the new amount.
     */
    public record LedgerLine(@Nullable String familyName, String stream, @Nullable String level, BigDecimal amount,
                             LocalDate start, LocalDate end, long lines) {
    }

    private final JdbcClient jdbc;

    ReportDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A WHERE clause being built, with its parameters. */
    private static final class Where {
        private final StringBuilder conditions = new StringBuilder(" WHERE 1 = 1");
        /** Conditions that look a row's pupil up, tested after the others so that fewer rows pay for the lookup. */
        private final StringBuilder last = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where and(String condition) {
            conditions.append(" AND ").append(condition);
            return this;
        }

        String sql() {
            return conditions.toString() + last;
        }

        Where and(String condition, String name, Object value) {
            params.put(name, value);
            return and(condition);
        }

        /** The caller's scope and the family/school filters, on a table whose school and authority columns are given. */
        Where scoped(ListScope scope, ReportFilter filter, String laColumn, String schoolColumn, String familyColumn) {
            switch (scope.kind()) {
                case AUTHORITY -> and(laColumn + " = :scopeId", "scopeId", scope.singleId());
                case FAMILY -> and(familyColumn + " = :scopeId", "scopeId", scope.singleId());
                case SCHOOL -> and(schoolColumn + " = :scopeId", "scopeId", scope.singleId());
                default -> and("1 = 0");
            }
            if (filter.familyId() != null) {
                and(familyColumn + " = :familyId", "familyId", filter.familyId());
            }
            if (filter.schoolId() != null) {
                and(schoolColumn + " = :schoolId", "schoolId", filter.schoolId());
            }
            return this;
        }

        /** Pupils' tables: scope on the pupil's current school, and the area of need filter. */
        Where pupils(ListScope scope, ReportFilter filter) {
            scoped(scope, filter, "s.local_authority_id", "s.id", "s.family_id");
            if (filter.area() != null) {
                and("p.primary_need = :area", "area", filter.area().name());
            }
            return this;
        }

        /**
         * A pupil's record (letter, referral, appeal, incident, ledger line): scope on the record's
         * school ({@code s}), and the area of need as the pupil's main need looked up per row.
         */
        Where records(ListScope scope, ReportFilter filter, String pupilColumn) {
            scoped(scope, filter, "s.local_authority_id", "s.id", "s.family_id");
            return area(filter, pupilColumn);
        }

        /** The area of need filter on a record's pupil, looked up per row ({@link #needOf}). */
        Where area(ReportFilter filter, String pupilColumn) {
            if (filter.area() != null) {
                params.put("area", filter.area().name());
                last.append(" AND ").append(needOf(pupilColumn)).append(" = :area");
            }
            return this;
        }

        Where year(String column, ReportFilter filter) {
            params.put("from", filter.yearStart());
            params.put("to", filter.yearEnd());
            return and(column + " BETWEEN :from AND :to");
        }

        Where yearTimes(String column, ReportFilter filter) {
            params.put("fromTime", filter.yearStart().atStartOfDay());
            params.put("toTime", filter.yearEnd().plusDays(1).atStartOfDay());
            return and(column + " >= :fromTime AND " + column + " < :toTime");
        }
    }

    private List<Count> counts(String select, Where where, String groupAndOrder) {
        return jdbc.sql(select + where.sql() + " " + groupAndOrder).params(where.params)
                .query((rs, n) -> new Count(String.valueOf(rs.getString("k")), rs.getLong("n"))).list();
    }

    private static final String PUPILS = " FROM pupil p JOIN school s ON s.id = p.school_id";

    /**
     * The main need of a record's pupil, read by the pupil's key for each row of the record's own
     * (small) table. As a join with {@code p.primary_need = :area}, the database would start from
     * the pupils of that need — a fifth of the register — and look for their records: seconds at
     * England size (docs/performance.md). Per row, the cost follows the records, not the register.
     * Ledger lines ({@code a}), decision letters ({@code dl}) and restrictive practice incidents
     * ({@code ri}) keep their pupil's need (V61, V63, kept by {@link PupilCounts}), so for them the lookup
     * is made only for a row written without it: at England size their hundreds of thousands of rows
     * made the per-row lookups random reads of a register larger than the database's memory.
     */
    private static String needOf(String pupilColumn) {
        String lookup = "(SELECT pn.primary_need FROM pupil pn WHERE pn.id = " + pupilColumn + ")";
        String alias = pupilColumn.substring(0, pupilColumn.indexOf('.'));
        return KEEPING_NEED.contains(alias) ? "COALESCE(" + alias + ".pupil_need, " + lookup + ")" : lookup;
    }

    /** The aliases of the record tables that keep their pupil's need: ledger lines, decision letters, incidents. */
    private static final java.util.Set<String> KEEPING_NEED = java.util.Set.of("a", "dl", "ri");

    /** Whether the figure covers the caller's whole authority, no family or school picked. */
    private static boolean wholeAuthority(ListScope scope, ReportFilter filter) {
        return scope.kind() == ListScope.Kind.AUTHORITY && filter.familyId() == null && filter.schoolId() == null;
    }

    /**
     * The plans of the given types of the pupils at the family's or school's schools (the whole
     * authority's plan figures come from the summaries, {@link #summary}); the area filter reads the
     * pupil's own row.
     */
    private static String plansFrom(ListScope scope, ReportFilter filter, Where where, Collection<String> planTypes) {
        where.and("sp.plan_type IN (:types)", "types", planTypes);
        where.pupils(scope, filter);
        return " FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id JOIN school s ON s.id = p.school_id";
    }

    /**
     * The whole authority's plans, reviews or outcomes of the given types in the summaries kept by
     * {@link PlanCounts} (V59), as {@code g}, narrowed to the area of need if one is picked: a few
     * thousand rows whatever the number of plans.
     */
    private static Where summary(ListScope scope, ReportFilter filter, Collection<String> planTypes) {
        Where where = new Where().and("g.local_authority_id = :scopeId", "scopeId", scope.singleId())
                .and("g.plan_type IN (:types)", "types", planTypes);
        if (filter.area() != null) {
            where.and("g.pupil_need = :area", "area", filter.area().name());
        }
        return where;
    }

    /** The four pupil figures: by main need, by school, by year group (youngest first) and by SIF stage. */
    public record PupilFigures(List<Count> byNeed, List<Count> bySchool, List<Count> byYear, List<Count> byStage) {
    }

    /** Counts added up under a key, kept in the order of a sort key (the first one seen for the key). */
    private static final class Tally {
        private final Map<String, long[]> totals = new LinkedHashMap<>();
        private final Map<String, String> order = new LinkedHashMap<>();

        void add(String key, String sortKey, long count) {
            totals.computeIfAbsent(key, k -> new long[1])[0] += count;
            order.putIfAbsent(key, sortKey);
        }

        List<Count> counts() {
            return totals.entrySet().stream()
                    .sorted(java.util.Comparator.comparing((Map.Entry<String, long[]> e) -> order.get(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .filter(e -> e.getValue()[0] != 0)
                    .map(e -> new Count(e.getKey(), e.getValue()[0])).toList();
        }
    }

    private static String rank(int n) {
        return String.format("%04d", n + 1000);
    }

    /**
     * The pupils in scope counted by main need, school, year group and stage. The whole authority
     * (no family or school picked) is read from the summaries kept by {@link PupilCounts} — a few
     * hundred rows of groups and one row per school and need, whatever the size of the register;
     * a family's or a school's pupils are counted live in one grouped pass over
     * {@code ix_pupil_report} (measured in docs/performance.md).
     */
    public PupilFigures pupilFigures(ListScope scope, ReportFilter filter) {
        Tally need = new Tally();
        Tally school = new Tally();
        Tally year = new Tally();
        Tally stage = new Tally();
        java.util.function.Consumer<java.sql.ResultSet> group = rs -> {
            try {
                long n = rs.getLong("n");
                String primary = rs.getString("primary_need");
                need.add(primary, primary, n);
                year.add(rs.getString("year_group"), rank(rs.getInt("year_rank")), n);
                int sif = rs.getInt("sif_stage");
                if (!rs.wasNull() && sif >= 0) {
                    stage.add(String.valueOf(sif), rank(sif), n);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        if (scope.kind() == ListScope.Kind.AUTHORITY && filter.familyId() == null && filter.schoolId() == null) {
            Where groups = new Where().and("g.local_authority_id = :la", "la", scope.singleId());
            Where schools = new Where().and("s.local_authority_id = :la", "la", scope.singleId());
            if (filter.area() != null) {
                groups.and("g.primary_need = :area", "area", filter.area().name());
                schools.and("c.primary_need = :area", "area", filter.area().name());
            }
            jdbc.sql("SELECT g.primary_need, g.year_group, g.year_rank, g.sif_stage, g.pupils AS n"
                    + " FROM report_pupil_group g" + groups.sql()).params(groups.params).query(group::accept);
            jdbc.sql("SELECT s.name, SUM(c.pupils) AS n FROM report_pupil_school c JOIN school s ON s.id = c.school_id"
                    + schools.sql() + " GROUP BY s.id, s.name").params(schools.params)
                    .query(rs -> {
                        school.add(rs.getString("name"), rs.getString("name"), rs.getLong("n"));
                    });
        } else {
            Where where = new Where().pupils(scope, filter);
            Map<Long, String> names = new LinkedHashMap<>();
            Where inScope = new Where().scoped(scope, filter, "s.local_authority_id", "s.id", "s.family_id");
            jdbc.sql("SELECT s.id, s.name FROM school s" + inScope.sql()).params(inScope.params)
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
            jdbc.sql("SELECT p.school_id, p.primary_need, p.year_group, p.year_rank, p.sif_stage, COUNT(*) AS n" + PUPILS
                            + where.sql() + " GROUP BY p.school_id, p.primary_need, p.year_group, p.year_rank, p.sif_stage")
                    .params(where.params)
                    .query(rs -> {
                        group.accept(rs);
                        String name = names.getOrDefault(rs.getLong("school_id"), "");
                        school.add(name, name, rs.getLong("n"));
                    });
        }
        return new PupilFigures(need.counts(), school.counts(), year.counts(), stage.counts());
    }

    /** Pupils in scope per primary area of need. */
    public List<Count> pupilsByNeed(ListScope scope, ReportFilter filter) {
        return counts("SELECT p.primary_need AS k, COUNT(*) AS n" + PUPILS, new Where().pupils(scope, filter),
                "GROUP BY p.primary_need ORDER BY p.primary_need");
    }

    /** Pupils in scope per school, schools by name. */
    public List<Count> pupilsBySchool(ListScope scope, ReportFilter filter) {
        return counts("SELECT s.name AS k, COUNT(*) AS n" + PUPILS, new Where().pupils(scope, filter),
                "GROUP BY s.id, s.name ORDER BY s.name");
    }

    /** Pupils in scope per year group, youngest first. */
    public List<Count> pupilsByYearGroup(ListScope scope, ReportFilter filter) {
        return counts("SELECT p.year_group AS k, COUNT(*) AS n" + PUPILS, new Where().pupils(scope, filter),
                "GROUP BY p.year_group ORDER BY MIN(p.year_rank)");
    }

    /** Pupils in scope per stage of the Scottish staged intervention framework (pupils with a stage). */
    public List<Count> pupilsByStage(ListScope scope, ReportFilter filter) {
        return counts("SELECT p.sif_stage AS k, COUNT(*) AS n" + PUPILS,
                new Where().pupils(scope, filter).and("p.sif_stage IS NOT NULL"),
                "GROUP BY p.sif_stage ORDER BY p.sif_stage");
    }

    /** Pupils in scope per funding level they hold {@code today} (distinct pupils per level code). */
    public List<Count> pupilsByLevel(ListScope scope, ReportFilter filter, LocalDate today, Collection<String> streams) {
        if (streams.isEmpty()) {
            return List.of();
        }
        Where where = new Where().and("a.level IS NOT NULL")
                .and("a.start_date <= :today AND a.end_date >= :today", "today", today)
                .and("a.stream IN (:streams)", "streams", streams);
        String from = " FROM allocation a JOIN pupil p ON p.id = a.pupil_id JOIN school s ON s.id = p.school_id";
        if (wholeAuthority(scope, filter)) {
            // the whole authority: the pupils it funds (its own ledger's lines), without reading schools
            where.and("a.local_authority_id = :scopeId", "scopeId", scope.singleId());
            from = " FROM allocation a";
            where.area(filter, "a.pupil_id");
        } else {
            where.pupils(scope, filter);
        }
        return counts("SELECT a.level AS k, COUNT(DISTINCT a.pupil_id) AS n" + from, where,
                "GROUP BY a.level ORDER BY a.level");
    }

    /** Names of funding level codes in the authority's frameworks (the latest year's name where it changed). */
    public Map<String, String> levelNames(long localAuthorityId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT fl.code, fl.name FROM funding_level fl JOIN descriptor_framework df"
                        + " ON df.id = fl.descriptor_framework_id WHERE df.local_authority_id = :la"
                        + " ORDER BY df.financial_year, fl.sort_key").param("la", localAuthorityId)
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    /** Plans in scope per type and status ("TYPE/STATUS"). */
    public List<Count> plansByTypeAndStatus(ListScope scope, ReportFilter filter, Collection<String> planTypes) {
        if (planTypes.isEmpty()) {
            return List.of();
        }
        if (wholeAuthority(scope, filter)) {
            return counts("SELECT g.plan_type, g.status, CONCAT(g.plan_type, '/', g.status) AS k, SUM(g.plans) AS n"
                            + " FROM report_plan_group g", summary(scope, filter, planTypes),
                    "GROUP BY g.plan_type, g.status HAVING SUM(g.plans) <> 0 ORDER BY g.plan_type, g.status");
        }
        Where where = new Where();
        String from = plansFrom(scope, filter, where, planTypes);
        return counts("SELECT sp.plan_type, sp.status, CONCAT(sp.plan_type, '/', sp.status) AS k, COUNT(*) AS n" + from,
                where, "GROUP BY sp.plan_type, sp.status ORDER BY sp.plan_type, sp.status");
    }

    private static String timeliness(String sent, String due) {
        return "CASE WHEN " + sent + " IS NOT NULL AND " + sent + " <= " + due + " THEN 'ON_TIME'"
                + " WHEN " + sent + " IS NOT NULL THEN 'LATE'"
                + " WHEN " + due + " < :today THEN 'OVERDUE' ELSE 'NOT_DUE' END";
    }

    /** Decision letters due in the year: ON_TIME, LATE, OVERDUE (unsent past due), NOT_DUE. */
    public List<Count> letterTimeliness(ListScope scope, ReportFilter filter, LocalDate today) {
        String k = timeliness("dl.sent_on", "dl.due_by");
        return counts("SELECT " + k + " AS k, COUNT(*) AS n FROM decision_letter dl"
                        + " JOIN school s ON s.id = dl.school_id",
                new Where().records(scope, filter, "dl.pupil_id").year("dl.due_by", filter).and("1 = 1", "today", today),
                "GROUP BY " + k);
    }

    /** Welsh ALN referrals due in the year (20 school days from preparation), by the same four states. */
    public List<Count> referralTimeliness(ListScope scope, ReportFilter filter, LocalDate today) {
        String k = timeliness("r.sent_on", "r.due_by");
        return counts("SELECT " + k + " AS k, COUNT(*) AS n FROM aln_referral r"
                        + " JOIN school s ON s.id = r.school_id",
                new Where().records(scope, filter, "r.pupil_id").year("r.due_by", filter).and("1 = 1", "today", today),
                "GROUP BY " + k);
    }

    /**
     * Plan reviews: held in the year on or before the day they were due (HELD_ON_TIME), after it
     * (HELD_LATE), or before that day was kept (HELD_UNTIMED, V43); OVERDUE today (plan in force past
     * its review date); DUE later in the year.
     */
    public List<Count> reviewTimeliness(ListScope scope, ReportFilter filter, LocalDate today,
                                        Collection<String> planTypes) {
        List<Count> rows = new ArrayList<>();
        if (planTypes.isEmpty()) {
            return rows;
        }
        if (wholeAuthority(scope, filter)) {
            rows.addAll(counts("SELECT g.timeliness AS k, SUM(g.reviews) AS n FROM report_review_group g",
                    summary(scope, filter, planTypes).year("g.held_on", filter),
                    "GROUP BY g.timeliness HAVING SUM(g.reviews) <> 0"));
            Where inForce = summary(scope, filter, planTypes).and("g.status IN ('AGREED', 'UNDER_REVIEW')");
            inForce.params.put("today", today);
            inForce.params.put("yearEnd", filter.yearEnd());
            jdbc.sql("SELECT COALESCE(SUM(CASE WHEN g.review_on < :today THEN g.plans ELSE 0 END), 0) AS overdue,"
                            + " COALESCE(SUM(CASE WHEN g.review_on >= :today AND g.review_on <= :yearEnd THEN g.plans"
                            + " ELSE 0 END), 0) AS due FROM report_plan_group g" + inForce.sql()).params(inForce.params)
                    .query(rs -> {
                        rows.add(new Count("OVERDUE", rs.getLong("overdue")));
                        rows.add(new Count("DUE", rs.getLong("due")));
                    });
            return rows;
        }
        String held = "CASE WHEN d.due_on IS NULL THEN 'HELD_UNTIMED' WHEN pr.held_on <= d.due_on THEN 'HELD_ON_TIME'"
                + " ELSE 'HELD_LATE' END";
        Where reviews = new Where();
        String from = plansFrom(scope, filter, reviews, planTypes);
        rows.addAll(counts("SELECT " + held + " AS k, COUNT(*) AS n" + from
                        + " JOIN plan_review pr ON pr.support_plan_id = sp.id"
                        + " LEFT JOIN plan_review_due d ON d.plan_review_id = pr.id",
                reviews.year("pr.held_on", filter), "GROUP BY " + held));
        // overdue today and still due this year, in one pass over the plans in force
        Where inForce = new Where();
        String plansInForce = plansFrom(scope, filter, inForce, planTypes);
        inForce.and("sp.status IN ('AGREED', 'UNDER_REVIEW')");
        inForce.params.put("today", today);
        inForce.params.put("yearEnd", filter.yearEnd());
        jdbc.sql("SELECT SUM(CASE WHEN sp.next_review_date < :today THEN 1 ELSE 0 END) AS overdue,"
                        + " SUM(CASE WHEN sp.next_review_date >= :today AND sp.next_review_date <= :yearEnd"
                        + " THEN 1 ELSE 0 END) AS due" + plansInForce
                        + inForce.sql()).params(inForce.params)
                .query(rs -> {
                    rows.add(new Count("OVERDUE", rs.getLong("overdue")));
                    rows.add(new Count("DUE", rs.getLong("due")));
                });
        return rows;
    }

    /** Appeals asked in the year, by where they stand. */
    public List<Count> appealsByStatus(ListScope scope, ReportFilter filter) {
        return counts("SELECT ar.status AS k, COUNT(*) AS n FROM appeal_request ar"
                        + " JOIN school s ON s.id = ar.school_id",
                new Where().records(scope, filter, "ar.pupil_id").yearTimes("ar.requested_at", filter),
                "GROUP BY ar.status ORDER BY ar.status");
    }

    /** Appeals asked in the year and heard, by the appeals panel's outcome. */
    public List<Count> appealOutcomes(ListScope scope, ReportFilter filter) {
        return counts("SELECT pc.outcome AS k, COUNT(*) AS n FROM panel_case pc"
                        + " JOIN appeal_request ar ON ar.id = pc.appeal_id JOIN school s ON s.id = ar.school_id",
                new Where().records(scope, filter, "ar.pupil_id").yearTimes("ar.requested_at", filter).and("pc.outcome IS NOT NULL"),
                "GROUP BY pc.outcome ORDER BY pc.outcome");
    }

    /** Plans not ceased (PLANS), and of them those holding the child's own words (CHILD) and the parents' (PARENT). */
    public List<Count> planVoices(ListScope scope, ReportFilter filter, Collection<String> planTypes) {
        if (planTypes.isEmpty()) {
            return List.of();
        }
        if (wholeAuthority(scope, filter)) {
            Where where = summary(scope, filter, planTypes).and("g.status <> 'CEASED'");
            return jdbc.sql("SELECT COALESCE(SUM(g.plans), 0) AS plans, COALESCE(SUM(g.child_voice * g.plans), 0) AS child,"
                            + " COALESCE(SUM(g.parent_voice * g.plans), 0) AS parent FROM report_plan_group g" + where.sql())
                    .params(where.params)
                    .query((rs, n) -> List.of(new Count("PLANS", rs.getLong("plans")), new Count("CHILD", rs.getLong("child")),
                            new Count("PARENT", rs.getLong("parent")))).single();
        }
        Where where = new Where();
        String from = plansFrom(scope, filter, where, planTypes);
        where.and("sp.status <> 'CEASED'");
        String voice = "(SELECT 1 FROM plan_contribution c WHERE c.support_plan_id = sp.id AND c.voice = '%s')";
        return jdbc.sql("SELECT COUNT(*) AS plans,"
                        + " SUM(CASE WHEN EXISTS " + voice.formatted("CHILD") + " THEN 1 ELSE 0 END) AS child,"
                        + " SUM(CASE WHEN EXISTS " + voice.formatted("PARENT") + " THEN 1 ELSE 0 END) AS parent"
                        + from + where.sql()).params(where.params)
                .query((rs, n) -> List.of(new Count("PLANS", rs.getLong("plans")), new Count("CHILD", rs.getLong("child")),
                        new Count("PARENT", rs.getLong("parent")))).single();
    }

    /** Outcomes reviewed at reviews held in the year, by progress (ACHIEVED, PARTLY, NOT_YET). */
    public List<Count> outcomesAtReview(ListScope scope, ReportFilter filter, Collection<String> planTypes) {
        if (planTypes.isEmpty()) {
            return List.of();
        }
        if (wholeAuthority(scope, filter)) {
            return counts("SELECT g.progress AS k, SUM(g.outcomes) AS n FROM report_outcome_group g",
                    summary(scope, filter, planTypes).year("g.held_on", filter),
                    "GROUP BY g.progress HAVING SUM(g.outcomes) <> 0 ORDER BY g.progress");
        }
        Where where = new Where();
        String from = plansFrom(scope, filter, where, planTypes);
        return counts("SELECT ro.progress AS k, COUNT(*) AS n" + from
                        + " JOIN plan_review pr ON pr.support_plan_id = sp.id"
                        + " JOIN reviewed_outcome ro ON ro.plan_review_id = pr.id",
                where.year("pr.held_on", filter), "GROUP BY ro.progress ORDER BY ro.progress");
    }

    /**
     * The ledger's lines running at some time in the year, within scope, in money streams, handed
     * one by one to {@code each} (never a list of the whole ledger). The area filter keeps pupils'
     * lines of that primary need and drops the family-wide lines.
     */
    public void ledgerLines(ListScope scope, ReportFilter filter, Collection<String> streams, Consumer<LedgerLine> each) {
        if (streams.isEmpty()) {
            return;
        }
        Where where = new Where().scoped(scope, filter, "a.local_authority_id", "a.school_id", "a.family_id")
                .and("a.stream IN (:streams)", "streams", streams)
                .and("a.start_date <= :to AND a.end_date >= :from AND a.end_date >= a.start_date");
        where.params.put("from", filter.yearStart());
        where.params.put("to", filter.yearEnd());
        where.area(filter, "a.pupil_id");
        // grouped in the database: at England size 197,000 lines of a year are 3,000 groups
        jdbc.sql("SELECT f.name AS family_name, a.stream, a.level, SUM(a.amount) AS amount, COUNT(*) AS line_count,"
                        + " a.start_date, a.end_date FROM allocation a LEFT JOIN school_family f ON f.id = a.family_id"
                        + where.sql() + " GROUP BY a.family_id, f.name, a.stream, a.level, a.start_date, a.end_date")
                .params(where.params)
                .query(rs -> {
                    each.accept(new LedgerLine(rs.getString("family_name"), rs.getString("stream"), rs.getString("level"),
                            rs.getBigDecimal("amount"), rs.getDate("start_date").toLocalDate(),
                            rs.getDate("end_date").toLocalDate(), rs.getLong("line_count")));
                });
    }

    /** Each family's AFN and FNF budget for the year, by family name: [afn, fnf]. */
    public Map<String, BigDecimal[]> familyBudgets(ListScope scope, ReportFilter filter) {
        Where where = new Where().scoped(scope, filter, "b.local_authority_id", "-1", "b.family_id")
                .and("b.financial_year = :year", "year", filter.financialYear());
        if (scope.kind() == ListScope.Kind.SCHOOL || filter.schoolId() != null) {
            return Map.of();
        }
        Map<String, BigDecimal[]> budgets = new LinkedHashMap<>();
        jdbc.sql("SELECT f.name, b.afn_budget, b.fnf_budget FROM family_budget b JOIN school_family f"
                        + " ON f.id = b.family_id" + where.sql() + " ORDER BY f.name").params(where.params)
                .query(rs -> {
                    budgets.put(rs.getString("name"),
                            new BigDecimal[] {rs.getBigDecimal("afn_budget"), rs.getBigDecimal("fnf_budget")});
                });
        return budgets;
    }

    /**
     * Scottish assistant hours a week held {@code today}, per school by name: for the whole
     * authority its own ledger's lines ({@code ix_allocation_la_stream}), otherwise the lines at the
     * family's or school's schools.
     */
    public List<Amount> asnHoursBySchool(ListScope scope, ReportFilter filter, LocalDate today) {
        Where where = wholeAuthority(scope, filter)
                ? new Where().and("a.local_authority_id = :scopeId", "scopeId", scope.singleId())
                        .area(filter, "a.pupil_id")
                : new Where().records(scope, filter, "a.pupil_id");
        where.and("a.pupil_id IS NOT NULL").and("a.stream = 'ASN_HOURS'")
                .and("a.start_date <= :today AND a.end_date >= :today", "today", today);
        return jdbc.sql("SELECT s.name AS k, SUM(a.amount) AS amount FROM allocation a"
                        + " JOIN school s ON s.id = a.school_id" + where.sql()
                        + " GROUP BY s.id, s.name ORDER BY s.name").params(where.params)
                .query((rs, n) -> new Amount(rs.getString("k"), rs.getBigDecimal("amount"))).list();
    }

    /** Restrictive practice incidents in the year per school. */
    public List<Count> restrictiveBySchool(ListScope scope, ReportFilter filter) {
        return counts("SELECT s.name AS k, COUNT(*) AS n FROM restrictive_incident ri"
                        + " JOIN school s ON s.id = ri.school_id",
                new Where().records(scope, filter, "ri.pupil_id").yearTimes("ri.occurred_at", filter),
                "GROUP BY s.id, s.name ORDER BY s.name");
    }

    /** Restrictive practice incidents in the year per the pupil's primary area of need. */
    public List<Count> restrictiveByNeed(ListScope scope, ReportFilter filter) {
        return counts("SELECT " + needOf("ri.pupil_id") + " AS k, COUNT(*) AS n FROM restrictive_incident ri"
                        + " JOIN school s ON s.id = ri.school_id",
                new Where().records(scope, filter, "ri.pupil_id").yearTimes("ri.occurred_at", filter),
                "GROUP BY k ORDER BY k");
    }
}
