package org.waymark.ehc.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of the assessments: an authority's open cases (or one caseworker's) with their
 * exceptions and outstanding advice, in three queries whatever the number of cases — the lists of
 * the clock at Kent size (about 1,500 open assessments) without loading each aggregate.
 */
@Component
public class EhcDirectory {

    private static final String OPEN = "a.local_authority_id = :la AND a.status IN ('REQUESTED','ASSESSING','DRAFT')";

    private final JdbcClient jdbc;

    EhcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An authority's open assessments; only {@code caseworker}'s when given. */
    public List<CaseSteps.CaseFacts> openCases(long localAuthorityId, @Nullable String caseworker) {
        String where = OPEN + (caseworker == null ? "" : " AND a.caseworker = :cw");
        Map<String, Object> params = new HashMap<>();
        params.put("la", localAuthorityId);
        if (caseworker != null) {
            params.put("cw", caseworker);
        }
        Map<Long, List<EhcClock.Pause>> pauses = new HashMap<>();
        jdbc.sql("SELECT x.ehc_assessment_id, x.from_on, x.to_on FROM ehc_pause x JOIN ehc_assessment a"
                        + " ON a.id = x.ehc_assessment_id WHERE " + where).params(params)
                .query((rs, n) -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EhcClock.Pause(date(rs.getDate(2)), nullableDate(rs.getDate(3))));
                    return 0;
                }).list();
        Map<Long, List<CaseSteps.OpenAdvice>> advice = new HashMap<>();
        jdbc.sql("SELECT v.id, v.ehc_assessment_id, v.kind, v.adviser, v.requested_on FROM ehc_advice v"
                        + " JOIN ehc_assessment a ON a.id = v.ehc_assessment_id WHERE v.returned_on IS NULL AND "
                        + where + " ORDER BY v.id").params(params)
                .query((rs, n) -> {
                    advice.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new CaseSteps.OpenAdvice(
                            rs.getLong(1), AdviceKind.valueOf(rs.getString(3)), rs.getString(4),
                            date(rs.getDate(5))));
                    return 0;
                }).list();
        return jdbc.sql("SELECT a.id, a.pupil_id, a.school_id, a.caseworker, a.status, a.received_on,"
                        + " a.draft_sent_on, a.parents_replied_on, a.consulted_on, a.school_answered_on"
                        + " FROM ehc_assessment a WHERE " + where + " ORDER BY a.received_on, a.id").params(params)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new CaseSteps.CaseFacts(id, rs.getLong(2), rs.getLong(3), rs.getString(4),
                            AssessmentStatus.valueOf(rs.getString(5)), date(rs.getDate(6)),
                            nullableDate(rs.getDate(7)), nullableDate(rs.getDate(8)), nullableDate(rs.getDate(9)),
                            nullableDate(rs.getDate(10)), pauses.getOrDefault(id, List.of()),
                            advice.getOrDefault(id, List.of()));
                }).list();
    }

    /** A closed assessment, as the lists show it. */
    public record ClosedCase(long assessmentId, long pupilId, long schoolId, String caseworker,
                             AssessmentStatus status, LocalDate closedOn) {
    }

    /** An authority's lately closed assessments (only {@code caseworker}'s when given), the latest first. */
    public List<ClosedCase> closedCases(long localAuthorityId, @Nullable String caseworker, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("la", localAuthorityId);
        params.put("limit", limit);
        if (caseworker != null) {
            params.put("cw", caseworker);
        }
        return jdbc.sql("SELECT a.id, a.pupil_id, a.school_id, a.caseworker, a.status, a.closed_on"
                        + " FROM ehc_assessment a WHERE a.local_authority_id = :la AND a.closed_on IS NOT NULL"
                        + (caseworker == null ? "" : " AND a.caseworker = :cw")
                        + " ORDER BY a.closed_on DESC, a.id DESC LIMIT :limit").params(params)
                .query((rs, n) -> new ClosedCase(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        AssessmentStatus.valueOf(rs.getString(5)), date(rs.getDate(6)))).list();
    }

    /** The caseworkers holding open cases in an authority, with how many each holds. */
    public Map<String, Long> caseloads(long localAuthorityId) {
        Map<String, Long> loads = new HashMap<>();
        jdbc.sql("SELECT a.caseworker, COUNT(*) FROM ehc_assessment a WHERE " + OPEN + " GROUP BY a.caseworker")
                .param("la", localAuthorityId)
                .query((rs, n) -> {
                    loads.put(rs.getString(1), rs.getLong(2));
                    return 0;
                }).list();
        return loads;
    }

    private static LocalDate date(Date value) {
        return value.toLocalDate();
    }

    private static @Nullable LocalDate nullableDate(@Nullable Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
