package org.waymark.benchmark;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.SignIn;
import org.waymark.allocations.service.AllocationService;
import org.waymark.allocations.service.StatementService;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidService;
import org.waymark.demo.service.ScaleData;
import org.waymark.demo.service.ScaleWork;
import org.waymark.moderation.service.ModerationService;
import org.waymark.panels.service.LetterService;
import org.waymark.panels.service.PanelService;
import org.waymark.plans.service.PlanService;

/**
 * The lists that grow with years of casework, for a Kent-sized authority (60,000 pupils) with
 * 20,000 plans and five years of bids, moderation meetings, panel decisions, letters and ledger
 * lines ({@link ScaleWork}), through the real services as each role opens them. Target p95 < 300 ms.
 */
class CaseworkBenchmark extends ServiceBenchmark {

    private static final String SIZE = "Kent-sized";

    @Autowired PlanService plans;
    @Autowired BidService bids;
    @Autowired AllocationService allocations;
    @Autowired LetterService letters;
    @Autowired PanelService panels;
    @Autowired ModerationService moderation;
    @Autowired StatementService statements;

    @Test
    void casework_lists() {
        long laId = scaleData().generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        new ScaleWork(jdbc).generate(laId, ScaleWork.Volume.kent(11));
        Timings timings = new Timings();
        LocalDate yearAgo = LocalDate.now().minusYears(1);

        SignIn.as(accounts, "caseworker.knt");
        timings.measure(SIZE, "caseworker: reviews due, first page", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "caseworker: overdue reviews, first page", () -> plans.reviews(true, 0, 50));
        timings.measure(SIZE, "caseworker: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "caseworker: bids submitted, first page",
                () -> bids.list(new BidFilter(BidStatus.SUBMITTED, null, null), 0, 50));
        timings.measure(SIZE, "caseworker: ledger, first page",
                () -> allocations.ledger(yearAgo, null, null, 0, 50));
        timings.measure(SIZE, "caseworker: letters due", letters::due);
        timings.measure(SIZE, "caseworker: panel meetings", panels::meetings);
        var term = statements.endedTerms().getFirst();
        long busiestSchool = jdbc.queryForObject("SELECT school_id FROM allocation WHERE local_authority_id = ?"
                + " GROUP BY school_id ORDER BY COUNT(*) DESC, school_id LIMIT 1", Long.class, laId);
        timings.measure(SIZE, "caseworker: budget statement of the busiest school, last term",
                () -> statements.schoolStatement(busiestSchool, term));
        timings.measure(SIZE, "caseworker: recoupment statements, last term", () -> statements.recoupment(term));
        SecurityContextHolder.clearContext();

        SignIn.as(accounts, "family.senco.knt");
        timings.measure(SIZE, "family SENCO: moderation meetings", moderation::meetingsOfMyFamily);
        timings.measure(SIZE, "family SENCO: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "family SENCO: ledger, first page", () -> allocations.ledger(yearAgo, null, null, 0, 50));
        SecurityContextHolder.clearContext();

        SignIn.as(accounts, "senco.knt");
        timings.measure(SIZE, "school SENCO: reviews due, first page", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "school SENCO: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "school SENCO: ledger, first page", () -> allocations.ledger(yearAgo, null, null, 0, 50));
        SecurityContextHolder.clearContext();

        timings.write("casework.md", "# Casework lists, Kent-sized authority (" + BenchmarkDatabase.describe() + ")");
    }
}
