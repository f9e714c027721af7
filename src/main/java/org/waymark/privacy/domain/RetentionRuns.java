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

/**
 * Stores and lists the run reports: each run's portal-wide totals ({@code retention_run_line}) and
 * its part per authority ({@code retention_run_authority}, V54), which an authority's
 * administrator reads.
 */
@Component
public class RetentionRuns {

    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RetentionRun save(Instant ranAt, LocalDate asOf, String runBy, List<RetentionRun.Line> lines) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO retention_run (ran_at, as_of, run_by, by_authority) VALUES (:at, :asOf, :by, TRUE)")
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

    /** One authority's part of run {@code runId}: what it erased of that authority's records. */
    public void saveForAuthority(long runId, long localAuthorityId, List<RetentionRun.Line> lines) {
        for (RetentionRun.Line line : lines) {
            jdbc.sql("INSERT INTO retention_run_authority (retention_run_id, local_authority_id, record_kind, rule_text,"
                            + " erased, anonymised) VALUES (:id, :la, :kind, :rule, :erased, :anon)")
                    .param("id", runId).param("la", localAuthorityId).param("kind", line.kind().name())
                    .param("rule", line.rule()).param("erased", line.erased()).param("anon", line.anonymised()).update();
        }
    }

    /**
     * The latest runs kept per authority, newest first, each with {@code localAuthorityId}'s part
     * only (no lines where the run erased nothing of that authority's).
     */
    public List<RetentionRun> latestFor(long localAuthorityId, int limit) {
        record Head(long id, Instant ranAt, LocalDate asOf, String runBy) {
        }
        List<Head> heads = jdbc.sql("SELECT id, ran_at, as_of, run_by FROM retention_run WHERE by_authority = TRUE"
                        + " ORDER BY ran_at DESC, id DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getDate(3).toLocalDate(), rs.getString(4))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RetentionRun.Line>> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT retention_run_id, record_kind, rule_text, erased, anonymised FROM retention_run_authority"
                        + " WHERE local_authority_id = :la AND retention_run_id IN (:ids) ORDER BY record_kind")
                .param("la", localAuthorityId).param("ids", heads.stream().map(Head::id).toList())
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RetentionRun.Line(
                            RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                });
        return heads.stream().map(h -> new RetentionRun(h.id(), h.ranAt(), h.asOf(), h.runBy(),
                lines.getOrDefault(h.id(), List.of()))).toList();
    }
}
