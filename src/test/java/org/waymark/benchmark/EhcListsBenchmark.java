package org.waymark.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.SignIn;
import org.waymark.demo.service.ScaleData;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.service.AssessmentListService;

/**
 * The lists of the EHC needs assessment clock (issue 17) for a Kent-sized authority with about
 * 1,500 open assessments across eight caseworkers — requested, assessing with four advisers each
 * (some back), in draft with the parents or the named school; a tenth paused by an exception — and
 * 3,000 closed ones, through the real service as the team leader and a caseworker open them.
 * Target p95 < 300 ms.
 */
class EhcListsBenchmark extends ServiceBenchmark {

    private static final String SIZE = "Kent-sized, 1,500 open";
    private static final int OPEN = 1_500;
    private static final int CLOSED = 3_000;

    @Autowired AssessmentListService lists;
    @Autowired java.time.Clock clock;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired org.waymark.pupils.service.PupilService pupils;

    @Test
    void caseworker_and_team_leader_lists() {
        long laId = scaleData().generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        assessments(laId);
        Timings timings = new Timings();
        SignIn.as(accounts, "caseworker.knt");
        timings.measure(SIZE, "team leader: every open step (all caseworkers)",
                () -> lists.lists(new AssessmentListService.Filter(null, null, false)));
        timings.measure(SIZE, "team leader: advice only", () -> lists.lists(new AssessmentListService.Filter(
                AssessmentStep.ADVICE, null, false)));
        timings.measure(SIZE, "team leader: one caseworker", () -> lists.lists(new AssessmentListService.Filter(
                null, "cw.knt.3", false)));
        timings.measure(SIZE, "caseworker: my cases", () -> lists.lists(AssessmentListService.Filter.mine()));
        timings.measure(SIZE, "caseworker: my due steps (for a home)", lists::myDueSteps);
        // the parts of the team leader's list, to see where its time goes
        org.waymark.ehc.domain.EhcDirectory directory = context.getBean(org.waymark.ehc.domain.EhcDirectory.class);
        timings.measure(SIZE, "part: open cases with exceptions and advice (3 queries)",
                () -> directory.openCases(laId, null));
        List<Long> ids = jdbc.queryForList("SELECT pupil_id FROM ehc_assessment WHERE local_authority_id = ?"
                + " ORDER BY id LIMIT 600", Long.class, laId);
        timings.measure(SIZE, "part: 600 pupils' names", () -> pupils.namesOf(ids));
        timings.measure(SIZE, "part: the clock of every open step (plain Java)", () -> {
            LocalDate today = LocalDate.now(clock);
            directory.openCases(laId, null).forEach(c -> org.waymark.ehc.domain.CaseSteps.due(c, today));
        });
        timings.write("ehc-lists.md", "# EHC needs assessment lists, Kent-sized authority ("
                + BenchmarkDatabase.describe() + ")");
    }

    /** The assessments, written once in batches (kept for later runs); the benchmark caseworker also leads the team. */
    private void assessments(long laId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM ehc_assessment WHERE local_authority_id = ?", Long.class,
                laId) > 0) {
            return;
        }
        jdbc.update("INSERT INTO user_role (app_user_id, role) SELECT id, 'SEND_TEAM_LEADER' FROM app_user"
                + " WHERE username = 'caseworker.knt' AND NOT EXISTS (SELECT 1 FROM user_role r"
                + " WHERE r.app_user_id = app_user.id AND r.role = 'SEND_TEAM_LEADER')");
        List<Long[]> pupils = new ArrayList<>();
        jdbc.query("SELECT id, school_id FROM pupil WHERE local_authority_id = ? ORDER BY id LIMIT ?",
                rs -> {
                    pupils.add(new Long[] {rs.getLong(1), rs.getLong(2)});
                }, laId, OPEN + CLOSED);
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(17);
        String[] statuses = {"REQUESTED", "ASSESSING", "ASSESSING", "DRAFT"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < pupils.size(); i++) {
            boolean open = i < OPEN;
            String status = open ? statuses[i % statuses.length] : (i % 3 == 0 ? "NOT_ASSESSED" : "ISSUED");
            LocalDate received = today.minusDays(open ? random.nextInt(170) : 200 + random.nextInt(800));
            LocalDate decided = status.equals("REQUESTED") ? null : received.plusDays(30);
            LocalDate sent = status.equals("DRAFT") && i % 2 == 0 ? received.plusDays(110) : null;
            String caseworker = i % 8 == 0 ? "caseworker.knt" : "cw.knt." + (i % 8);
            rows.add(new Object[] {laId, pupils.get(i)[0], pupils.get(i)[1], "PROFESSIONAL", "Dr A Nother", "GP",
                    "Needs beyond SEN support", "COGNITION_LEARNING", Date.valueOf(received), caseworker, status,
                    decided == null ? null : Date.valueOf(decided), sent == null || sent.isAfter(today) ? null
                    : Date.valueOf(sent), open ? null : Date.valueOf(received.plusDays(130)), "caseworker.knt",
                    Timestamp.from(Instant.now(clock))});
        }
        jdbc.batchUpdate("INSERT INTO ehc_assessment (local_authority_id, pupil_id, school_id, source, requester,"
                + " requester_role, reasons, needs, received_on, caseworker, status, decided_on, draft_sent_on,"
                + " closed_on, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        List<Object[]> advice = new ArrayList<>();
        List<Object[]> pauses = new ArrayList<>();
        jdbc.query("SELECT id, decided_on, status FROM ehc_assessment WHERE local_authority_id = ?"
                + " AND status IN ('ASSESSING','DRAFT') ORDER BY id", rs -> {
            long id = rs.getLong(1);
            Date on = rs.getDate(2);
            for (String kind : List.of("EDUCATION", "HEALTH", "SOCIAL_CARE", "EDUCATIONAL_PSYCHOLOGY")) {
                boolean back = rs.getString(3).equals("DRAFT") || random.nextInt(3) > 0;
                advice.add(new Object[] {id, kind, "", on, back ? on : null});
            }
            if (id % 10 == 0) {
                pauses.add(new Object[] {id, 0, "PERSONAL_CIRCUMSTANCES", "In hospital", on, null, "caseworker.knt"});
            }
        }, laId);
        jdbc.batchUpdate("INSERT INTO ehc_advice (ehc_assessment_id, kind, adviser, requested_on, returned_on)"
                + " VALUES (?,?,?,?,?)", advice);
        jdbc.batchUpdate("INSERT INTO ehc_pause (ehc_assessment_id, sort_key, reason, notes, from_on, to_on,"
                + " recorded_by) VALUES (?,?,?,?,?,?,?)", pauses);
    }
}
