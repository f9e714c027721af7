package org.waymark.dataprotection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who read or changed which child's record in one authority: the audit rows about its pupils'
 * records, newest first, narrowed by a {@link Filter}. A row names its child when it is written
 * ({@code audit_event.pupil_id}, V54): the pupil itself, or the child a RAS case belongs to; plans,
 * bids, documents, letters and EHC/ALN/ASN records are audited on their pupil already. The join
 * is on that key ({@code ix_audit_event_pupil}); RAS case rows written before V54 name no child and
 * are found through their case. Plain SQL over the audit trail and the pupil
 * table; the service checks the caller and audits the look.
 */
@Component
public class AccessLog {

    /** The most rows one look returns; the CSV says when there were more. */
    public static final int LIMIT = 2_000;

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for: a pupil (by name or UPN, part of it), a user, and a range of days (inclusive). */
    public record Filter(@Nullable String pupil, @Nullable String actor, @Nullable LocalDate from,
                         @Nullable LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }

        /** Short text for the audit row of a look. */
        public String describe() {
            return "pupil=" + (pupil == null ? "" : pupil) + " actor=" + (actor == null ? "" : actor)
                    + " from=" + (from == null ? "" : from) + " to=" + (to == null ? "" : to);
        }
    }

    /**
     * One read or change of a child's record; {@code record} names the record when it is not the
     * pupil itself ("RAS_CASE 12"), else it is empty.
     */
    public record Entry(long eventId, Instant occurredAt, String actor, String action, String outcome,
                        long pupilId, String pupilName, @Nullable String upn, String record, @Nullable String detail,
                        @Nullable String remoteAddress) {
    }

    public List<Entry> find(long localAuthorityId, Filter filter, ZoneId zone) {
        StringBuilder where = new StringBuilder(" WHERE p.local_authority_id = :la");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("la", localAuthorityId);
        if (filter.pupil() != null && !filter.pupil().isBlank()) {
            where.append(" AND (p.name_key LIKE :pupil OR LOWER(p.upn) LIKE :pupil)");
            params.put("pupil", "%" + filter.pupil().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND e.actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String columns = "SELECT e.id, e.occurred_at, e.actor, e.action, e.outcome, e.detail, e.remote_address,"
                + " e.subject_type, e.subject_id, p.id AS pupil_id, p.first_name, p.last_name, p.upn";
        // rows that name their child (all rows since V54), and RAS case rows sealed before V54 without
        // one: their child is the case's, read through the case (the sealed rows cannot be back-filled —
        // a RAS row's child is hashed, docs/security.md), so the child's log shows them too
        String sql = columns + " FROM pupil p JOIN audit_event e ON e.pupil_id = p.id" + where
                + " UNION ALL " + columns + " FROM pupil p JOIN ras_case c ON c.pupil_id = p.id"
                + " JOIN audit_event e ON e.subject_type = 'RAS_CASE' AND e.pupil_id IS NULL"
                + " AND e.subject_id = CONCAT('', c.id)" + where
                + " ORDER BY occurred_at DESC, id DESC LIMIT " + LIMIT;
        return jdbc.sql(sql).params(params).query((rs, n) -> new Entry(rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("outcome"), rs.getLong("pupil_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                rs.getString("upn"), record(rs.getString("subject_type"), rs.getString("subject_id")),
                rs.getString("detail"), rs.getString("remote_address"))).list();
    }

    private static String record(String subjectType, @Nullable String subjectId) {
        if ("PUPIL".equals(subjectType)) {
            return "";
        }
        return subjectId == null ? subjectType : subjectType + " " + subjectId;
    }
}
