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
    @Autowired java.time.Clock clock;
    @Autowired StatementService statements;
    @Autowired org.waymark.allocations.service.FamilyFundingService familyFunding;
    @Autowired org.waymark.organisation.service.OrganisationService organisation;
    @Autowired org.waymark.pupils.service.PupilService pupils;
    @Autowired org.waymark.notifications.service.WorkQueueService work;
    @Autowired org.waymark.plans.domain.PlanDirectory planDirectory;

    @Test
    void casework_lists() {
        long laId = scaleData().generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        new ScaleWork(jdbc).generate(laId, ScaleWork.Volume.kent(11));
        Timings timings = new Timings();
        LocalDate yearAgo = LocalDate.now(clock).minusYears(1);

        SignIn.as(accounts, "caseworker.knt");
        timings.measure(SIZE, "caseworker: reviews due, first page", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "caseworker: overdue reviews, first page", () -> plans.reviews(true, 0, 50));
        timings.measure(SIZE, "caseworker: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "caseworker: bids submitted, first page",
                () -> bids.list(new BidFilter(BidStatus.SUBMITTED, null, null), 0, 50));
        timings.measure(SIZE, "caseworker: ledger, first page",
                () -> allocations.ledger(yearAgo, null, null, 0, 50));
        timings.measure(SIZE, "caseworker: letters due", letters::due);
        // the grid as the screen asks for it: a page of pupils with each feature's column (plan, bid) for that page
        timings.measure(SIZE, "caseworker: pupil grid with plan and bid columns, first page",
                () -> pupils.page(org.waymark.pupils.domain.PupilFilter.none(), org.waymark.pupils.domain.PupilSort.NAME,
                        0, 50));
        timings.measure(SIZE, "caseworker: pupil grid with plan and bid columns, page 20",
                () -> pupils.page(org.waymark.pupils.domain.PupilFilter.none(), org.waymark.pupils.domain.PupilSort.NAME,
                        950, 50));
        timings.measure(SIZE, "caseworker: panel meetings", panels::meetings);
        var term = statements.endedTerms().getFirst();
        long busiestSchool = jdbc.queryForObject("SELECT school_id FROM allocation WHERE local_authority_id = ?"
                + " GROUP BY school_id ORDER BY COUNT(*) DESC, school_id LIMIT 1", Long.class, laId);
        timings.measure(SIZE, "caseworker: budget statement of the busiest school, last term",
                () -> statements.schoolStatement(busiestSchool, term));
        timings.measure(SIZE, "caseworker: recoupment statements, last term", () -> statements.recoupment(term));
        lettersOfTheLargestMeeting(timings, laId);
        timings.measure(SIZE, "caseworker: home work queue", work::mine);
        // the provision report's query over every plan in force (the report reads Welsh IDPs; the
        // generated authority's plans are English, the query the same)
        timings.measure(SIZE, "caseworker: provision by school, language and grouping (all plans in force)",
                () -> planDirectory.provisionBySchool(new org.waymark.security.domain.ListScope(
                        org.waymark.security.domain.ListScope.Kind.AUTHORITY, java.util.Set.of(laId)),
                        java.util.EnumSet.of(org.waymark.plans.domain.PlanType.EHCP,
                                org.waymark.plans.domain.PlanType.SEN_SUPPORT)));
        SecurityContextHolder.clearContext();

        SignIn.as(accounts, "family.senco.knt");
        timings.measure(SIZE, "family SENCO: moderation meetings", moderation::meetingsOfMyFamily);
        timings.measure(SIZE, "family SENCO: home work queue", work::mine);
        timings.measure(SIZE, "family SENCO: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "family SENCO: ledger, first page", () -> allocations.ledger(yearAgo, null, null, 0, 50));
        long familyId = organisation.familyOfCaller().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        timings.measure(SIZE, "family SENCO: HLN holders for a new meeting's agenda (ledger)",
                () -> familyFunding.highNeedsOfFamily(familyId, today));
        timings.measure(SIZE, "family SENCO: AFN to return (read on every redraw of a meeting)",
                () -> familyFunding.afnToReturn(familyId, today));
        timings.measure(SIZE, "family SENCO: the family's statement, last term",
                () -> statements.familyStatement(familyId, term));
        SecurityContextHolder.clearContext();

        SignIn.as(accounts, "senco.knt");
        timings.measure(SIZE, "school SENCO: reviews due, first page", () -> plans.reviews(false, 0, 50));
        timings.measure(SIZE, "school SENCO: home work queue", work::mine);
        timings.measure(SIZE, "school SENCO: bids, first page", () -> bids.list(BidFilter.none(), 0, 50));
        timings.measure(SIZE, "school SENCO: ledger, first page", () -> allocations.ledger(yearAgo, null, null, 0, 50));
        timings.measure(SIZE, "school SENCO: pupil grid with plan and bid columns, first page",
                () -> pupils.page(org.waymark.pupils.domain.PupilFilter.none(), org.waymark.pupils.domain.PupilSort.NAME,
                        0, 50));
        SecurityContextHolder.clearContext();

        timings.write("casework.md", "# Casework lists, Kent-sized authority (" + BenchmarkDatabase.describe() + ")");
    }

    /**
     * A whole meeting's letters written in one go, as the letters button does on its background
     * thread: for each letter the case, the pupil, the ledger line it funds, the PDF, the file and
     * the saved letter with its audit row. Timed once (it rewrites the files each run).
     */
    private void lettersOfTheLargestMeeting(Timings timings, long laId) {
        long meetingId = jdbc.queryForObject("SELECT panel_meeting_id FROM decision_letter WHERE local_authority_id = ?"
                + " GROUP BY panel_meeting_id ORDER BY COUNT(*) DESC, panel_meeting_id LIMIT 1", Long.class, laId);
        long start = System.nanoTime();
        int written = letters.generate(meetingId, (done, total) -> { });
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        timings.row(SIZE, "caseworker: all " + written + " letters of the largest panel meeting, in one go (ms)",
                String.format(java.util.Locale.ROOT, "%.0f", ms), "", "");
        timings.row(SIZE, "  the same, per letter (ms); 500 letters would take (s)",
                String.format(java.util.Locale.ROOT, "%.1f", ms / written),
                String.format(java.util.Locale.ROOT, "%.1f", ms / written * 500 / 1000), "");
    }
}
