package org.waymark.reporting.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.AuthorityPupilTally;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.domain.PupilErasing;
import org.waymark.pupils.domain.PupilsAdded;

/**
 * Keeps the dashboards' pupil summaries ({@code report_pupil_group}, {@code report_pupil_school},
 * V42) exact as pupils are written: each save of the pupil aggregate is seen before it is written
 * (the pupil's counted groups as they stand) and after (as they now are); when a pupil's school,
 * main need, year group or stage changed, the old groups lose one and the new ones gain one, in the
 * same transaction as the save. Writers that bypass the aggregate (the scale-data generator's batch
 * inserts) call {@link #recount} for the authority afterwards.
 *
 * <p>It also keeps each plan's, ledger line's, decision letter's, restrictive practice incident's and EHC needs assessment's copy of its pupil's main need
 * ({@code pupil_need}, V58, V61, V63 and V64), which the authority's figures narrowed to one need read from the
 * record itself instead of reading each record's pupil row: written when a record is saved without
 * it (a new one) and rewritten on every record of a pupil whose save changes the main need, each in
 * the save's own transaction. Writers that bypass the aggregates call {@link #fillPupilNeeds}; a
 * record left without it is still counted (the figures look its pupil's need up), only more slowly.
 *
 * <p>New pupils written as a batch ({@link PupilsAdded}: an import's slice of a school's file) are
 * not counted one by one as they are saved (a read and two upserts each: 90,000 statements for a
 * 30,000-pupil file) but when the batch's event arrives, in the same transaction: one grouped read
 * of the batch's pupils and one upsert per group and table. A new pupil has no plans, so there is
 * no plan need to write. A pupil erased by the retention rule ({@link PupilErasing}) leaves the
 * counts before its rows go.
 */
@Component
public class PupilCounts implements AuthorityPupilTally {

    /** Where a pupil is counted: its school's authority, school, main need, year group and stage (-1 none). */
    record Key(long localAuthorityId, long schoolId, String need, String yearGroup, int yearRank, int stage) {
    }

    /** Pupils of a batch read in one statement (an IN list). */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final PlanCounts planCounts;
    private final org.springframework.data.relational.core.mapping.RelationalMappingContext mapping;
    /** The groups of the pupils being saved on this thread, as they stood before the save. */
    private final ThreadLocal<Map<Long, Key>> before = ThreadLocal.withInitial(HashMap::new);

    PupilCounts(JdbcClient jdbc, PlanCounts planCounts,
                org.springframework.data.relational.core.mapping.RelationalMappingContext mapping) {
        this.mapping = mapping;
        this.jdbc = jdbc;
        this.planCounts = planCounts;
    }

    @EventListener
    void beforeSave(BeforeSaveEvent<?> event) {
        if (event.getEntity() instanceof Pupil pupil && pupil.getId() != null) {
            Key key = key(pupil.getId());
            if (key != null) {
                before.get().put(pupil.getId(), key);
            }
        }
    }

    @EventListener
    void afterSave(AfterSaveEvent<?> event) {
        KeepsNeed keeping = keepsNeed(event.getEntity());
        if (keeping != null) {
            // a new plan, ledger line, letter, incident or assessment (or one a writer that bypassed this left without
            // it): its pupil's need now; the read of the pupil row in the UPDATE is a locking read, so a change of need
            // committed meanwhile is not missed
            jdbc.sql("UPDATE " + keeping.table() + " SET pupil_need = (SELECT p.primary_need FROM pupil p"
                    + " WHERE p.id = " + keeping.table() + ".pupil_id) WHERE id = :id AND pupil_need IS NULL")
                    .param("id", keeping.id()).update();
            return;
        }
        if (event.getEntity() instanceof Pupil pupil && pupil.getId() != null) {
            Key old = before.get().remove(pupil.getId());
            if (old == null && PupilsAdded.writing()) {
                return; // a new pupil of a batch: counted with the batch (added below)
            }
            Key now = key(pupil.getId());
            if (Objects.equals(old, now)) {
                return;
            }
            if (now != null && old != null && !old.need().equals(now.need())) {
                // the pupil's plans move with the need, in the plan summaries too
                planCounts.moving(pupil.getId(), old.need(), () -> planNeeds(pupil.getId(), now.need()));
            } else if (now != null && old == null) {
                planNeeds(pupil.getId(), now.need());
            }
            if (old != null) {
                add(old, -1);
            }
            if (now != null) {
                add(now, 1);
            }
        }
    }

    /** The tables whose rows keep their pupil's main need (V58, V61, V63, V64): a pupil's change of need is written on each. */
    private static final List<String> KEEPING_NEED = List.of("support_plan", "allocation", "decision_letter",
            "restrictive_incident", "ehc_assessment");

    /** A saved record's table, which keeps its pupil's need, and the record's id. */
    private record KeepsNeed(String table, Object id) {
    }

    /**
     * The table and id of a saved record that keeps its pupil's need (a plan, ledger line, letter,
     * restrictive practice incident or EHC assessment), found by the aggregate's mapped table so
     * this needs no dependency on the features that write them; otherwise null.
     */
    private @Nullable KeepsNeed keepsNeed(Object entity) {
        var mapped = mapping.getPersistentEntity(entity.getClass());
        if (mapped == null) {
            return null;
        }
        String table = mapped.getTableName().getReference().toLowerCase(java.util.Locale.ROOT);
        Object id = KEEPING_NEED.contains(table) ? mapped.getIdentifierAccessor(entity).getIdentifier() : null;
        return id == null ? null : new KeepsNeed(table, id);
    }

    private void planNeeds(long pupilId, String need) {
        for (String table : KEEPING_NEED) {
            jdbc.sql("UPDATE " + table + " SET pupil_need = :need WHERE pupil_id = :id").param("need", need)
                    .param("id", pupilId).update();
        }
    }

    /** A batch of new pupils: counted in their groups in a few statements, in the writer's transaction. */
    @EventListener
    void added(PupilsAdded event) {
        List<Long> ids = event.pupilIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Key, Integer> groups = new HashMap<>();
            jdbc.sql("SELECT s.local_authority_id, p.school_id, p.primary_need, p.year_group, p.year_rank,"
                            + " COALESCE(p.sif_stage, -1), COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id"
                            + " WHERE p.id IN (:ids) GROUP BY s.local_authority_id, p.school_id, p.primary_need,"
                            + " p.year_group, p.year_rank, COALESCE(p.sif_stage, -1)")
                    .param("ids", slice)
                    .query(rs -> {
                        groups.merge(new Key(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getInt(6)), rs.getInt(7), Integer::sum);
                    });
            groups.forEach(this::add);
        }
    }

    @EventListener
    void beforeDelete(BeforeDeleteEvent<?> event) {
        if (Pupil.class.equals(event.getType()) && event.getId().getValue() instanceof Long id) {
            uncount(id);
        }
    }

    /** A pupil erased by the retention rule (set-wise deletes, no aggregate events): taken out of the counts first. */
    @EventListener
    void erasing(PupilErasing event) {
        uncount(event.pupilId());
    }

    private void uncount(long pupilId) {
        Key old = key(pupilId);
        if (old != null) {
            add(old, -1);
        }
    }

    private @Nullable Key key(long pupilId) {
        return jdbc.sql("SELECT s.local_authority_id, p.school_id, p.primary_need, p.year_group, p.year_rank,"
                        + " COALESCE(p.sif_stage, -1) FROM pupil p JOIN school s ON s.id = p.school_id WHERE p.id = :id")
                .param("id", pupilId)
                .query((rs, n) -> new Key(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6))).optional().orElse(null);
    }

    private void add(Key key, int delta) {
        jdbc.sql("INSERT INTO report_pupil_group (local_authority_id, primary_need, year_group, year_rank, sif_stage,"
                        + " pupils) VALUES (:la, :need, :year, :rank, :stage, :d) ON DUPLICATE KEY UPDATE pupils = pupils + :d")
                .param("la", key.localAuthorityId()).param("need", key.need()).param("year", key.yearGroup())
                .param("rank", key.yearRank()).param("stage", key.stage()).param("d", delta).update();
        jdbc.sql("INSERT INTO report_pupil_school (school_id, primary_need, pupils) VALUES (:school, :need, :d)"
                        + " ON DUPLICATE KEY UPDATE pupils = pupils + :d")
                .param("school", key.schoolId()).param("need", key.need()).param("d", delta).update();
    }

    /** Counts an authority's pupils afresh, after a bulk write that did not go through the aggregate. */
    public static void recount(JdbcTemplate jdbc, long localAuthorityId) {
        jdbc.update("DELETE FROM report_pupil_group WHERE local_authority_id = ?", localAuthorityId);
        jdbc.update("INSERT INTO report_pupil_group (local_authority_id, primary_need, year_group, year_rank, sif_stage,"
                + " pupils) SELECT s.local_authority_id, p.primary_need, p.year_group, p.year_rank,"
                + " COALESCE(p.sif_stage, -1), COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id"
                + " WHERE s.local_authority_id = ? GROUP BY s.local_authority_id, p.primary_need, p.year_group,"
                + " p.year_rank, COALESCE(p.sif_stage, -1)", localAuthorityId);
        jdbc.update("DELETE FROM report_pupil_school WHERE school_id IN (SELECT id FROM school WHERE local_authority_id = ?)",
                localAuthorityId);
        jdbc.update("INSERT INTO report_pupil_school (school_id, primary_need, pupils) SELECT p.school_id, p.primary_need,"
                + " COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.local_authority_id = ?"
                + " GROUP BY p.school_id, p.primary_need", localAuthorityId);
    }

    @Override
    public Tally ofAuthority(long localAuthorityId) {
        Map<AreaOfNeed, Long> byNeed = new EnumMap<>(AreaOfNeed.class);
        for (AreaOfNeed area : AreaOfNeed.values()) {
            byNeed.put(area, 0L);
        }
        Map<YearGroup, Long> byYear = new EnumMap<>(YearGroup.class);
        jdbc.sql("SELECT primary_need, year_group, pupils FROM report_pupil_group WHERE local_authority_id = :la"
                        + " AND pupils <> 0")
                .param("la", localAuthorityId)
                .query(rs -> {
                    long n = rs.getLong(3);
                    byNeed.merge(AreaOfNeed.valueOf(rs.getString(1)), n, Long::sum);
                    byYear.merge(YearGroup.valueOf(rs.getString(2)), n, Long::sum);
                });
        Map<Long, Long> bySchool = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT c.school_id, SUM(c.pupils) FROM report_pupil_school c JOIN school s ON s.id = c.school_id"
                        + " WHERE s.local_authority_id = :la GROUP BY c.school_id HAVING SUM(c.pupils) <> 0")
                .param("la", localAuthorityId)
                .query(rs -> {
                    bySchool.put(rs.getLong(1), rs.getLong(2));
                });
        return new Tally(byNeed, byYear, bySchool);
    }

    /** Writes the pupil's main need on an authority's plans, ledger lines and letters that lack it, after a bulk write. */
    public static void fillPupilNeeds(JdbcTemplate jdbc, long localAuthorityId) {
        for (String table : KEEPING_NEED) {
            jdbc.update("UPDATE " + table + " SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = " + table
                    + ".pupil_id) WHERE local_authority_id = ? AND pupil_need IS NULL AND pupil_id IS NOT NULL",
                    localAuthorityId);
        }
    }
}
