package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.security.domain.ListScope;

/**
 * Read-side queries over plans within a caller's scope: the reviews coming up and overdue, and
 * the provision in force summed per school.
 */
@Component
public class PlanDirectory {

    /**
     * One plan whose review is scheduled; for an EHC plan with an annual review open, the step of
     * it due next and that step's due date ({@link AnnualReviewClock}).
     */
    public record ReviewRow(long planId, long pupilId, String pupilName, String schoolName, PlanType type,
                            PlanStatus status, LocalDate nextReviewDate, AnnualReviewClock.@Nullable Step step,
                            @Nullable LocalDate stepDue) {

        public ReviewRow(long planId, long pupilId, String pupilName, String schoolName, PlanType type,
                         PlanStatus status, LocalDate nextReviewDate) {
            this(planId, pupilId, pupilName, schoolName, type, status, nextReviewDate, null, null);
        }

        public boolean overdue(LocalDate today) {
            return stepDue != null ? stepDue.isBefore(today)
                    : status == PlanStatus.AGREED && nextReviewDate.isBefore(today);
        }

        /** The date being counted down: the open annual review's next step, or the review itself. */
        public LocalDate dueOn() {
            return stepDue != null ? stepDue : nextReviewDate;
        }

        /** Calendar days to {@link #dueOn()}: negative once overdue. */
        public long daysLeft(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn());
        }
    }

    private final JdbcClient jdbc;

    PlanDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans in force or under review with a review date, soonest (most overdue) first. */
    public List<ReviewRow> reviews(ListScope scope, boolean overdueOnly, LocalDate today, int offset, int limit) {
        return reviews(scope, overdueOnly, today, offset, limit, java.util.EnumSet.allOf(PlanType.class));
    }

    /** {@link #reviews} of plans of the given types only (the page is chosen among them). */
    public List<ReviewRow> reviews(ListScope scope, boolean overdueOnly, LocalDate today, int offset, int limit,
                                   Set<PlanType> types) {
        if (scope.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        boolean someTypes = types.size() < PlanType.values().length;
        if (someTypes) {
            params.put("types", types.stream().map(Enum::name).sorted().toList());
        }
        // an authority's plans by the plan's own column too: the (authority, next review) index
        // gives the soonest reviews without sorting every plan
        String condition = scope.kind() == ListScope.Kind.AUTHORITY
                ? authorityCondition(scope, params) : PupilDirectory.scopeCondition(scope, params);
        // the page is chosen from plans and pupils alone, then joined to schools: with the school
        // join inside, MariaDB read schools first and sorted every plan (170 ms at Kent size)
        // an EHC plan's open annual review (at most one) brings the step due next and its date
        String sql = "SELECT r.id, r.pupil_id, r.first_name, r.last_name, r.preferred_name, s.name AS school_name,"
                + " r.plan_type, r.status, r.next_review_date, r.next_step, r.next_due_on FROM (SELECT sp.id,"
                + " sp.pupil_id, p.first_name, p.last_name, p.preferred_name, p.school_id, sp.plan_type, sp.status,"
                + " sp.next_review_date, ear.next_step, ear.next_due_on"
                + " FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                + " LEFT JOIN ehc_annual_review ear ON ear.support_plan_id = sp.id AND ear.closed = FALSE"
                + " WHERE " + condition + " AND sp.status IN ('AGREED', 'UNDER_REVIEW')"
                + " AND sp.next_review_date IS NOT NULL"
                + (someTypes ? " AND sp.plan_type IN (:types)" : "")
                + (overdueOnly ? " AND ((sp.status = 'AGREED' AND sp.next_review_date < :today)"
                + " OR ear.next_due_on < :today)" : "")
                + " ORDER BY sp.next_review_date, sp.id LIMIT :limit OFFSET :offset) r"
                + " JOIN school s ON s.id = r.school_id ORDER BY r.next_review_date, r.id";
        params.put("today", today);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query((rs, n) -> new ReviewRow(rs.getLong("id"), rs.getLong("pupil_id"),
                PupilDirectory.displayName(rs), rs.getString("school_name"),
                PlanType.valueOf(rs.getString("plan_type")), PlanStatus.valueOf(rs.getString("status")),
                rs.getDate("next_review_date").toLocalDate(),
                rs.getString("next_step") == null ? null : AnnualReviewClock.Step.valueOf(rs.getString("next_step")),
                rs.getDate("next_due_on") == null ? null : rs.getDate("next_due_on").toLocalDate())).list();
    }

    /**
     * EHC plans with an annual review open whose next step is due by {@code horizon} (or overdue),
     * soonest first, on the (authority, closed, next due) index: for the work queues.
     */
    public List<ReviewRow> annualReviewsDue(ListScope scope, LocalDate horizon, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String condition = scope.kind() == ListScope.Kind.AUTHORITY
                ? "ear.local_authority_id = :scopeId AND " + authorityCondition(scope, params)
                : PupilDirectory.scopeCondition(scope, params);
        params.put("horizon", horizon);
        params.put("limit", limit);
        return jdbc.sql("SELECT sp.id, sp.pupil_id, p.first_name, p.last_name, p.preferred_name, s.name AS school_name,"
                        + " sp.plan_type, sp.status, sp.next_review_date, ear.next_step, ear.next_due_on"
                        + " FROM ehc_annual_review ear JOIN support_plan sp ON sp.id = ear.support_plan_id"
                        + " JOIN pupil p ON p.id = sp.pupil_id JOIN school s ON s.id = p.school_id"
                        + " WHERE " + condition + " AND ear.closed = FALSE AND ear.next_due_on <= :horizon"
                        + " AND sp.status IN ('AGREED', 'UNDER_REVIEW') AND sp.next_review_date IS NOT NULL"
                        + " ORDER BY ear.next_due_on, sp.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new ReviewRow(rs.getLong("id"), rs.getLong("pupil_id"), PupilDirectory.displayName(rs),
                        rs.getString("school_name"), PlanType.valueOf(rs.getString("plan_type")),
                        PlanStatus.valueOf(rs.getString("status")), rs.getDate("next_review_date").toLocalDate(),
                        AnnualReviewClock.Step.valueOf(rs.getString("next_step")),
                        rs.getDate("next_due_on").toLocalDate())).list();
    }

    private static String authorityCondition(ListScope scope, Map<String, Object> params) {
        params.put("scopeId", scope.singleId());
        return "sp.local_authority_id = :scopeId AND p.local_authority_id = :scopeId";
    }

    /**
     * The current plan ({@link CurrentPlan}) of each of the given pupils that has one, in one
     * query over the (pupil) index: for a page of the pupil grid.
     */
    public Map<Long, CurrentPlan.Ref> currentPlans(Collection<Long> pupilIds) {
        Map<Long, List<CurrentPlan.Ref>> byPupil = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("SELECT id, pupil_id, plan_type, status FROM support_plan WHERE pupil_id IN (:ids)"
                        + " ORDER BY pupil_id, created_at, id")
                .param("ids", List.copyOf(pupilIds))
                .query(rs -> {
                    CurrentPlan.Ref ref = new CurrentPlan.Ref(rs.getLong("id"), rs.getLong("pupil_id"),
                            PlanType.valueOf(rs.getString("plan_type")), PlanStatus.valueOf(rs.getString("status")));
                    byPupil.computeIfAbsent(ref.pupilId(), k -> new ArrayList<>()).add(ref);
                });
        Map<Long, CurrentPlan.Ref> current = new HashMap<>();
        byPupil.forEach((pupilId, plans) -> CurrentPlan.of(plans, CurrentPlan.Ref::status).ifPresent(p -> current.put(pupilId, p)));
        return current;
    }

    /** Hours a week of provision in force at one school, in one language and grouping, and how many pupils get it. */
    public record ProvisionHours(long schoolId, String schoolName, DeliveryLanguage language, GroupSize groupSize,
                                 int pupils, BigDecimal hoursPerWeek) {
    }

    /**
     * The provision in force of plans of the given types, summed per pupil's school, language and
     * grouping: the newest agreed version of every plan that has not ceased (a draft being
     * reviewed does not count until it is agreed), schools by name.
     */
    public List<ProvisionHours> provisionBySchool(ListScope scope, Set<PlanType> types) {
        if (scope.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String condition = PupilDirectory.scopeCondition(scope, params);
        params.put("types", types.stream().map(Enum::name).sorted().toList());
        String sql = "SELECT s.id AS school_id, s.name AS school_name, l.delivery_language, l.group_size,"
                + " COUNT(DISTINCT sp.pupil_id) AS pupils, SUM(l.hours_per_week) AS hours"
                + " FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                + " JOIN plan_version v ON v.support_plan_id = sp.id AND v.agreed = TRUE"
                + " JOIN plan_provision_line l ON l.plan_version_id = v.id"
                + " JOIN school s ON s.id = p.school_id"
                + " WHERE " + condition + " AND sp.plan_type IN (:types) AND sp.status <> 'CEASED'"
                + " AND v.number = (SELECT MAX(v2.number) FROM plan_version v2"
                + " WHERE v2.support_plan_id = sp.id AND v2.agreed = TRUE)"
                + " GROUP BY s.id, s.name, l.delivery_language, l.group_size"
                + " ORDER BY s.name, s.id, l.delivery_language, l.group_size";
        return jdbc.sql(sql).params(params).query((rs, n) -> new ProvisionHours(rs.getLong("school_id"),
                rs.getString("school_name"), DeliveryLanguage.valueOf(rs.getString("delivery_language")),
                GroupSize.valueOf(rs.getString("group_size")), rs.getInt("pupils"), rs.getBigDecimal("hours")))
                .list();
    }

    /** A draft shared with the family, waiting for their views until {@code until}. */
    public record SharedDraft(long planId, long pupilId, String pupilName, PlanType type, LocalDate until) {
    }

    /** Drafts (new or under review) whose comment window is open today, the soonest closing first. */
    public List<SharedDraft> sharedDrafts(ListScope scope, LocalDate today, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String condition = PupilDirectory.scopeCondition(scope, params);
        params.put("today", today);
        params.put("limit", limit);
        return jdbc.sql("SELECT sp.id, sp.pupil_id, p.first_name, p.last_name, p.preferred_name, sp.plan_type,"
                        + " sp.comment_window_ends_on FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                        + " WHERE " + condition + " AND sp.status IN ('DRAFT', 'UNDER_REVIEW')"
                        + " AND sp.comment_window_ends_on >= :today"
                        + " ORDER BY sp.comment_window_ends_on, sp.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new SharedDraft(rs.getLong("id"), rs.getLong("pupil_id"),
                        PupilDirectory.displayName(rs), PlanType.valueOf(rs.getString("plan_type")),
                        rs.getDate("comment_window_ends_on").toLocalDate())).list();
    }
}
