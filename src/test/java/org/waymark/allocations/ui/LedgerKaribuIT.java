package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
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
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.service.AllocationService;
import org.waymark.allocations.service.EndingReminders;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.service.BidModerationService;
import org.waymark.base.domain.Dates;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.SystemUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The ledger: AFN agreed by the family and HLN decided by a panel take effect by the term rules;
 * an officer records moves on the pupil page with the date the authority was told — HLN follows
 * the pupil (a Year 6 award goes on to the secondary school, even after Key Stage 2 ended, and
 * is reviewed by the following May), AFN does not and stops one month after the authority was
 * told — and leavers, funded one month from then; schools are reminded in the term before an
 * allocation ends.
 */
class LedgerKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired org.waymark.FundingScenarios funding;
    @Autowired BidScenarios scenarios;
    @Autowired BidModerationService familyService;
    @Autowired BidRepository bids;
    @Autowired AllocationService ledger;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired EndingReminders reminders;
    @Autowired SystemUser systemUser;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

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

    /**
     * A pupil at the school, without funding, bids or a parent, set to the year group, whose
     * current enrolment began before {@code enrolledBefore} (so a move on that day can be recorded).
     */
    private long pupilFor(String yearGroup, String schoolName, LocalDate enrolledBefore) {
        long id = jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id"
                        + " JOIN enrolment e ON e.pupil_id = p.id AND e.end_date IS NULL WHERE s.name = :s"
                        + " AND e.start_date < :before"
                        + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("s", schoolName).param("before", enrolledBefore).query(Long.class).single();
        setYearGroup(id, YearGroup.valueOf(yearGroup));
        return id;
    }

    private void setYearGroup(long pupilId, YearGroup yearGroup) {
        jdbc.sql("UPDATE pupil SET year_group = :y, year_rank = :r WHERE id = :id").param("y", yearGroup.name())
                .param("r", yearGroup.rank()).param("id", pupilId).update();
    }

    private SchoolCalendar calendarOf(long pupilId) {
        return organisation.calendarOf(jdbc.sql("SELECT local_authority_id FROM pupil WHERE id = :id")
                .param("id", pupilId).query(Long.class).single());
    }

    /** The latest term that began at least {@code days} days before today. */
    private Term termStartedDaysAgo(SchoolCalendar calendar, int days) {
        LocalDate by = LocalDate.now(clock).minusDays(days);
        return calendar.terms().stream().filter(t -> !t.startDate().isAfter(by))
                .max(java.util.Comparator.comparing(Term::startDate)).orElseThrow();
    }

    private void hln(long pupilId, String amount, LocalDate decidedOn) {
        login("caseworker");
        decide(pupilId, FundingStream.HLN, "HLN1", new BigDecimal(amount), decidedOn, AllocationPeriod.KEY_STAGE,
                null, AllocationSource.PANEL, 999_000L + pupilId, "Panel decision");
    }

    private void decide(long pupilId, FundingStream stream, String level, BigDecimal amount, LocalDate decidedOn,
                        AllocationPeriod period, LocalDate customEnd, AllocationSource source, long sourceId,
                        String reasons) {
        funding.award(pupilId, stream, level, amount, decidedOn, period, customEnd, source, sourceId);
    }

    private void hln(long pupilId, String amount) {
        hln(pupilId, amount, LocalDate.now(clock));
    }

    /** Records a move through the pupil page, as the education support officer. */
    @SuppressWarnings("unchecked")
    private void move(long pupilId, EnrolmentEndReason reason, @Nullable String school, LocalDate on,
                      @Nullable LocalDate notified) {
        login("eso");
        UI.getCurrent().navigate("pupils/" + pupilId);
        ((Select<EnrolmentEndReason>) _get(Select.class, spec -> spec.withId("move-reason"))).setValue(reason);
        if (school != null) {
            Select<org.waymark.organisation.domain.School> schools = _get(Select.class, spec -> spec.withId("move-school"));
            schools.setValue(schools.getListDataView().getItems().filter(s -> s.name().equals(school)).findFirst()
                    .orElseThrow());
        }
        _get(DatePicker.class, spec -> spec.withId("move-date")).setValue(on);
        DatePicker told = _get(DatePicker.class, spec -> spec.withId("move-notified"));
        // the form offers today, from the clock
        assertThat(told.getValue()).isEqualTo(LocalDate.now(clock));
        if (notified != null) {
            told.setValue(notified);
        }
        _click(_get(Button.class, spec -> spec.withId("move-record")));
    }

    private static String notesOf(long pupilId, FundingStream stream) {
        @SuppressWarnings("unchecked")
        Grid<LedgerDirectory.LedgerRow> grid = _get(Grid.class, spec -> spec.withId("ledger"));
        var rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 1000);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (Objects.equals(rows.get(i).pupilId(), pupilId) && rows.get(i).stream() == stream
                    && rows.get(i).endReason() != null) {
                row = i;
            }
        }
        assertThat(row).as("a stopped %s line of pupil %s in the ledger", stream, pupilId).isNotNegative();
        return com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid.getColumnByKey("notes"), rows.get(row));
    }

    @Test
    void afn_agreed_by_the_family_starts_next_term_and_runs_to_the_end_of_the_school_year() {
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        login("family.senco");
        familyService.agree(bidId, familyService.versionForDecision(bidId), "AFN_MEDIUM", new BigDecimal("4500"),
                "Two themes at AFN");
        Allocation afn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).getFirst();
        SchoolCalendar calendar = organisation.calendarOf(afn.getLocalAuthorityId());
        var next = calendar.termAfter(LocalDate.now(clock)).orElseThrow();
        assertThat(afn.getStartDate()).isEqualTo(next.startDate());
        assertThat(afn.getEndDate()).isEqualTo(calendar.terms().stream().filter(t -> t.academicYear()
                .equals(next.academicYear()) && t.termName() == TermName.SUMMER).findFirst().orElseThrow().endDate());
        assertThat(afn.getSource()).isEqualTo(AllocationSource.MODERATION);
        assertThat(afn.getSourceId()).isEqualTo(bidId);
        assertThat(afn.getFamilyId()).isEqualTo(bids.findById(bidId).orElseThrow().getFamilyId());
    }

    @Test
    void a_move_within_the_authority_takes_hln_along_and_stops_afn_one_month_after_the_authority_was_told() {
        LocalDate today = LocalDate.now(clock);
        LocalDate movedOn = today.minusDays(14);
        LocalDate told = today.minusDays(3);
        long pupilId = pupilFor("Y3", "Larkfield Primary School", movedOn);
        // decided the day before a term that began before the move: both lines run on the day of the move
        Term running = termStartedDaysAgo(calendarOf(pupilId), 20);
        LocalDate decidedOn = running.startDate().minusDays(1);
        hln(pupilId, "10987", decidedOn);
        login("family.senco");
        decide(pupilId, FundingStream.AFN, "AFN_LOW", new BigDecimal("3000"), decidedOn, AllocationPeriod.CUSTOM,
                running.startDate().plusYears(1), AllocationSource.MODERATION, 888_000L + pupilId, "Family agreed");
        Allocation hlnBefore = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        Allocation afnBefore = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).getFirst();
        assertThat(hlnBefore.activeOn(movedOn)).isTrue();
        assertThat(afnBefore.activeOn(told.plusMonths(1))).isTrue();
        long larkfield = demo.schoolId("Larkfield Primary School");

        // told before the move happened: refused beside the field, nothing recorded
        move(pupilId, EnrolmentEndReason.MOVED_SCHOOL, "Kestrel Brook Primary School", movedOn, movedOn.minusDays(1));
        DatePicker toldField = _get(DatePicker.class, spec -> spec.withId("move-notified"));
        assertThat(toldField.isInvalid()).isTrue();
        assertThat(toldField.getErrorMessage()).isEqualTo(
                "The authority cannot have been told of the move before the date it happened.");
        assertThat(allocations.findById(afnBefore.getId()).orElseThrow().getEndDate()).isEqualTo(afnBefore.getEndDate());

        move(pupilId, EnrolmentEndReason.MOVED_SCHOOL, "Kestrel Brook Primary School", movedOn, told);

        List<Allocation> hln = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN);
        assertThat(hln).hasSize(2);
        assertThat(hln.getFirst().getSchoolId()).isEqualTo(larkfield);
        assertThat(hln.getFirst().getEndDate()).isEqualTo(movedOn.minusDays(1));
        assertThat(hln.getFirst().getEndReason()).isEqualTo(AllocationEnd.MOVED);
        assertThat(hln.get(1).getSchoolId()).isEqualTo(demo.schoolId("Kestrel Brook Primary School"));
        assertThat(hln.get(1).getStartDate()).isEqualTo(movedOn);
        assertThat(hln.get(1).getEndDate()).isEqualTo(hlnBefore.getEndDate());
        assertThat(hln.get(1).getAmount()).isEqualByComparingTo("10987");
        assertThat(hln.get(1).getReviewDueBy()).isNull();
        // AFN does not follow the pupil: it stops at the old school one month after the authority was told
        List<Allocation> afn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN);
        assertThat(afn).hasSize(1);
        assertThat(afn.getFirst().getSchoolId()).isEqualTo(larkfield);
        assertThat(afn.getFirst().getEndDate()).isEqualTo(told.plusMonths(1));
        assertThat(afn.getFirst().getEndReason()).isEqualTo(AllocationEnd.MOVED_AWAY);
        assertThat(afn.getFirst().getNotifiedOn()).isEqualTo(told);

        // the pupil page keeps the day the authority was told with the ended enrolment
        assertThat(jdbc.sql("SELECT notified_on FROM enrolment WHERE pupil_id = :p AND end_date = :d")
                .param("p", pupilId).param("d", movedOn.minusDays(1)).query(LocalDate.class).single()).isEqualTo(told);

        // the ledger says in words why the AFN line ended and when the authority was told
        login("caseworker");
        UI.getCurrent().navigate(LedgerView.class);
        String day = Dates.DAY_MONTH_YEAR.format(told);
        assertThat(notesOf(pupilId, FundingStream.AFN)).contains("family funding does not follow them")
                .contains("authority told " + day);
        assertThat(notesOf(pupilId, FundingStream.HLN)).contains("Moved with the pupil to a new school");
        @SuppressWarnings("unchecked")
        Grid<LedgerDirectory.LedgerRow> grid = _get(Grid.class, spec -> spec.withId("ledger"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 1000).stream()
                .filter(r -> Objects.equals(r.pupilId(), pupilId)).toList())
                .extracting(r -> r.schoolName()).contains("Kestrel Brook Primary School", "Larkfield Primary School");
        // and so does the pupil's funding page
        UI.getCurrent().navigate("pupils/" + pupilId + "/allocations");
        assertThat(_get(Paragraph.class, spec -> spec.withId("allocation-" + afnBefore.getId() + "-notes")).getText())
                .contains("family funding does not follow them").contains("authority told " + day);
    }

    @Test
    void a_year_6_award_reaches_the_secondary_school_on_a_september_move_after_key_stage_2_ended() {
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = calendarOf(demo.pupilAt("St Aidan's CE Primary School"));
        // the autumn term that has begun; the Year 6 award was made in the spring of the year before
        List<Term> terms = calendar.terms().stream().sorted(java.util.Comparator.comparing(Term::startDate)).toList();
        int autumn = -1;
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).termName() == TermName.AUTUMN && !terms.get(i).startDate().isAfter(today)) {
                autumn = i;
            }
        }
        Term september = terms.get(autumn);
        Term spring = terms.get(autumn - 2);
        Term summer = terms.get(autumn - 1);
        long pupilId = pupilFor("Y6", "St Aidan's CE Primary School", september.startDate());
        hln(pupilId, "10987", spring.startDate().plusDays(7));
        Allocation year6 = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        assertThat(year6.getEndDate()).as("made for the key stage: to the end of Year 6").isEqualTo(summer.endDate());
        assertThat(year6.getDecidedInYear()).isEqualTo(YearGroup.Y6);
        // the new school year has begun and the pupil's year group has rolled on
        setYearGroup(pupilId, YearGroup.Y7);

        move(pupilId, EnrolmentEndReason.PLANNED_TRANSITION, "Ashbourne Vale Academy", september.startDate(), null);

        List<Allocation> hln = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN);
        assertThat(hln).hasSize(2);
        Allocation atPrimary = hln.getFirst();
        assertThat(atPrimary.getEndDate()).isEqualTo(summer.endDate());
        assertThat(atPrimary.getEndReason()).isNull();
        assertThat(atPrimary.getHistory()).extracting(h -> h.event()).contains("CARRIED_TO_SECONDARY");
        Allocation atSecondary = hln.getLast();
        LocalDate mayAfter = LocalDate.of(september.startDate().getYear() + 1, 5, 31);
        assertThat(atSecondary.getSchoolId()).isEqualTo(demo.schoolId("Ashbourne Vale Academy"));
        assertThat(atSecondary.getStartDate()).isEqualTo(september.startDate());
        assertThat(atSecondary.getEndDate()).isEqualTo(mayAfter);
        assertThat(atSecondary.getReviewDueBy()).isEqualTo(mayAfter);
        assertThat(atSecondary.getAmount()).isEqualByComparingTo("10987");

        // the ledger shows the line at the secondary school with its review
        login("caseworker");
        UI.getCurrent().navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        Grid<LedgerDirectory.LedgerRow> grid = _get(Grid.class, spec -> spec.withId("ledger"));
        var rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 1000);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (Objects.equals(rows.get(i).allocationId(), atSecondary.getId())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(rows.get(row).schoolName()).isEqualTo("Ashbourne Vale Academy");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid.getColumnByKey("notes"), rows.get(row)))
                .contains("review due by " + Dates.DAY_MONTH_YEAR.format(mayAfter));
    }

    @Test
    void a_leaver_is_funded_for_one_month_after_the_authority_was_told_and_a_move_needs_valid_dates_and_an_officer() {
        LocalDate today = LocalDate.now(clock);
        LocalDate leftOn = today.minusDays(10);
        LocalDate told = today.minusDays(2);
        long pupilId = pupilFor("Y4", "Thornbury Downs Infant and Junior School", leftOn);
        hln(pupilId, "15979", termStartedDaysAgo(calendarOf(pupilId), 20).startDate().minusDays(1));
        Allocation before = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        // a date before the pupil started at the school is refused, nothing changes
        move(pupilId, EnrolmentEndReason.LEFT, null, LocalDate.of(2000, 1, 1), null);
        assertThat(allocations.findById(before.getId()).orElseThrow().getEndReason()).isNull();
        // so is a move that has not happened yet
        move(pupilId, EnrolmentEndReason.LEFT, null, today.plusDays(5), null);
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("move-date"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Record the move once it has happened: the date cannot be after today.");
        assertThat(allocations.findById(before.getId()).orElseThrow().getEndReason()).isNull();

        move(pupilId, EnrolmentEndReason.LEFT, null, leftOn, told);
        Allocation after = allocations.findById(before.getId()).orElseThrow();
        assertThat(after.getEndDate()).isEqualTo(told.plusMonths(1));
        assertThat(after.getEndReason()).isEqualTo(AllocationEnd.LEFT);
        assertThat(after.getNotifiedOn()).isEqualTo(told);
        // a school SENCO may not record moves
        login("senco");
        var pupils = context.getBean(org.waymark.pupils.service.PupilService.class);
        long other = demo.pupilAt("Larkfield Primary School");
        assertThatThrownBy(() -> pupils.recordMove(other, 0, null, today, today, EnrolmentEndReason.LEFT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void schools_are_reminded_once_in_the_term_before_an_allocation_ends() {
        long pupilId = pupilInYear("Y5", "Larkfield Primary School");
        login("caseworker");
        // a short allocation that ends within the next term
        decide(pupilId, FundingStream.HLN, null, new BigDecimal("6000"), LocalDate.now(clock),
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.PANEL, 777_000L + pupilId, "Short");
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
