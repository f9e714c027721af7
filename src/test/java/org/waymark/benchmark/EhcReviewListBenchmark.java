package org.waymark.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.SignIn;
import org.waymark.demo.service.ScaleData;
import org.waymark.demo.service.ScaleWork;
import org.waymark.plans.service.PlanService;

/**
 * The review list once EHC plans have annual reviews on the clock (issue 17, point 5): the
 * Kent-sized authority of {@link CaseworkBenchmark} (20,000 plans), timed before and after giving
 * every EHC plan under review an open annual review and every other reviewed EHC plan a closed
 * one, through the real service. The list's query now joins the open review for its step and
 * date, and the overdue filter reads that date too. Target p95 < 300 ms.
 */
class EhcReviewListBenchmark extends ServiceBenchmark {

    private static final String SIZE = "Kent-sized";

    @Autowired PlanService plans;
    @Autowired java.time.Clock clock;

    @Test
    void review_list_with_annual_reviews() {
        long laId = scaleData().generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        new ScaleWork(jdbc).generate(laId, ScaleWork.Volume.kent(11));
        Timings timings = new Timings();
        SignIn.as(accounts, "caseworker.knt");
        jdbc.update("DELETE FROM ehc_annual_review WHERE local_authority_id = ?", laId);
        timings.measure(SIZE, "reviews due, first page, no annual reviews", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "overdue reviews, first page, no annual reviews", () -> plans.reviews(true, 0, 50));

        LocalDate today = LocalDate.now(clock);
        Random random = new Random(17);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT id, status FROM support_plan WHERE local_authority_id = ? AND plan_type = 'EHCP'"
                + " AND status IN ('AGREED', 'UNDER_REVIEW')", rs -> {
            boolean open = "UNDER_REVIEW".equals(rs.getString("status"));
            LocalDate due = today.plusDays(random.nextInt(61) - 30);
            rows.add(new Object[] {rs.getLong("id"), laId, java.sql.Date.valueOf(today.minusMonths(1)),
                    java.sql.Date.valueOf(due), !open, open ? "REPORT" : null,
                    open ? java.sql.Date.valueOf(due) : null});
        }, laId);
        jdbc.batchUpdate("INSERT INTO ehc_annual_review (support_plan_id, local_authority_id, reviewed_version,"
                + " meeting_due, meeting_on, closed, next_step, next_due_on, started_by, started_at, version)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'caseworker.knt', CURRENT_TIMESTAMP, 0)", rows);
        long open = rows.stream().filter(r -> !(Boolean) r[4]).count();
        timings.row(SIZE, "annual reviews added: " + open + " open, " + (rows.size() - open) + " closed", "", "", "");
        timings.measure(SIZE, "reviews due, first page, with annual reviews", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "overdue reviews, first page, with annual reviews", () -> plans.reviews(true, 0, 50));
        timings.measure(SIZE, "overdue reviews, fifth page, with annual reviews", () -> plans.reviews(true, 200, 50));
        timings.write("ehc-review-list.md", "# Review list with EHC annual reviews (" + BenchmarkDatabase.describe() + ")");
    }
}
