package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.security.domain.ListScope;

/**
 * The ledger as a list: one page of lines in a scope, each with its pupil's and school's names,
 * in one query ordered by end date on the (scope, end date) indexes. Loading every line as an
 * aggregate with its history, then each pupil's name, took 7.7 s for a Kent-sized authority's
 * 14,000 lines (docs/performance.md); a page of this takes milliseconds.
 */
@Component
public class LedgerDirectory {

    /** One ledger line as the list shows it. */
    public record LedgerRow(long allocationId, @Nullable Long pupilId, String pupilName, String schoolName,
                            FundingStream stream, @Nullable String level, BigDecimal amount, LocalDate startDate,
                            LocalDate endDate, AllocationSource source, @Nullable AllocationEnd endReason,
                            @Nullable LocalDate reviewDueBy, @Nullable String recoupFrom,
                            @Nullable LocalDate notifiedOn) {
    }

    private final JdbcClient jdbc;

    LedgerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lines of the scope still running on {@code from} or later (never those stopped before they
     * began), optionally of one stream and ending by a day, soonest ending first.
     */
    public List<LedgerRow> lines(ListScope scope, LocalDate from, @Nullable FundingStream stream,
                                 @Nullable LocalDate endingBy, int offset, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.pupil_id, p.first_name, p.last_name, p.preferred_name,"
                + " s.name AS school_name, a.stream, a.level, a.amount, a.start_date, a.end_date, a.source,"
                + " a.end_reason, a.review_due_by, a.recoup_from, a.notified_on FROM allocation a"
                + " LEFT JOIN pupil p ON p.id = a.pupil_id LEFT JOIN school s ON s.id = a.school_id WHERE ");
        sql.append(scopeCondition(scope, params));
        sql.append(" AND a.end_date >= :from AND a.end_date >= a.start_date");
        params.put("from", from);
        if (stream != null) {
            sql.append(" AND a.stream = :stream");
            params.put("stream", stream.name());
        }
        if (endingBy != null) {
            sql.append(" AND a.end_date <= :endingBy");
            params.put("endingBy", endingBy);
        }
        sql.append(" ORDER BY a.end_date, a.id LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new LedgerRow(rs.getLong("id"),
                rs.getObject("pupil_id") == null ? null : rs.getLong("pupil_id"),
                rs.getString("last_name") == null ? "" : PupilDirectory.displayName(rs), // a family line has no pupil
                rs.getString("school_name") == null ? "" : rs.getString("school_name"),
                FundingStream.valueOf(rs.getString("stream")), rs.getString("level"), rs.getBigDecimal("amount"),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                AllocationSource.valueOf(rs.getString("source")),
                rs.getString("end_reason") == null ? null : AllocationEnd.valueOf(rs.getString("end_reason")),
                rs.getDate("review_due_by") == null ? null : rs.getDate("review_due_by").toLocalDate(),
                rs.getString("recoup_from"),
                rs.getDate("notified_on") == null ? null : rs.getDate("notified_on").toLocalDate())).list();
    }

    private static String scopeCondition(ListScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case AUTHORITY -> {
                params.put("scopeId", scope.singleId());
                yield "a.local_authority_id = :scopeId";
            }
            case FAMILY -> {
                params.put("scopeId", scope.singleId());
                yield "a.family_id = :scopeId";
            }
            case SCHOOL -> {
                params.put("scopeId", scope.singleId());
                // not the lines of a pupil who left the school before its history period (DD014)
                yield "a.school_id = :scopeId AND (a.pupil_id IS NULL OR "
                        + PupilDirectory.schoolReach("a.pupil_id", scope, params) + ")";
            }
            case CHILDREN -> {
                params.put("scopeIds", List.copyOf(scope.ids()));
                yield "a.pupil_id IN (:scopeIds)";
            }
            case NONE -> "1 = 0";
        };
    }
}
