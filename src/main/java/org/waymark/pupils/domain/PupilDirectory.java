package org.waymark.pupils.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.ListScope;

/**
 * Read-side queries over pupils for lists and figures. Every query takes the caller's
 * {@link ListScope} and applies it in SQL, and pages in the database with LIMIT/OFFSET; no
 * query counts the whole table.
 */
@Component
public class PupilDirectory {

    private static final String ROW_COLUMNS = "SELECT p.id, p.first_name, p.last_name, p.preferred_name,"
            + " p.date_of_birth, p.year_group, p.school_id, s.name AS school_name, p.primary_need, p.looked_after"
            + " FROM pupil p JOIN school s ON s.id = p.school_id";

    /** The pupil's own columns a page needs, sort keys included. */
    private static final String PAGE_FIELDS = "p.id, p.first_name, p.last_name, p.preferred_name, p.date_of_birth,"
            + " p.year_group, p.year_rank, p.name_key, p.school_id, p.primary_need, p.looked_after";

    /** A page chosen from the pupil table alone, then joined to its schools (see {@link #search}). */
    private static final String PAGE_COLUMNS = "SELECT p.id, p.first_name, p.last_name, p.preferred_name,"
            + " p.date_of_birth, p.year_group, p.school_id, s.name AS school_name, p.primary_need, p.looked_after"
            + " FROM (SELECT " + PAGE_FIELDS;

    private static final RowMapper<PupilRow> ROW = (rs, n) -> new PupilRow(rs.getLong("id"),
            rs.getString("first_name"), rs.getString("last_name"), rs.getString("preferred_name"),
            rs.getDate("date_of_birth").toLocalDate(), YearGroup.valueOf(rs.getString("year_group")),
            rs.getLong("school_id"), rs.getString("school_name"), AreaOfNeed.valueOf(rs.getString("primary_need")),
            rs.getBoolean("looked_after"));

    private final JdbcClient jdbc;

    PupilDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a pupil's record sits: their school and its family, their authority, and every school stay. */
    public record Placement(long schoolId, @Nullable Long familyId, long localAuthorityId, List<Stay> stays) {
    }

    /** A stay at a school, ended on {@code endDate} or still going on (null). */
    public record Stay(long schoolId, @Nullable LocalDate endDate) {
    }

    /**
     * What an access check needs of a pupil, in one query: without the pupil's needs and
     * diagnoses, which loading the whole record reads as well (DD025).
     */
    public Optional<Placement> placement(long pupilId) {
        List<PlacementRow> rows = jdbc.sql("SELECT p.school_id, s.family_id, p.local_authority_id, e.school_id AS stay_school,"
                        + " e.end_date FROM pupil p JOIN school s ON s.id = p.school_id"
                        + " LEFT JOIN enrolment e ON e.pupil_id = p.id WHERE p.id = :id ORDER BY e.sort_key")
                .param("id", pupilId)
                .query((rs, n) -> new PlacementRow(rs.getLong("school_id"), rs.getObject("family_id", Long.class),
                        rs.getLong("local_authority_id"), rs.getObject("stay_school", Long.class),
                        rs.getObject("end_date", LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // a pupil without enrolments has one row whose stay columns are null (the left join)
        List<Stay> stays = rows.stream().filter(r -> r.staySchool() != null)
                .map(r -> new Stay(r.staySchool(), r.endDate())).toList();
        PlacementRow first = rows.getFirst();
        return Optional.of(new Placement(first.schoolId(), first.familyId(), first.localAuthorityId(), stays));
    }

    /** One row of {@link #placement}'s join: the pupil's columns repeated on each of their stays. */
    private record PlacementRow(long schoolId, @Nullable Long familyId, long localAuthorityId,
                                @Nullable Long staySchool, @Nullable LocalDate endDate) {
    }

    /**
     * One page of pupils. The page is found on the pupil table alone, through the index that
     * matches the scope and order, and only its rows are joined to their schools: joining first
     * lets the database start from the school table and sort every pupil in scope (measured in
     * docs/performance.md). Ordering by school name needs the join, so that order sorts.
     */
    public List<PupilRow> search(PupilFilter filter, ListScope scope, PupilSort sort, int offset, int limit) {
        return search(filter, scope, sort, offset, limit, false);
    }

    /**
     * One page of the pupils on the scope's register now — enrolled (at the scope's school, for a
     * school's scope), without the leavers a school still reads for its history period (DD014) or
     * pupils who left with no new school: the pupils new work may be started for (pickers).
     */
    public List<PupilRow> searchCurrent(PupilFilter filter, ListScope scope, PupilSort sort, int offset, int limit) {
        return search(filter, scope.current(), sort, offset, limit, true);
    }

    private List<PupilRow> search(PupilFilter filter, ListScope scope, PupilSort sort, int offset, int limit,
                                  boolean current) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Where where = where(filter, scope, current);
        String sql;
        if (!current && !sort.onPupilAlone() && where.alternatives().isEmpty()
                && scope.kind() != ListScope.Kind.CHILDREN && scope.historyFrom() == null) {
            return searchBySchool(filter, scope, sort == PupilSort.SCHOOL_DESC, offset, limit);
        }
        if (!sort.onPupilAlone()) {
            // a text search's matches are few: sorting them by school is cheap
            sql = ROW_COLUMNS + where.all() + " ORDER BY " + sort.orderBy() + " LIMIT :limit OFFSET :offset";
        } else if (where.alternatives().isEmpty()) {
            sql = PAGE_COLUMNS + " FROM pupil p" + where.sql() + " ORDER BY " + sort.orderBy()
                    + " LIMIT :limit OFFSET :offset) p JOIN school s ON s.id = p.school_id ORDER BY " + sort.orderBy();
        } else {
            // a text search matches the surname, the first name or a number: one index range per
            // alternative, each cut to the rows the page can need, merged without duplicates
            StringBuilder union = new StringBuilder();
            for (String alternative : where.alternatives()) {
                union.append(union.isEmpty() ? "" : " UNION ").append("(SELECT ").append(PAGE_FIELDS)
                        .append(" FROM pupil p").append(where.sql()).append(" AND ").append(alternative)
                        .append(" ORDER BY ").append(sort.orderBy()).append(" LIMIT :window)");
            }
            sql = PAGE_COLUMNS + " FROM (" + union + ") p ORDER BY " + sort.orderBy()
                    + " LIMIT :limit OFFSET :offset) p JOIN school s ON s.id = p.school_id ORDER BY " + sort.orderBy();
        }
        return markLeavers(jdbc.sql(sql).params(where.params()).param("limit", limit).param("offset", offset)
                .param("window", offset + limit).query(ROW).list(), scope);
    }

    /**
     * In a school's own list (a scope with a history period), the pupils who are listed only
     * because they left the school within that period, marked with the day they left — one query
     * for the page.
     */
    private List<PupilRow> markLeavers(List<PupilRow> rows, ListScope scope) {
        if (rows.isEmpty() || scope.kind() != ListScope.Kind.SCHOOL || scope.historyFrom() == null) {
            return rows;
        }
        Map<Long, LocalDate> left = new HashMap<>();
        jdbc.sql("SELECT e.pupil_id, MAX(e.end_date) AS left_on FROM enrolment e WHERE e.school_id = :school"
                        + " AND e.pupil_id IN (:ids) AND e.end_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM enrolment c"
                        + " WHERE c.pupil_id = e.pupil_id AND c.school_id = :school AND c.end_date IS NULL)"
                        + " GROUP BY e.pupil_id")
                .param("school", scope.singleId()).param("ids", rows.stream().map(PupilRow::id).toList())
                .query(rs -> {
                    left.put(rs.getLong("pupil_id"), rs.getDate("left_on").toLocalDate());
                });
        return rows.stream().map(row -> left.containsKey(row.id()) ? row.leftOn(left.get(row.id())) : row).toList();
    }

    /**
     * A page in school-name order without sorting every pupil in scope: the schools in scope in
     * name order, then each school's pupils from its (school, name) index, skipping the offset
     * with one small count per school passed. Cost grows with the offset, not with the register.
     */
    private List<PupilRow> searchBySchool(PupilFilter filter, ListScope scope, boolean descending, int offset,
                                          int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeId", scope.singleId());
        String condition = switch (scope.kind()) {
            case SCHOOL -> "s.id = :scopeId";
            case FAMILY -> "s.family_id = :scopeId";
            default -> "s.local_authority_id = :scopeId";
        };
        if (filter.schoolId() != null) {
            condition += " AND s.id = :schoolId";
            params.put("schoolId", filter.schoolId());
        }
        String direction = descending ? " DESC" : "";
        List<Long> schools = jdbc.sql("SELECT s.id FROM school s WHERE " + condition + " ORDER BY s.name" + direction
                + ", s.id" + direction).params(params).query(Long.class).list();
        PupilFilter withinSchool = new PupilFilter(null, filter.yearGroup(), null, filter.area());
        List<PupilRow> page = new ArrayList<>();
        long skip = offset;
        for (long school : schools) {
            Where where = where(withinSchool, new ListScope(ListScope.Kind.SCHOOL, java.util.Set.of(school)));
            if (skip > 0) {
                long inSchool = jdbc.sql("SELECT COUNT(*) FROM pupil p" + where.sql()).params(where.params())
                        .query(Long.class).single();
                if (skip >= inSchool) {
                    skip -= inSchool;
                    continue;
                }
            }
            page.addAll(jdbc.sql(ROW_COLUMNS + where.sql() + " ORDER BY p.name_key, p.id LIMIT :limit OFFSET :offset")
                    .params(where.params()).param("limit", limit - page.size()).param("offset", skip).query(ROW).list());
            skip = 0;
            if (page.size() >= limit) {
                break;
            }
        }
        return page;
    }

    /**
     * The condition that the school of a school-staff {@link ListScope} (one with a history
     * period) still reaches the pupil whose id is in {@code pupilColumn}: an open enrolment there,
     * or one that ended on or after the scope's history day. Other scopes: always true. For
     * other features' lists of records the school made (bids, hours requests, ledger lines), so a
     * school stops listing a leaver's records when it stops listing the leaver.
     */
    public static String schoolReach(String pupilColumn, ListScope scope, Map<String, Object> params) {
        if (scope.kind() != ListScope.Kind.SCHOOL || scope.historyFrom() == null) {
            return "1 = 1";
        }
        params.put("reachSchool", scope.singleId());
        params.put("historyFrom", scope.historyFrom());
        return "EXISTS (SELECT 1 FROM enrolment re WHERE re.pupil_id = " + pupilColumn
                + " AND re.school_id = :reachSchool AND (re.end_date IS NULL OR re.end_date >= :historyFrom))";
    }

    /** Of the given pupils, those within the scope (one query a thousand pupils). */
    public java.util.Set<Long> inScope(Collection<Long> ids, ListScope scope) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        if (scope.isEmpty()) {
            return found;
        }
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            Map<String, Object> params = new HashMap<>();
            String condition = scopeCondition(scope, params);
            jdbc.sql("SELECT p.id FROM pupil p WHERE p.id IN (:ids) AND " + condition).params(params)
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        found.add(rs.getLong("id"));
                    });
        }
        return found;
    }

    /** Pupils in scope per primary area of need. */
    public Map<AreaOfNeed, Long> countByPrimaryNeed(ListScope scope) {
        return countByPrimaryNeed(scope, false);
    }

    /** As {@link #countByPrimaryNeed(ListScope)}; with {@code current}, the pupils on the register now only. */
    public Map<AreaOfNeed, Long> countByPrimaryNeed(ListScope scope, boolean current) {
        Map<AreaOfNeed, Long> counts = new EnumMap<>(AreaOfNeed.class);
        for (AreaOfNeed area : AreaOfNeed.values()) {
            counts.put(area, 0L);
        }
        if (scope.isEmpty()) {
            return counts;
        }
        Where where = where(PupilFilter.none(), scope, current);
        jdbc.sql("SELECT p.primary_need, COUNT(*) AS n FROM pupil p" + where.sql
                        + " GROUP BY p.primary_need").params(where.params)
                .query(rs -> {
                    counts.put(AreaOfNeed.valueOf(rs.getString("primary_need")), rs.getLong("n"));
                });
        return counts;
    }

    /** Pupils in scope per school id (schools with none left out). */
    public Map<Long, Long> countBySchool(ListScope scope) {
        return countBySchool(scope, false);
    }

    /** As {@link #countBySchool(ListScope)}; with {@code current}, the pupils on the register now only. */
    public Map<Long, Long> countBySchool(ListScope scope, boolean current) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (scope.isEmpty()) {
            return counts;
        }
        Where where = where(PupilFilter.none(), scope, current);
        jdbc.sql("SELECT p.school_id, COUNT(*) AS n FROM pupil p" + where.sql
                        + " GROUP BY p.school_id").params(where.params)
                .query(rs -> {
                    counts.put(rs.getLong("school_id"), rs.getLong("n"));
                });
        return counts;
    }

    /** Pupils in scope per year group, youngest first. */
    public Map<YearGroup, Long> countByYearGroup(ListScope scope) {
        return countByYearGroup(scope, false);
    }

    /** As {@link #countByYearGroup(ListScope)}; with {@code current}, the pupils on the register now only. */
    public Map<YearGroup, Long> countByYearGroup(ListScope scope, boolean current) {
        Map<YearGroup, Long> counts = new EnumMap<>(YearGroup.class);
        if (scope.isEmpty()) {
            return counts;
        }
        Where where = where(PupilFilter.none(), scope, current);
        jdbc.sql("SELECT p.year_group, COUNT(*) AS n FROM pupil p" + where.sql
                        + " GROUP BY p.year_group").params(where.params)
                .query(rs -> {
                    counts.put(YearGroup.valueOf(rs.getString("year_group")), rs.getLong("n"));
                });
        return counts;
    }

    public long count(ListScope scope) {
        return countByPrimaryNeed(scope).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Pupils of the same authority with the same names and date of birth: possible duplicates. */
    public List<PupilRow> sameNameAndBirthDate(long localAuthorityId, String firstName, String lastName,
                                               LocalDate dateOfBirth, @Nullable Long excludingId) {
        return jdbc.sql(ROW_COLUMNS + " WHERE p.local_authority_id = :la AND p.date_of_birth = :dob AND p.name_key = :nameKey"
                        + " AND p.id <> :exclude ORDER BY p.id")
                .param("la", localAuthorityId).param("dob", dateOfBirth)
                .param("nameKey", (lastName.strip() + " " + firstName.strip()).toLowerCase(Locale.ROOT))
                .param("exclude", excludingId == null ? -1L : excludingId)
                .query(ROW).list();
    }

    /**
     * The conditions of a list query; a text search adds {@code alternatives}, of which a row
     * must meet one. {@link #sql()} holds the others; {@link #all()} all of them.
     */
    private record Where(String sql, Map<String, Object> params, List<String> alternatives) {
        String all() {
            return alternatives.isEmpty() ? sql : sql + " AND (" + String.join(" OR ", alternatives) + ")";
        }
    }

    private static Where where(PupilFilter filter, ListScope scope) {
        return where(filter, scope, false);
    }

    /** With {@code current}: only pupils with an open enrolment (at the scope's school, for a school's scope). */
    private static Where where(PupilFilter filter, ListScope scope, boolean current) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add(scopeCondition(scope, params));
        if (current) {
            conditions.add("EXISTS (SELECT 1 FROM enrolment ce WHERE ce.pupil_id = p.id AND ce.end_date IS NULL"
                    + (scope.kind() == ListScope.Kind.SCHOOL ? " AND ce.school_id = :scopeId" : "") + ")");
        }
        List<String> alternatives = List.of();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    .replace(",", " ").replaceAll("\\s+", " ") + "%";
            alternatives = List.of("p.name_key LIKE :prefix", "p.first_name_key LIKE :prefix", "p.upn = :exact",
                    "p.candidate_number = :exact");
            params.put("prefix", prefix);
            params.put("exact", text.toUpperCase(Locale.ROOT).replace(" ", ""));
        }
        if (filter.yearGroup() != null) {
            conditions.add("p.year_group = :yearGroup");
            params.put("yearGroup", filter.yearGroup().name());
        }
        if (filter.schoolId() != null) {
            conditions.add("p.school_id = :schoolId");
            params.put("schoolId", filter.schoolId());
        }
        if (filter.area() != null) {
            conditions.add("EXISTS (SELECT 1 FROM pupil_need n WHERE n.pupil_id = p.id AND n.area = :area)");
            params.put("area", filter.area().name());
        }
        return new Where(" WHERE " + String.join(" AND ", conditions), params, alternatives);
    }

    /** {@link Pupil#displayName} from a row holding first_name, preferred_name and last_name. */
    public static String displayName(ResultSet rs) throws SQLException {
        return Pupil.displayName(rs.getString("first_name"), rs.getString("preferred_name"), rs.getString("last_name"));
    }

    /** Display names (preferred or first name, then last name) of the given pupils, by id. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("SELECT id, first_name, last_name, preferred_name FROM pupil WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        names.put(rs.getLong("id"), displayName(rs));
                    });
        }
        return names;
    }

    /** A pupil's name as people read it and the school they are at now. */
    public record NameAtSchool(String name, String schoolName) {
    }

    /** {@link #displayNames} with each pupil's current school, in the same one query a thousand pupils. */
    public Map<Long, NameAtSchool> namesAtSchools(Collection<Long> ids) {
        Map<Long, NameAtSchool> found = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("SELECT p.id, p.first_name, p.last_name, p.preferred_name, s.name AS school_name FROM pupil p"
                            + " JOIN school s ON s.id = p.school_id WHERE p.id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        found.put(rs.getLong("id"), new NameAtSchool(displayName(rs), rs.getString("school_name")));
                    });
        }
        return found;
    }

    /**
     * The stage records of the enrolled pupils in scope (those with a current enrolment), by school
     * and name, in one query: for the export to the national pupil records system.
     */
    public List<StageRecord> stageRecords(ListScope scope) {
        Map<String, Object> params = new java.util.HashMap<>();
        String condition = scopeCondition(scope, params);
        return jdbc.sql("SELECT p.id, p.candidate_number, p.first_name, p.last_name, p.date_of_birth, p.year_group,"
                        + " p.school_id, s.reference_number, s.name AS school_name, p.sif_stage"
                        + " FROM pupil p JOIN school s ON s.id = p.school_id WHERE " + condition
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.end_date IS NULL)"
                        + " ORDER BY s.name, p.name_key, p.id")
                .params(params)
                .query((rs, n) -> new StageRecord(rs.getLong("id"), rs.getString("candidate_number"),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getDate("date_of_birth").toLocalDate(),
                        YearGroup.valueOf(rs.getString("year_group")), rs.getLong("school_id"),
                        rs.getString("reference_number"), rs.getString("school_name"),
                        rs.getObject("sif_stage") == null ? null : rs.getInt("sif_stage")))
                .list();
    }

    /**
     * The authority names typed on the records of one authority's pupils that matched nothing in
     * the list of UK authorities (V51.1 kept them in the {@code *_unmatched} columns), by pupil
     * name: one row per field. Few rows, found by the authority's pupil index.
     */
    public List<UnmatchedAuthorityName> unmatchedAuthorityNames(long localAuthorityId) {
        List<UnmatchedAuthorityName> rows = new ArrayList<>();
        jdbc.sql("SELECT p.id, p.first_name, p.last_name, p.preferred_name, s.name AS school_name, p.version,"
                        + " p.home_authority_unmatched, p.looked_after_by_unmatched FROM pupil p"
                        + " JOIN school s ON s.id = p.school_id WHERE p.local_authority_id = :la"
                        + " AND (p.home_authority_unmatched IS NOT NULL OR p.looked_after_by_unmatched IS NOT NULL)"
                        + " ORDER BY p.name_key, p.id")
                .param("la", localAuthorityId)
                .query(rs -> {
                    String name = displayName(rs);
                    String home = rs.getString("home_authority_unmatched");
                    String by = rs.getString("looked_after_by_unmatched");
                    if (home != null) {
                        rows.add(new UnmatchedAuthorityName(rs.getLong("id"), name, rs.getString("school_name"),
                                UnmatchedAuthorityName.Field.HOME_AUTHORITY, home, rs.getInt("version")));
                    }
                    if (by != null) {
                        rows.add(new UnmatchedAuthorityName(rs.getLong("id"), name, rs.getString("school_name"),
                                UnmatchedAuthorityName.Field.LOOKED_AFTER_BY, by, rs.getInt("version")));
                    }
                });
        return rows;
    }

    /**
     * The SQL condition (on {@code p} = pupil, {@code s} = the pupil's school) that keeps a query
     * to the rows of a {@link ListScope}; its parameters are added to {@code params}. Other
     * features' queries over pupils' records use it too, so scope is applied the same way everywhere.
     */
    public static String scopeCondition(ListScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case SCHOOL -> {
                params.put("scopeId", scope.singleId());
                if (scope.historyFrom() == null) {
                    yield "p.school_id = :scopeId";
                }
                // school staff: the pupils enrolled there (or who left it within the history
                // period and are still on its roll), and those who moved on from it within the
                // period; a pupil who left before it is not listed (issue 20 point 9, DD014)
                yield "((p.school_id = :scopeId AND " + schoolReach("p.id", scope, params) + ")"
                        + " OR p.id IN (SELECT le.pupil_id FROM enrolment le WHERE le.school_id = :scopeId"
                        + " AND le.end_date >= :historyFrom))";
            }
            case FAMILY -> {
                params.put("scopeId", scope.singleId());
                yield "p.school_id IN (SELECT fs.id FROM school fs WHERE fs.family_id = :scopeId)";
            }
            case AUTHORITY -> {
                params.put("scopeId", scope.singleId());
                yield "p.local_authority_id = :scopeId";
            }
            case CHILDREN -> {
                params.put("scopeIds", List.copyOf(scope.ids()));
                yield "p.id IN (:scopeIds)";
            }
            case NONE -> "1 = 0";
        };
    }
}
