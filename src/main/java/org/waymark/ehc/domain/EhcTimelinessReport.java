package org.waymark.ehc.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.reporting.domain.AssessmentTimeliness;
import org.waymark.reporting.domain.ReportDirectory;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.security.domain.ListScope;

/**
 * The reporting port {@link AssessmentTimeliness}, answered from the assessments: the cases in the
 * caller's scope (the authority's, a family's schools', a school's — by the school the request was
 * about) and the filter, each step counted by {@link EhcTimeliness} against its limit. Read in
 * three queries whatever the number of cases: the cases that can have a limit in the year, their
 * exceptions, their advice. Reporting asks; the scope was checked by its service.
 */
@Component
public class EhcTimelinessReport implements AssessmentTimeliness {

    private final JdbcClient jdbc;

    EhcTimelinessReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportDirectory.Count> timeliness(ListScope scope, ReportFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ");
        switch (scope.kind()) {
            case AUTHORITY -> where.append("a.local_authority_id = :scopeId");
            case FAMILY -> where.append("s.family_id = :scopeId");
            case SCHOOL -> where.append("a.school_id = :scopeId");
            default -> {
                return List.of();
            }
        }
        params.put("scopeId", scope.singleId());
        if (filter.familyId() != null) {
            where.append(" AND s.family_id = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.schoolId() != null) {
            where.append(" AND a.school_id = :schoolId");
            params.put("schoolId", filter.schoolId());
        }
        if (filter.area() != null) {
            // the pupil's main need looked up per case by the pupil's key: joined as p.primary_need = :area, the database
            // would start from every pupil of that need (a fifth of the register) and look for their cases
            // the case's own copy of the need (V64), looked up only where a writer left it out
            where.append(" AND COALESCE(a.pupil_need, (SELECT pn.primary_need FROM pupil pn WHERE pn.id = a.pupil_id)) = :area");
            params.put("area", filter.area().name());
        }
        // a case can have a limit in the year only if asked for before its end and, without exceptions,
        // no more than 20 weeks before its start (advice asked for later is looked at by its own date): the recent
        // cases are read by the day received, the older ones from their pauses and late advice (a test of every case
        // the authority ever had for those took seconds at England size)
        where.append(" AND a.received_on <= :to");
        params.put("to", filter.yearEnd());
        params.put("earliest", EhcTimeliness.earliestRequest(filter.yearStart()));
        params.put("adviceFrom", filter.yearStart().minusDays(EhcClock.days(AssessmentStep.ADVICE)));
        String from = " FROM ehc_assessment a JOIN school s ON s.id = a.school_id";
        List<String> cases = List.of(from + where + " AND a.received_on >= :earliest",
                from + where + " AND a.received_on < :earliest AND a.id IN (SELECT x.ehc_assessment_id FROM ehc_pause x)",
                from + where + " AND a.received_on < :earliest AND a.id IN (SELECT v.ehc_assessment_id FROM ehc_advice v"
                        + " WHERE v.requested_on >= :adviceFrom)");
        Map<Long, List<EhcClock.Pause>> pauses = new HashMap<>();
        jdbc.sql("SELECT x.ehc_assessment_id, x.from_on, x.to_on FROM ehc_pause x JOIN ehc_assessment a"
                        + " ON a.id = x.ehc_assessment_id JOIN school s ON s.id = a.school_id"
                        + where).params(params)
                .query(rs -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EhcClock.Pause(rs.getDate(2).toLocalDate(), date(rs.getDate(3))));
                });
        Map<Long, List<EhcTimeliness.Advice>> advice = new HashMap<>();
        jdbc.sql("SELECT v.ehc_assessment_id, v.requested_on, v.returned_on FROM ehc_advice v JOIN ehc_assessment a"
                        + " ON a.id = v.ehc_assessment_id JOIN school s ON s.id = a.school_id"
                        + where).params(params)
                .query(rs -> {
                    advice.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EhcTimeliness.Advice(rs.getDate(2).toLocalDate(), date(rs.getDate(3))));
                });
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (EhcTimeliness.Step step : EhcTimeliness.Step.values()) {
            for (EhcTimeliness.State state : EhcTimeliness.State.values()) {
                counts.put(step + "/" + state, new long[1]);
            }
        }
        java.util.Set<Long> counted = new java.util.HashSet<>();
        for (String window : cases) {
            jdbc.sql("SELECT a.id, a.status, a.received_on, a.decided_on, a.draft_sent_on, a.closed_on" + window)
                    .params(params)
                    .query(rs -> {
                        long id = rs.getLong(1);
                        if (!counted.add(id)) {
                            return; // an older case with both a pause and late advice
                        }
                        EhcTimeliness.Facts facts = new EhcTimeliness.Facts(AssessmentStatus.valueOf(rs.getString(2)),
                                rs.getDate(3).toLocalDate(), date(rs.getDate(4)), date(rs.getDate(5)), date(rs.getDate(6)),
                                pauses.getOrDefault(id, List.of()), advice.getOrDefault(id, List.of()));
                        for (EhcTimeliness.Counted c : EhcTimeliness.steps(facts, filter.yearStart(), filter.yearEnd(), today)) {
                            counts.get(c.step() + "/" + c.state())[0]++;
                        }
                    });
        }
        return counts.entrySet().stream().map(e -> new ReportDirectory.Count(e.getKey(), e.getValue()[0])).toList();
    }

    private static @Nullable LocalDate date(@Nullable Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
