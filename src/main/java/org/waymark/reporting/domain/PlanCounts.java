package org.waymark.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.plans.domain.PlanContribution;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanReviewTimed;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.pupils.domain.PupilErasing;

/**
 * Keeps the authority's plan summaries ({@code report_plan_group}, {@code report_review_group},
 * {@code report_outcome_group}, V59) exact as plans are written, as {@link PupilCounts} keeps the
 * pupil summaries: what a plan adds to the three summaries (one plan row; its reviews; their
 * outcomes) is read before a save of the plan, of one of its contributions or of one of its reviews
 * and again after it, and the difference written in the same transaction. A review's due day,
 * written after the review ({@link PlanReviewTimed}), moves it from "held, untimed" to on time or
 * late; a change of the pupil's main need moves their plans ({@link #moving}); an erased pupil's
 * plans leave ({@link PupilErasing}). Writers that bypass the aggregates (the scale-data generator's
 * batch inserts) call {@link #recount} for the authority afterwards.
 *
 * <p>A plan is counted under its own copy of its pupil's need ({@code support_plan.pupil_need},
 * V58), or the pupil's need where the copy is missing, so a plan is counted the same before and after
 * the copy is filled in.
 */
@Component
public class PlanCounts {

    /** A row of one of the three summaries: which table, its key columns in order, and by how many. */
    record Row(String table, List<Object> key) {
    }

    private static final String NEED = "COALESCE(sp.pupil_need, (SELECT p.primary_need FROM pupil p WHERE p.id = sp.pupil_id))";
    private static final String PLAN_COLUMNS = "(local_authority_id, plan_type, status, pupil_need, review_on, child_voice,"
            + " parent_voice, plans)";
    private static final String REVIEW_COLUMNS = "(local_authority_id, plan_type, pupil_need, held_on, timeliness, reviews)";
    private static final String OUTCOME_COLUMNS = "(local_authority_id, plan_type, pupil_need, held_on, progress, outcomes)";

    private static String voice(String voice) {
        return "CASE WHEN EXISTS (SELECT 1 FROM plan_contribution c WHERE c.support_plan_id = sp.id AND c.voice = '"
                + voice + "') THEN 1 ELSE 0 END";
    }

    private static final String PLAN_ROWS = "SELECT sp.local_authority_id, sp.plan_type, sp.status, " + NEED + " AS need,"
            + " COALESCE(sp.next_review_date, DATE '9999-12-31') AS review_on, " + voice("CHILD") + " AS child_voice, "
            + voice("PARENT") + " AS parent_voice FROM support_plan sp";
    private static final String TIMELINESS = "CASE WHEN d.due_on IS NULL THEN 'HELD_UNTIMED'"
            + " WHEN pr.held_on <= d.due_on THEN 'HELD_ON_TIME' ELSE 'HELD_LATE' END";
    private static final String REVIEW_ROWS = "SELECT sp.local_authority_id, sp.plan_type, " + NEED + " AS need, pr.held_on,"
            + " " + TIMELINESS + " AS timeliness FROM plan_review pr JOIN support_plan sp ON sp.id = pr.support_plan_id"
            + " LEFT JOIN plan_review_due d ON d.plan_review_id = pr.id";
    private static final String OUTCOME_ROWS = "SELECT sp.local_authority_id, sp.plan_type, " + NEED + " AS need, pr.held_on,"
            + " ro.progress FROM reviewed_outcome ro JOIN plan_review pr ON pr.id = ro.plan_review_id"
            + " JOIN support_plan sp ON sp.id = pr.support_plan_id";

    private final JdbcClient jdbc;
    /** What the plans being saved on this thread added to the summaries before the save. */
    private final ThreadLocal<Map<Long, Map<Row, Long>>> before = ThreadLocal.withInitial(HashMap::new);

    PlanCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static @Nullable Long planOf(Object entity) {
        if (entity instanceof SupportPlan plan) {
            return plan.getId();
        }
        if (entity instanceof PlanContribution contribution) {
            return contribution.supportPlanId();
        }
        if (entity instanceof PlanReview review) {
            return review.getSupportPlanId();
        }
        return null;
    }

    @EventListener
    void beforeSave(BeforeSaveEvent<?> event) {
        Long plan = planOf(event.getEntity());
        if (plan != null) {
            before.get().put(plan, rows(List.of(plan)));
        }
    }

    @EventListener
    void afterSave(AfterSaveEvent<?> event) {
        Long plan = planOf(event.getEntity());
        if (plan != null) {
            Map<Row, Long> old = before.get().remove(plan);
            apply(old == null ? Map.of() : old, rows(List.of(plan)));
        }
    }

    /** A review's due day was written: the review moves from untimed to on time or late. */
    @EventListener
    void timed(PlanReviewTimed event) {
        jdbc.sql("SELECT sp.local_authority_id, sp.plan_type, " + NEED + " FROM support_plan sp WHERE sp.id = :id")
                .param("id", event.planId())
                .query(rs -> {
                    List<Object> plan = List.of(rs.getLong(1), rs.getString(2), rs.getString(3), event.heldOn());
                    add(new Row("report_review_group", append(plan, "HELD_UNTIMED")), -1);
                    add(new Row("report_review_group", append(plan, event.heldOn().isAfter(event.dueOn())
                            ? "HELD_LATE" : "HELD_ON_TIME")), 1);
                });
    }

    /** An erased pupil's plans leave the summaries before their rows go. */
    @EventListener
    void erasing(PupilErasing event) {
        apply(rows(plansOf(event.pupilId())), Map.of());
    }

    /**
     * Runs a write that changes the need every plan of a pupil is counted under, moving the plans with
     * it. The pupil's own row already holds the new need: a plan still without its copy of the need was
     * counted under {@code oldNeed}.
     */
    void moving(long pupilId, String oldNeed, Runnable write) {
        List<Long> plans = plansOf(pupilId);
        Map<Row, Long> old = rows(plans, oldNeed);
        write.run();
        apply(old, rows(plans));
    }

    private List<Long> plansOf(long pupilId) {
        return jdbc.sql("SELECT id FROM support_plan WHERE pupil_id = :id").param("id", pupilId).query(Long.class).list();
    }

    private static List<Object> append(List<Object> key, Object last) {
        List<Object> longer = new java.util.ArrayList<>(key);
        longer.add(last);
        return longer;
    }

    /** What the given plans add to the three summaries, row by row. */
    private Map<Row, Long> rows(Collection<Long> plans) {
        return rows(plans, null);
    }

    /** As {@link #rows(Collection)}, a plan without its copy of the need counted under {@code needIfMissing} if given. */
    private Map<Row, Long> rows(Collection<Long> plans, @Nullable String needIfMissing) {
        Map<Row, Long> rows = new HashMap<>();
        if (plans.isEmpty()) {
            return rows;
        }
        java.util.function.UnaryOperator<String> sql = needIfMissing == null ? q -> q
                : q -> q.replace(NEED, "COALESCE(sp.pupil_need, :needIfMissing)");
        Map<String, Object> params = new HashMap<>();
        params.put("ids", plans);
        if (needIfMissing != null) {
            params.put("needIfMissing", needIfMissing);
        }
        jdbc.sql(sql.apply(PLAN_ROWS) + " WHERE sp.id IN (:ids)").params(params)
                .query(rs -> {
                    rows.merge(new Row("report_plan_group", List.of(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getInt(6), rs.getInt(7))), 1L, Long::sum);
                });
        jdbc.sql(sql.apply(REVIEW_ROWS) + " WHERE sp.id IN (:ids)").params(params)
                .query(rs -> {
                    rows.merge(new Row("report_review_group", List.of(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getString(5))), 1L, Long::sum);
                });
        jdbc.sql(sql.apply(OUTCOME_ROWS) + " WHERE sp.id IN (:ids)").params(params)
                .query(rs -> {
                    rows.merge(new Row("report_outcome_group", List.of(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getString(5))), 1L, Long::sum);
                });
        return rows;
    }

    /** Writes the difference between what the plans added before and what they add now. */
    private void apply(Map<Row, Long> old, Map<Row, Long> now) {
        Map<Row, Long> delta = new HashMap<>(now);
        old.forEach((row, n) -> delta.merge(row, -n, Long::sum));
        delta.forEach((row, n) -> {
            if (n != 0) {
                add(row, n);
            }
        });
    }

    private void add(Row row, long delta) {
        String columns = switch (row.table()) {
            case "report_plan_group" -> PLAN_COLUMNS;
            case "report_review_group" -> REVIEW_COLUMNS;
            default -> OUTCOME_COLUMNS;
        };
        String counted = columns.substring(columns.lastIndexOf(", ") + 2, columns.length() - 1);
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < row.key().size(); i++) {
            values.append(":k").append(i).append(", ");
            params.put("k" + i, row.key().get(i));
        }
        params.put("d", delta);
        jdbc.sql("INSERT INTO " + row.table() + " " + columns + " VALUES (" + values + ":d) ON DUPLICATE KEY UPDATE "
                + counted + " = " + counted + " + :d").params(params).update();
    }

    /**
     * Counts an authority's plans afresh, after a bulk write that did not go through the aggregates
     * (the same statements as V59's, for one authority).
     */
    public static void recount(JdbcTemplate jdbc, long localAuthorityId) {
        for (String table : List.of("report_plan_group", "report_review_group", "report_outcome_group")) {
            jdbc.update("DELETE FROM " + table + " WHERE local_authority_id = ?", localAuthorityId);
        }
        jdbc.update("INSERT INTO report_plan_group " + PLAN_COLUMNS + " SELECT t.local_authority_id, t.plan_type, t.status,"
                + " t.need, t.review_on, t.child_voice, t.parent_voice, COUNT(*) FROM (" + PLAN_ROWS
                + " WHERE sp.local_authority_id = ?) t GROUP BY t.local_authority_id, t.plan_type, t.status, t.need,"
                + " t.review_on, t.child_voice, t.parent_voice", localAuthorityId);
        jdbc.update("INSERT INTO report_review_group " + REVIEW_COLUMNS + " SELECT t.local_authority_id, t.plan_type,"
                + " t.need, t.held_on, t.timeliness, COUNT(*) FROM (" + REVIEW_ROWS + " WHERE sp.local_authority_id = ?) t"
                + " GROUP BY t.local_authority_id, t.plan_type, t.need, t.held_on, t.timeliness", localAuthorityId);
        jdbc.update("INSERT INTO report_outcome_group " + OUTCOME_COLUMNS + " SELECT t.local_authority_id, t.plan_type,"
                + " t.need, t.held_on, t.progress, COUNT(*) FROM (" + OUTCOME_ROWS + " WHERE sp.local_authority_id = ?) t"
                + " GROUP BY t.local_authority_id, t.plan_type, t.need, t.held_on, t.progress", localAuthorityId);
    }
}
