package org.waymark.privacy.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Stores and lists the run reports. */
@Component
public class RetentionRuns {

    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RetentionRun save(Instant ranAt, LocalDate asOf, String runBy, List<RetentionRun.Line> lines) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO retention_run (ran_at, as_of, run_by) VALUES (:at, :asOf, :by)")
                .param("at", Timestamp.from(ranAt)).param("asOf", asOf).param("by", runBy)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (RetentionRun.Line line : lines) {
            jdbc.sql("INSERT INTO retention_run_line (retention_run_id, record_kind, rule_text, erased, anonymised)"
                            + " VALUES (:id, :kind, :rule, :erased, :anon)")
                    .param("id", id).param("kind", line.kind().name()).param("rule", line.rule())
                    .param("erased", line.erased()).param("anon", line.anonymised()).update();
        }
        return new RetentionRun(id, ranAt, asOf, runBy, lines);
    }

    /** The latest runs, newest first, each with its lines. */
    public List<RetentionRun> latest(int limit) {
        record Head(long id, Instant ranAt, LocalDate asOf, String runBy) {
        }
        List<Head> heads = jdbc.sql("SELECT id, ran_at, as_of, run_by FROM retention_run ORDER BY ran_at DESC, id DESC"
                        + " LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getDate(3).toLocalDate(), rs.getString(4))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RetentionRun.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT retention_run_id, record_kind, rule_text, erased, anonymised FROM retention_run_line"
                        + " WHERE retention_run_id IN (:ids) ORDER BY record_kind")
                .param("ids", heads.stream().map(Head::id).toList())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RetentionRun.Line(
                            RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                });
        return heads.stream().map(h -> new RetentionRun(h.id(), h.ranAt(), h.asOf(), h.runBy(),
                lines.getOrDefault(h.id(), List.of()))).toList();
    }
}
