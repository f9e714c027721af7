package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.FundingScenarios;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.bids.service.BidWizardService;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/**
 * The pupil's record links to everything about the pupil with counts and where each stands, read
 * with the caller's scope; the pupil grid names each pupil's current plan and latest bid.
 */
class PupilHoldingsKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired PlanService plans;
    @Autowired BidWizardService wizard;
    @Autowired FundingScenarios funding;
    @Autowired BidScenarios bidScenarios;

    /** A Larkfield pupil with no plan, bid, funding or letter, and no parent linked. */
    private long blankPupil() {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id"
                + " WHERE s.name = 'Larkfield Primary School'"
                + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM decision_letter l WHERE l.pupil_id = p.id)"
                // at the school now: not a pupil another test recorded as left (no new work for a leaver)
                + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = s.id"
                + " AND e.end_date IS NULL)"
                + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .query(Long.class).optional().orElseGet(() -> demo.enrolAt("Larkfield Primary School"));
    }

    private static void open(long pupilId) {
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
    }

    private static String link(String id) {
        return _get(Anchor.class, spec -> spec.withId("pupil-" + id + "-link")).getText();
    }

    private static String href(String id) {
        return _get(Anchor.class, spec -> spec.withId("pupil-" + id + "-link")).getHref();
    }

    private static String status(String id) {
        List<Span> found = _find(Span.class, spec -> spec.withId("pupil-" + id + "-status"));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    @Test
    void the_record_links_to_plans_bids_funding_and_letters_with_counts_and_status_as_each_reader_may_see() {
        long pupilId = blankPupil();
        login("senco");
        open(pupilId);
        assertThat(link("plans")).isEqualTo("Plans (0)");
        assertThat(link("bids")).isEqualTo("Bids (0)");
        assertThat(link("funding")).isEqualTo("Funding (0)");
        assertThat(link("letters")).isEqualTo("Decision letters (0)");
        assertThat(href("plans")).isEqualTo("pupils/" + pupilId + "/plans");
        assertThat(href("bids")).isEqualTo("pupils/" + pupilId + "/bids");
        assertThat(href("funding")).isEqualTo("pupils/" + pupilId + "/allocations");
        assertThat(href("letters")).isEqualTo("pupils/" + pupilId + "/letters");
        assertThat(status("plans")).isEmpty();
        assertThat(status("bids")).isEmpty();

        PlanType type = plans.typesCallerMayStart(pupilId).getFirst();
        plans.startPlan(pupilId, type);
        wizard.start(pupilId);
        LocalDate decided = today();
        funding.award(pupilId, FundingStream.HLN, "HLN1", new BigDecimal("10987"), decided,
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.PANEL, 990_001L);
        var line = jdbc.sql("SELECT start_date, end_date FROM allocation WHERE pupil_id = :p").param("p", pupilId)
                .query((rs, n) -> new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()}).single();
        String fundingStatus = line[0].isAfter(today())
                ? "HLN 1 from " + Dates.DAY_MONTH_YEAR.format(line[0]) + " to " + Dates.DAY_MONTH_YEAR.format(line[1])
                : "HLN 1 until " + Dates.DAY_MONTH_YEAR.format(line[1]);

        login("senco");
        long readsBefore = demo.auditCount("senco", "READ_ALLOCATIONS", pupilId, "ALLOWED");
        open(pupilId);
        assertThat(link("plans")).isEqualTo("Plans (1)");
        assertThat(status("plans")).isEqualTo("current: " + label(type) + " — Draft");
        assertThat(link("bids")).isEqualTo("Bids (1)");
        assertThat(status("bids")).isEqualTo("latest: Draft (with the school)");
        assertThat(link("funding")).isEqualTo("Funding (1)");
        assertThat(status("funding")).isEqualTo(fundingStatus);
        assertThat(demo.auditCount("senco", "READ_ALLOCATIONS", pupilId, "ALLOWED"))
                .as("the funding is read as its own page reads it: audited").isEqualTo(readsBefore + 1);

        // the family does not see the school's draft bid; the plan and the funding it does
        login("family.senco");
        open(pupilId);
        assertThat(link("bids")).isEqualTo("Bids (0)");
        assertThat(link("plans")).isEqualTo("Plans (1)");
        assertThat(status("funding")).isEqualTo(fundingStatus);

        demo.linkParent("parent", pupilId);
        try {
            login("parent");
            open(pupilId);
            assertThat(link("plans")).isEqualTo("Plans (1)");
            assertThat(link("bids")).isEqualTo("Bids (1)");
            assertThat(link("funding")).isEqualTo("Funding (1)");
            assertThat(status("funding")).isEqualTo(fundingStatus);
        } finally {
            demo.unlinkParent("parent", pupilId);
        }

        // a parent of another child is refused the record and with it every link
        login("parent");
        open(pupilId);
        _get(AccessRefusedView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("pupil-bids-link"))).isEmpty();
    }

    @Test
    void the_record_reads_in_welsh() {
        long pupilId = blankPupil();
        login("senco");
        UI.getCurrent().setLocale(org.waymark.base.ui.Translations.WELSH);
        open(pupilId);
        assertThat(link("bids")).isEqualTo("Ceisiadau (0)");
        assertThat(link("letters")).isEqualTo("Llythyrau penderfyniad (0)");
    }

    @Test
    void the_grid_names_the_current_plan_and_the_latest_bid_the_reader_may_see() {
        long pupilId = blankPupil();
        login("senco");
        PlanType type = plans.typesCallerMayStart(pupilId).getFirst();
        plans.startPlan(pupilId, type);
        wizard.start(pupilId);
        long submittedBid = bidScenarios.submittedAfn();
        long submittedPupil = jdbc.sql("SELECT pupil_id FROM bid WHERE id = :b").param("b", submittedBid)
                .query(Long.class).single();

        login("senco");
        UI.getCurrent().navigate(PupilListView.class);
        PupilListView view = _get(PupilListView.class);
        view.search.setValue(surnameOf(pupilId));
        int row = rowOf(view, pupilId);
        assertThat(_getFormatted(view.grid, row, "pupils.column.plan")).isEqualTo(label(type) + " · Draft");
        assertThat(_getFormatted(view.grid, row, "pupils.column.bid")).isEqualTo("Draft (with the school)");
        view.search.setValue(surnameOf(submittedPupil));
        assertThat(_getFormatted(view.grid, rowOf(view, submittedPupil), "pupils.column.bid"))
                .isEqualTo("Submitted to the family of schools · AFN");
        view.search.setValue(surnameOf(pupilId));
        assertThat(view.grid.getColumnByKey("pupils.column.plan").getHeaderText()).isEqualTo("Current plan");
        assertThat(view.grid.getColumnByKey("pupils.column.bid").getHeaderText()).isEqualTo("Latest bid");

        login("family.senco");
        UI.getCurrent().navigate(PupilListView.class);
        view = _get(PupilListView.class);
        view.search.setValue(surnameOf(pupilId));
        row = rowOf(view, pupilId);
        assertThat(_getFormatted(view.grid, row, "pupils.column.plan")).isEqualTo(label(type) + " · Draft");
        assertThat(_getFormatted(view.grid, row, "pupils.column.bid")).as("a draft stays with the school").isEmpty();
        view.search.setValue(surnameOf(submittedPupil));
        assertThat(_getFormatted(view.grid, rowOf(view, submittedPupil), "pupils.column.bid"))
                .isEqualTo("Submitted to the family of schools · AFN");
    }

    private String surnameOf(long pupilId) {
        return jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId).query(String.class).single();
    }

    private static int rowOf(PupilListView view, long pupilId) {
        List<Long> ids = _fetch(view.grid, 0, 500).stream().map(l -> l.pupil().id()).toList();
        assertThat(ids).contains(pupilId);
        return ids.indexOf(pupilId);
    }

    private static String label(PlanType type) {
        return org.waymark.base.ui.Translations.label(type);
    }
}
