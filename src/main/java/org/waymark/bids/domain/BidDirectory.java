package org.waymark.bids.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.security.domain.BidScope;
import org.waymark.security.domain.ListScope;

/**
 * Read-side queries over bids within a caller's scope. A bid belongs to the school (and family)
 * that made it, so scope is on the bid's own school, family or authority, not on where the
 * pupil is now. A school's drafts are its own work: families and the authority see a bid once
 * it is submitted.
 */
@Component
public class BidDirectory {

    /** One line of a bid list. */
    public record BidRow(long bidId, long pupilId, String pupilName, String schoolName, BidStatus status,
                         @Nullable String levelAsked, @Nullable String agreedLevel, @Nullable BigDecimal agreedAmount, Instant updatedAt,
                         boolean recoupment, boolean increase) {
    }

    /** A bid as the pupil grid names it, with what the access policy needs to decide who may see it. */
    public record PupilBid(long bidId, BidScope scope, BidStatus status, @Nullable String levelAsked) {
    }

    private final JdbcClient jdbc;

    BidDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BidRow> list(ListScope scope, BidFilter filter, int offset, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        // the page is chosen from bids alone (newest first on the scope's (…, updated_at) index), then
        // joined to pupils and schools: joined first, MariaDB read schools first and sorted every bid
        StringBuilder sql = new StringBuilder("SELECT b.id, b.pupil_id, p.first_name, p.last_name, p.preferred_name,"
                + " s.name AS school_name, b.status, b.level_asked, b.agreed_level, b.agreed_amount, b.updated_at, b.recoup_from,"
                + " b.increase FROM (SELECT b.* FROM bid b WHERE ");
        sql.append(scopeCondition(scope, params));
        if (filter.status() != null) {
            sql.append(" AND b.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.schoolId() != null) {
            sql.append(" AND b.school_id = :schoolId");
            params.put("schoolId", filter.schoolId());
        }
        if (filter.levelAsked() != null) {
            sql.append(" AND b.level_asked = :level");
            params.put("level", filter.levelAsked());
        }
        sql.append(" ORDER BY b.updated_at DESC, b.id DESC LIMIT :limit OFFSET :offset) b"
                + " JOIN pupil p ON p.id = b.pupil_id JOIN school s ON s.id = b.school_id"
                + " ORDER BY b.updated_at DESC, b.id DESC");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new BidRow(rs.getLong("id"),
                rs.getLong("pupil_id"),
                PupilDirectory.displayName(rs), rs.getString("school_name"),
                BidStatus.valueOf(rs.getString("status")), rs.getString("level_asked"),
                rs.getString("agreed_level"), rs.getBigDecimal("agreed_amount"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("recoup_from") != null, rs.getBoolean("increase"))).list();
    }

    private static String scopeCondition(ListScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case SCHOOL -> {
                params.put("scopeId", scope.singleId());
                // not the bids of a pupil who left the school before its history period (DD014)
                yield "b.school_id = :scopeId AND " + PupilDirectory.schoolReach("b.pupil_id", scope, params);
            }
            case FAMILY -> {
                params.put("scopeId", scope.singleId());
                yield "b.family_id = :scopeId AND b.status <> 'DRAFT'";
            }
            case AUTHORITY -> {
                params.put("scopeId", scope.singleId());
                yield "b.local_authority_id = :scopeId AND b.status <> 'DRAFT'";
            }
            case CHILDREN -> {
                params.put("scopeIds", List.copyOf(scope.ids()));
                yield "b.pupil_id IN (:scopeIds)";
            }
            case NONE -> "1 = 0";
        };
    }

    /**
     * Every bid of the given pupils, each pupil's newest first, in one query over the (pupil)
     * index: for a page of the pupil grid, which keeps those the caller may see.
     */
    public List<PupilBid> ofPupils(Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, pupil_id, school_id, family_id, local_authority_id, status, level_asked FROM bid"
                        + " WHERE pupil_id IN (:ids) ORDER BY pupil_id, created_at DESC, id DESC")
                .param("ids", List.copyOf(pupilIds))
                .query((rs, n) -> {
                    BidStatus status = BidStatus.valueOf(rs.getString("status"));
                    long familyId = rs.getLong("family_id");
                    return new PupilBid(rs.getLong("id"), new BidScope(rs.getLong("pupil_id"), rs.getLong("school_id"),
                            rs.wasNull() ? null : familyId, rs.getLong("local_authority_id"), status != BidStatus.DRAFT),
                            status, rs.getString("level_asked"));
                }).list();
    }
}
