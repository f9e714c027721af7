package org.waymark.pupils.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AsnScenarios;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.base.domain.Dates;
import org.waymark.pupils.ui.PupilListView;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Issue 20 point 9 (DD014): a school keeps read-only access to a pupil who left it for 30 days,
 * but the pickers that start new work list the pupils on its register now only, and the services
 * refuse new work for a leaver (audited) — a new bid, a new request for assistant hours, a
 * school's request for an EHC assessment. The leaver here left without a new school (their school
 * of record stays), 5 days ago, so the school's own list still shows them.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class NewWorkPickersIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired AsnScenarios asn;
    @Autowired JdbcClient jdbc;
    @Autowired PupilService pupils;
    @Autowired BidWizardService bids;
    @Autowired HoursRequestService hours;
    @Autowired EhcRequestService ehcRequests;

    /** The pupils this test recorded as left, given back to the school afterwards (the Karibu tests share one database). */
    private final List<Long> leavers = new java.util.ArrayList<>();

    private void leftDaysAgo(long pupilId, int days) {
        jdbc.sql("UPDATE enrolment SET end_date = :d, end_reason = 'LEFT' WHERE pupil_id = :id AND end_date IS NULL")
                .param("d", today().minusDays(days)).param("id", pupilId).update();
        leavers.add(pupilId);
    }

    /** Other tests pick "a pupil of Larkfield without bids" and would otherwise find this test's leaver. */
    @org.junit.jupiter.api.AfterEach
    void giveTheLeaversBack() {
        for (long pupilId : leavers) {
            jdbc.sql("UPDATE enrolment SET end_date = NULL, end_reason = NULL WHERE pupil_id = :id")
                    .param("id", pupilId).update();
        }
        leavers.clear();
    }

    /** What a user types to find exactly this pupil: surname then first name (the list's name search). */
    private String nameOf(long pupilId) {
        return jdbc.sql("SELECT CONCAT(last_name, ' ', first_name) FROM pupil WHERE id = :id").param("id", pupilId)
                .query(String.class).single();
    }

    private static List<Long> ids(List<PupilRow> rows) {
        return rows.stream().map(PupilRow::id).toList();
    }

    @Test
    void a_bid_and_an_ehc_request_are_offered_and_started_for_current_pupils_only() {
        long current = demo.enrolAt("Larkfield Primary School");
        long leaver = demo.enrolAt("Larkfield Primary School");
        leftDaysAgo(leaver, 5);
        login("senco");
        // the school's own list still holds the leaver for the read-only period, marked
        List<PupilRow> listed = pupils.search(new PupilFilter(nameOf(leaver), null, null, null), PupilSort.NAME,
                0, 50);
        assertThat(listed).filteredOn(r -> r.id() == leaver).singleElement()
                .satisfies(r -> assertThat(r.leftOn()).isEqualTo(today().minusDays(5)));

        // and so does the screen: the name column says the day they left and that the record is read only
        UI.getCurrent().navigate(PupilListView.class);
        _get(TextField.class, spec -> spec.withId("pupil-search")).setValue(nameOf(leaver));
        Grid<PupilService.PupilLine> grid = _get(Grid.class, spec -> spec.withId("pupil-grid"));
        LitRenderer<PupilService.PupilLine> name = (LitRenderer<PupilService.PupilLine>) grid.getColumnByKey("name")
                .getRenderer();
        List<String> shown = GridKt._findAll(grid).stream()
                .map(line -> String.valueOf(name.getValueProviders().get("text").apply(line))).toList();
        assertThat(shown).singleElement().asString()
                .endsWith("(left on " + Dates.DAY_MONTH_YEAR.format(today().minusDays(5)) + ", read only)");

        // the pickers: the current pupil, never the leaver (searched by name)
        assertThat(ids(bids.pupilsToBidFor(nameOf(current), 0, 50))).contains(current);
        assertThat(ids(bids.pupilsToBidFor(nameOf(leaver), 0, 50))).doesNotContain(leaver);
        assertThat(ids(pupils.searchCurrent(new PupilFilter(nameOf(leaver), null, null, null), PupilSort.NAME,
                0, 50))).doesNotContain(leaver);
        assertThat(ids(pupils.searchCurrent(new PupilFilter(nameOf(current), null, null, null), PupilSort.NAME,
                0, 50))).contains(current);

        // and the services refuse new work for the leaver, audited
        long bidRefusals = demo.auditCount("senco", "START_BID", leaver, "DENIED");
        assertThatThrownBy(() -> bids.start(leaver)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "START_BID", leaver, "DENIED")).isEqualTo(bidRefusals + 1);
        long ehcRefusals = demo.auditCount("senco", "EHC_REQUEST", leaver, "DENIED");
        EhcRequestService.RequestInput ask = new EhcRequestService.RequestInput(leaver, null, "", "",
                "Needs beyond what the school can provide", EnumSet.of(AreaOfNeed.COGNITION_LEARNING), null);
        assertThatThrownBy(() -> ehcRequests.request(ask)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "EHC_REQUEST", leaver, "DENIED")).isEqualTo(ehcRefusals + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ehc_assessment WHERE pupil_id = :id").param("id", leaver)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_request_for_assistant_hours_is_offered_and_started_for_current_pupils_only() {
        long leaver = asn.freshPupil(AsnScenarios.HOME_SCHOOL);
        asn.agreedPlan(leaver, true);
        leftDaysAgo(leaver, 3);
        long current = asn.freshPupil(AsnScenarios.HOME_SCHOOL);
        login("senco.sc");
        assertThat(ids(hours.pupilsToRequestFor(nameOf(leaver), 0, 50))).doesNotContain(leaver);
        assertThat(ids(hours.pupilsToRequestFor(nameOf(current), 0, 50))).contains(current);
        long refusals = demo.auditCount("senco.sc", "START_ASN_REQUEST", leaver, "DENIED");
        assertThatThrownBy(() -> hours.start(leaver)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco.sc", "START_ASN_REQUEST", leaver, "DENIED")).isEqualTo(refusals + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM asn_request WHERE pupil_id = :id").param("id", leaver)
                .query(Long.class).single()).isZero();
    }
}
