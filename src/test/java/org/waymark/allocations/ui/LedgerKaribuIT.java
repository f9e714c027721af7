package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.EffectiveDates;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.service.AllocationService;
import org.waymark.allocations.service.EndingReminders;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.service.BidService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.security.service.SystemUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

/**
 * The ledger: AFN agreed by the family and HLN decided by a panel take effect by the term rules;
 * an officer records moves — HLN follows the pupil (a Year 6 transfer to secondary is reviewed
 * by the following May), AFN stays with the family — and leavers, funded one month more;
 * schools are reminded in the term before an allocation ends.
 */
class LedgerKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired BidScenarios scenarios;
    @Autowired BidService bidService;
    @Autowired BidRepository bids;
    @Autowired AllocationService ledger;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired EndingReminders reminders;
    @Autowired SystemUser systemUser;
    @Autowired JdbcClient jdbc;

    private long pupilInYear(String yearGroup, String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :s"
                        + " AND p.year_group = :y AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id LIMIT 1")
                .param("s", schoolName).param("y", yearGroup).query(Long.class).optional()
                .orElseGet(() -> {
                    long id = jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :s"
                                    + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                                    + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                                    + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                            .param("s", schoolName).query(Long.class).single();
                    jdbc.sql("UPDATE pupil SET year_group = :y WHERE id = :id").param("y", yearGroup).param("id", id)
                            .update();
                    return id;
                });
    }

    private void hln(long pupilId, String amount) {
        login("caseworker");
        ledger.recordDecision(new AllocationService.FundingDecision(pupilId, FundingStream.HLN, "HLN1",
                new BigDecimal(amount), today(), AllocationPeriod.KEY_STAGE, null, null, AllocationSource.PANEL,
                999_000L + pupilId, "Panel decision"));
    }

    /** Records a move through the pupil page, as the education support officer. */
    @SuppressWarnings("unchecked")
    private void move(long pupilId, EnrolmentEndReason reason, String school, LocalDate on) {
        login("eso");
        UI.getCurrent().navigate("pupils/" + pupilId);
        ((Select<EnrolmentEndReason>) _get(Select.class, spec -> spec.withId("move-reason"))).setValue(reason);
        if (school != null) {
            Select<org.waymark.organisation.domain.School> schools = _get(Select.class, spec -> spec.withId("move-school"));
            schools.setValue(schools.getListDataView().getItems().filter(s -> s.name().equals(school)).findFirst()
                    .orElseThrow());
        }
        _get(DatePicker.class, spec -> spec.withId("move-date")).setValue(on);
        _click(_get(Button.class, spec -> spec.withId("move-record")));
    }

    @Test
    void afn_agreed_by_the_family_starts_next_term_and_runs_to_the_end_of_the_school_year() {
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        login("family.senco");
        bidService.agree(bidId, bidService.versionForDecision(bidId), "AFN_MEDIUM", new BigDecimal("4500"),
                "Two themes at AFN");
        Allocation afn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).getFirst();
        SchoolCalendar calendar = organisation.calendarOf(afn.getLocalAuthorityId());
        var next = calendar.termAfter(today()).orElseThrow();
        assertThat(afn.getStartDate()).isEqualTo(next.startDate());
        assertThat(afn.getEndDate()).isEqualTo(calendar.terms().stream().filter(t -> t.academicYear()
                .equals(next.academicYear()) && t.termName() == TermName.SUMMER).findFirst().orElseThrow().endDate());
        assertThat(afn.getSource()).isEqualTo(AllocationSource.MODERATION);
        assertThat(afn.getSourceId()).isEqualTo(bidId);
        assertThat(afn.getFamilyId()).isEqualTo(bids.findById(bidId).orElseThrow().getFamilyId());
    }

    @Test
    void on_a_move_hln_follows_the_pupil_and_afn_stays_with_the_family() {
        long pupilId = pupilInYear("Y3", "Larkfield Primary School");
        hln(pupilId, "10987");
        login("family.senco");
        ledger.recordDecision(new AllocationService.FundingDecision(pupilId, FundingStream.AFN, "AFN_LOW",
                new BigDecimal("3000"), today(), AllocationPeriod.ACADEMIC_YEAR, null, null,
                AllocationSource.MODERATION, 888_000L + pupilId, "Family agreed"));
        Allocation hlnBefore = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        LocalDate movedOn = hlnBefore.getStartDate().plusDays(14);
        long larkfield = demo.schoolId("Larkfield Primary School");

        move(pupilId, EnrolmentEndReason.MOVED_SCHOOL, "Kestrel Brook Primary School", movedOn);

        List<Allocation> hln = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN);
        assertThat(hln).hasSize(2);
        assertThat(hln.getFirst().getSchoolId()).isEqualTo(larkfield);
        assertThat(hln.getFirst().getEndDate()).isEqualTo(movedOn.minusDays(1));
        assertThat(hln.getFirst().getEndReason()).isEqualTo(AllocationEnd.MOVED);
        assertThat(hln.get(1).getSchoolId()).isEqualTo(demo.schoolId("Kestrel Brook Primary School"));
        assertThat(hln.get(1).getStartDate()).isEqualTo(movedOn);
        assertThat(hln.get(1).getEndDate()).isEqualTo(hlnBefore.getEndDate());
        assertThat(hln.get(1).getAmount()).isEqualByComparingTo("10987");
        // AFN is the family's: it is not transferred and stays where the family agreed it
        Allocation afn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).getFirst();
        assertThat(afn.getSchoolId()).isEqualTo(larkfield);
        assertThat(afn.getEndReason()).isNull();
        assertThat(allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN)).hasSize(1);

        // the ledger page shows the new school's line to the caseworker
        login("caseworker");
        UI.getCurrent().navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        Grid<LedgerDirectory.LedgerRow> grid = _get(Grid.class, spec -> spec.withId("ledger"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 1000).stream()
                .filter(r -> Objects.equals(r.pupilId(), pupilId)).toList())
                .extracting(r -> r.schoolName()).contains("Kestrel Brook Primary School", "Larkfield Primary School");
    }

    @Test
    void a_year_6_hln_allocation_moves_to_secondary_with_a_review_by_the_following_may() {
        long pupilId = pupilInYear("Y6", "St Aidan's CE Primary School");
        hln(pupilId, "10987");
        LocalDate movedOn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst()
                .getStartDate().plusDays(7);
        move(pupilId, EnrolmentEndReason.PLANNED_TRANSITION, "Ashbourne Vale Academy", movedOn);
        Allocation atSecondary = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getLast();
        assertThat(atSecondary.getSchoolId()).isEqualTo(demo.schoolId("Ashbourne Vale Academy"));
        assertThat(atSecondary.getReviewDueBy()).isEqualTo(EffectiveDates.year6ReviewDue(movedOn));
    }

    @Test
    void a_leaver_is_funded_for_one_month_and_a_move_needs_a_valid_date_and_an_officer() {
        long pupilId = pupilInYear("Y4", "Thornbury Downs Infant and Junior School");
        hln(pupilId, "15979");
        Allocation before = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        // a date before the pupil started at the school is refused, nothing changes
        move(pupilId, EnrolmentEndReason.LEFT, null, LocalDate.of(2000, 1, 1));
        assertThat(allocations.findById(before.getId()).orElseThrow().getEndReason()).isNull();
        LocalDate leftOn = before.getStartDate().plusDays(30);
        move(pupilId, EnrolmentEndReason.LEFT, null, leftOn);
        Allocation after = allocations.findById(before.getId()).orElseThrow();
        assertThat(after.getEndDate()).isEqualTo(leftOn.plusMonths(1));
        assertThat(after.getEndReason()).isEqualTo(AllocationEnd.LEFT);
        // a school SENCO may not record moves
        login("senco");
        var pupils = context.getBean(org.waymark.pupils.service.PupilService.class);
        long other = demo.pupilAt("Larkfield Primary School");
        assertThatThrownBy(() -> pupils.recordMove(other, 0, null, today(), EnrolmentEndReason.LEFT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void schools_are_reminded_once_in_the_term_before_an_allocation_ends() {
        long pupilId = pupilInYear("Y5", "Larkfield Primary School");
        login("caseworker");
        // a short allocation that ends within the next term
        ledger.recordDecision(new AllocationService.FundingDecision(pupilId, FundingStream.HLN, null,
                new BigDecimal("6000"), today(), AllocationPeriod.ACADEMIC_YEAR, null, null,
                AllocationSource.PANEL, 777_000L + pupilId, "Short"));
        Allocation line = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        SchoolCalendar calendar = organisation.calendarOf(line.getLocalAuthorityId());
        // the day the term before the last term of the allocation starts
        LocalDate lastTermStart = calendar.termOnOrAfter(line.getEndDate()).orElseThrow().startDate();
        LocalDate reminderDay = calendar.terms().stream().filter(t -> t.endDate().isBefore(lastTermStart))
                .reduce((a, b) -> b).orElseThrow().startDate();
        systemUser.run(() -> reminders.sendDue(reminderDay.minusDays(120)));
        assertThat(allocations.findById(line.getId()).orElseThrow().getReminderSentOn()).isNull();
        systemUser.run(() -> reminders.sendDue(reminderDay));
        assertThat(allocations.findById(line.getId()).orElseThrow().getReminderSentOn()).isEqualTo(reminderDay);
        String name = context.getBean(org.waymark.pupils.service.PupilService.class).nameOf(pupilId);
        java.util.function.LongSupplier notices = () -> jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'senco'"
                + " AND message_key = 'notice.allocation.ending' AND arguments LIKE :name")
                .param("name", "%" + name.replace(",", "%") + "%").query(Long.class).single();
        long told = notices.getAsLong();
        assertThat(told).isPositive();
        // once only
        systemUser.run(() -> reminders.sendDue(reminderDay.plusDays(1)));
        assertThat(allocations.findById(line.getId()).orElseThrow().getReminderSentOn()).isEqualTo(reminderDay);
        assertThat(notices.getAsLong()).isEqualTo(told);
    }
}
