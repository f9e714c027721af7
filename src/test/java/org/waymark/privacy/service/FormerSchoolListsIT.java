package org.waymark.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;

/**
 * A school's lists after a pupil leaves (issue 20 point 9, DD014): within the 30-day read-only
 * period (on the pinned clock) the pupil is listed with the day they left, in the pupil list, its
 * search, plan reviews and bids; after it, in none of them, and opening the record is refused.
 * Checked through the services, which every view of those lists calls.
 */
@SpringBootTest
@ActiveProfiles("test")
class FormerSchoolListsIT {

    static final String SCHOOL = "Larkfield Primary School";
    static final String OTHER_SCHOOL = "St Aidan's CE Primary School";

    @Autowired PupilService pupils;
    @Autowired PlanService plans;
    @Autowired BidService bids;
    @Autowired BidWizardService wizard;
    @Autowired org.waymark.panels.service.AppealService appealService;
    @Autowired PupilRepository repository;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A pupil of the school with an agreed plan due for review and a draft bid, who then left. */
    private Leaver leaver(String surname, int daysAgo, boolean toAnotherSchool) {
        long id = demo.enrolAt(SCHOOL);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE pupil SET last_name = :n, name_key = :k WHERE id = :p").param("n", surname)
                .param("k", surname.toLowerCase(java.util.Locale.ROOT) + " " + repository.findById(id).orElseThrow()
                        .getFirstName().toLowerCase(java.util.Locale.ROOT)).param("p", id).update();
        jdbc.sql("UPDATE enrolment SET start_date = :d WHERE pupil_id = :p").param("d", today.minusYears(1))
                .param("p", id).update();
        SignIn.as(accounts, "senco");
        long plan = plans.startPlan(id, PlanType.SEN_SUPPORT);
        jdbc.sql("UPDATE support_plan SET status = 'AGREED', next_review_date = :d WHERE id = :id")
                .param("d", today.plusDays(20)).param("id", plan).update();
        // written past the plan aggregate: the authority's plan summaries counted afresh, as bulk writers do
        org.waymark.reporting.domain.PlanCounts.recount(jdbcTemplate, jdbc.sql("SELECT local_authority_id FROM support_plan"
                + " WHERE id = :id").param("id", plan).query(Long.class).single());
        long bid = wizard.start(id);
        Pupil pupil = repository.findById(id).orElseThrow();
        LocalDate left = today.minusDays(daysAgo);
        if (toAnotherSchool) {
            // the old enrolment ends the day before the move
            pupil.moveTo(demo.schoolId(OTHER_SCHOOL), left.plusDays(1), EnrolmentEndReason.MOVED_SCHOOL);
        } else {
            pupil.leave(left, EnrolmentEndReason.LEFT, null);
        }
        repository.save(pupil);
        return new Leaver(id, plan, bid, left);
    }

    record Leaver(long pupil, long plan, long bid, LocalDate left) {
    }

    /** An appeal the school's head teacher asked for on the leaver's bid (its own row, kept by the school's id). */
    private long appealFor(Leaver leaver) {
        long school = demo.schoolId(SCHOOL);
        long authority = jdbc.sql("SELECT local_authority_id FROM school WHERE id = :s").param("s", school)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO appeal_request (local_authority_id, bid_id, pupil_id, school_id, original_meeting_id,"
                        + " status, grounds, requested_by, requested_at) VALUES (:la, :bid, :pupil, :school, 1,"
                        + " 'ASKED', 'grounds', 'head', :at)")
                .param("la", authority).param("bid", leaver.bid()).param("pupil", leaver.pupil()).param("school", school)
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        return jdbc.sql("SELECT MAX(id) FROM appeal_request WHERE bid_id = :bid").param("bid", leaver.bid())
                .query(Long.class).single();
    }

    private Map<Long, PupilRow> pupilList(PupilFilter filter, PupilSort sort) {
        return pupils.page(filter, sort, 0, 500).stream().map(PupilService.PupilLine::pupil)
                .collect(Collectors.toMap(PupilRow::id, Function.identity()));
    }

    @Test
    void a_former_school_lists_a_leaver_marked_for_30_days_then_in_none_of_its_lists() {
        String surname = "Zzleaver" + System.nanoTime() % 100000;
        Leaver movedWithin = leaver(surname, 30, true);
        Leaver leftWithin = leaver(surname, 5, false);
        Leaver movedBefore = leaver(surname, 31, true);
        Leaver leftBefore = leaver(surname, 31, false);
        long stillHere = demo.enrolAt(SCHOOL);

        SignIn.as(accounts, "senco");
        PupilFilter bySurname = new PupilFilter(surname, null, null, null);
        for (PupilSort sort : List.of(PupilSort.NAME, PupilSort.SCHOOL)) {
            // the search (one index range per alternative) and the plain list (every pupil in scope)
            for (PupilFilter filter : List.of(bySurname, PupilFilter.none())) {
                Map<Long, PupilRow> listed = pupilList(filter, sort);
                assertThat(listed).as(sort + " " + filter).containsKeys(movedWithin.pupil(), leftWithin.pupil())
                        .doesNotContainKeys(movedBefore.pupil(), leftBefore.pupil());
                assertThat(listed.get(movedWithin.pupil()).leftOn()).isEqualTo(movedWithin.left());
                assertThat(listed.get(leftWithin.pupil()).leftOn()).isEqualTo(leftWithin.left());
            }
        }
        assertThat(pupilList(PupilFilter.none(), PupilSort.NAME).get(stillHere).leftOn()).isNull();
        assertThat(pupils.search(bySurname, PupilSort.NAME, 0, 50)).extracting(PupilRow::id)
                .containsExactlyInAnyOrder(movedWithin.pupil(), leftWithin.pupil());

        List<Long> reviewed = plans.reviews(false, 0, 500).stream().map(PlanDirectory.ReviewRow::planId).toList();
        assertThat(reviewed).contains(movedWithin.plan(), leftWithin.plan())
                .doesNotContain(movedBefore.plan(), leftBefore.plan());
        List<Long> listedBids = bids.list(new BidFilter(null, null, null), 0, 500).stream()
                .map(BidDirectory.BidRow::bidId).toList();
        assertThat(listedBids).contains(movedWithin.bid(), leftWithin.bid())
                .doesNotContain(movedBefore.bid(), leftBefore.bid());
        assertThat(pupils.inListScope(List.of(movedWithin.pupil(), leftWithin.pupil(), movedBefore.pupil(),
                leftBefore.pupil(), stillHere))).containsExactlyInAnyOrder(movedWithin.pupil(), leftWithin.pupil(),
                stillHere);
        for (Leaver gone : List.of(movedBefore, leftBefore)) {
            assertThatThrownBy(() -> pupils.get(gone.pupil())).isInstanceOf(AccessDeniedException.class);
        }

        // the head teacher's appeals (kept by the school's id) follow the same period
        Map<Long, Long> appealOf = new java.util.HashMap<>();
        for (Leaver l : List.of(movedWithin, leftWithin, movedBefore, leftBefore)) {
            appealOf.put(l.pupil(), appealFor(l));
        }
        SignIn.as(accounts, "head");
        List<Long> appealsListed = appealService.mine().stream().map(r -> r.appeal().getId()).toList();
        assertThat(appealsListed).contains(appealOf.get(movedWithin.pupil()), appealOf.get(leftWithin.pupil()))
                .doesNotContain(appealOf.get(movedBefore.pupil()), appealOf.get(leftBefore.pupil()));

        // the authority still lists every one of them, unmarked
        SignIn.as(accounts, "caseworker");
        Map<Long, PupilRow> authority = pupilList(bySurname, PupilSort.NAME);
        assertThat(authority).containsKeys(movedWithin.pupil(), leftWithin.pupil(), movedBefore.pupil(),
                leftBefore.pupil());
        assertThat(authority.values()).extracting(PupilRow::leftOn).containsOnlyNulls();
    }
}
