package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.domain.DecisionLetterRepository;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.LetterService;
import org.waymark.panels.service.PanelService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A caseworker runs an HLN main panel meeting from its case list to the letters; a parent reads the letter. */
class PanelMeetingKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired BidRepository bids;
    @Autowired PanelMeetingRepository meetings;
    @Autowired DecisionLetterRepository letters;
    @Autowired AllocationRepository allocations;
    @Autowired PanelService panels;
    @Autowired LetterService letterService;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;



    private static String notices() {
        return String.join(" | ", NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList());
    }

    static int caseOf(PanelMeeting meeting, long bidId) {
        int index = meeting.indexOfBid(bidId);
        if (index < 0) {
            throw new AssertionError("bid " + bidId + " is not on the list");
        }
        return index;
    }

    /** Declines every other undecided case of a meeting (other tests' bids), so it can close. */
    static void declineOthers(PanelService panels, PanelMeeting meeting, int keep) {
        for (int i = 0; i < meeting.getCases().size(); i++) {
            if (i != keep && !meeting.getCases().get(i).decided()) {
                panels.decide(Objects.requireNonNull(meeting.getId()), i, new PanelCase.Decision(PanelOutcome.DECLINED,
                        null, null, null, null, "Evidence does not yet show needs at HLN"));
            }
        }
    }

    static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        // real elapsed time (a monotonic timer), not the application's date
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - until > 0) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void a_main_panel_meeting_from_case_list_to_letters() throws Exception {
        long bidId = scenarios.forwardedHln();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        LocalDate today = today();

        login("caseworker");
        UI.getCurrent().navigate(PanelsView.class);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("panel-hln_main-seats"))
                .getElement().getTextRecursively()).contains("Morgan Tate").contains("Chair");
        click("open-panel-meeting");
        PanelMeeting meeting = meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(
                bids.findById(bidId).orElseThrow().getLocalAuthorityId()).stream()
                .filter(m -> m.getStatus() == MeetingStatus.OPEN && m.getCases().stream()
                        .anyMatch(c -> Objects.equals(c.bidId(), bidId))).findFirst().orElseThrow();
        long meetingId = Objects.requireNonNull(meeting.getId());
        assertThat(meeting.getSeats()).extracting(s -> s.displayName()).contains("Morgan Tate", "Pat Greaves");
        int index = caseOf(meeting, bidId);
        // reading the meeting is a read of each child whose case it shows, in each child's access log
        List<Long> shown = meeting.getCases().stream().map(PanelCase::pupilId).distinct().toList();
        assertThat(shown).contains(pupilId);
        java.util.Map<Long, Long> readsBefore = new java.util.HashMap<>();
        shown.forEach(p -> readsBefore.put(p, demo.auditCount("caseworker", "READ_PANEL_MEETING", p, "ALLOWED")));
        panels.meeting(meetingId);
        shown.forEach(p -> assertThat(demo.auditCount("caseworker", "READ_PANEL_MEETING", p, "ALLOWED"))
                .as("a read of pupil %d's record", p).isEqualTo(readsBefore.get(p) + 1));
        assertThat(_get(Span.class, spec -> spec.withId("panel-meeting-status")).getText()).isEqualTo("Open");
        // the chosen descriptors beside the school's evidence, for the members to weigh
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("panel-descriptors-" + index)).getElement().getTextRecursively())
                .contains("HLN1", "Evidence: Tube fed; rescue medication for seizures");

        // no reasons: refused with the message, nothing decided
        this.<PanelOutcome>select("panel-outcome-" + index).setValue(PanelOutcome.AWARDED);
        this.<String>select("panel-level-" + index).setValue("HLN1");
        click("panel-decide-" + index);
        // the message stands beside the reasons
        assertThat(_get(TextArea.class, spec -> spec.withId("panel-reasons-" + index)).getErrorMessage())
                .contains("Give the reasons for the decision");
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(index).decided()).isFalse();

        _get(TextArea.class, spec -> spec.withId("panel-reasons-" + index))
                .setValue("Medical descriptors at HLN 1 in two themes; the health care plan shows daily procedures.");
        click("panel-decide-" + index);
        // asked first: what the award does, the letter it owes, and who is told (the school's SENCO)
        String confirmation = "confirm-panel-decide-" + index;
        assertThat(Confirming.says(confirmation)).contains(" is awarded HLN").contains("the ledger records it");
        assertThat(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId(confirmation)).getElement().getTextRecursively())
                .contains("A decision letter to the family becomes due");
        assertThat(Confirming.told(confirmation)).contains("Sam Whitfield (school SENCO)").endsWith("will be told.");
        Confirming.cancel(confirmation);
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(index).decided()).isFalse();
        assertThat(letters.findByPanelMeetingIdAndCaseKey(meetingId, index)).isEmpty();
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.FORWARDED);
        click("panel-decide-" + index);
        Confirming.confirm(confirmation);
        PanelCase decided = meetings.findById(meetingId).orElseThrow().getCases().get(index);
        assertThat(decided.outcome()).isEqualTo(PanelOutcome.AWARDED);
        assertThat(decided.amount()).isEqualByComparingTo("10987");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.DECIDED);
        // the ledger: HLN 1 from the start of the next term to the end of the pupil's key stage
        Allocation hln = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getLast();
        var calendar = organisation.calendarOf(hln.getLocalAuthorityId());
        assertThat(hln.getStartDate()).isEqualTo(calendar.termAfter(today).orElseThrow().startDate());
        assertThat(hln.getSource()).isEqualTo(AllocationSource.PANEL);
        assertThat(hln.getAmount()).isEqualByComparingTo("10987");
        // the letter is owed ten working days after the meeting
        DecisionLetter owed = letters.findByPanelMeetingIdAndCaseKey(meetingId, index).orElseThrow();
        assertThat(owed.getDueBy()).isEqualTo(calendar.addWorkingDays(today, 10));
        assertThat(_get(Span.class, spec -> spec.withId("panel-decision-" + index)).getText()).contains("Awarded");

        // a second decision on the same case (a stale page) is a conflict; the first stands
        assertThatThrownBy(() -> panels.decide(meetingId, index, new PanelCase.Decision(PanelOutcome.DECLINED, null,
                null, null, null, "Late"))).isInstanceOf(ConflictException.class);
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(index).outcome())
                .isEqualTo(PanelOutcome.AWARDED);

        declineOthers(panels, meetings.findById(meetingId).orElseThrow(), index);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        click("close-panel-meeting");
        assertThat(Confirming.says("confirm-close-panel-meeting")).startsWith("The meeting becomes the record");
        assertThat(Confirming.told("confirm-close-panel-meeting")).isEqualTo("No one else will be sent a notice.");
        Confirming.cancel("confirm-close-panel-meeting");
        assertThat(meetings.findById(meetingId).orElseThrow().getStatus()).isEqualTo(MeetingStatus.OPEN);
        click("close-panel-meeting");
        Confirming.confirm("confirm-close-panel-meeting");
        assertThat(meetings.findById(meetingId).orElseThrow().getStatus()).isEqualTo(MeetingStatus.CLOSED);

        // letters for every case in one go, on another thread, with a progress bar
        click("generate-letters");
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("letter-progress")).isVisible()).isTrue();
        waitFor(() -> letters.findByPanelMeetingIdOrderByCaseKey(meetingId).stream()
                .allMatch(l -> l.getStoredName() != null));
        waitFor(() -> {
            MockVaadin.clientRoundtrip(false);
            return _find(com.vaadin.flow.component.progressbar.ProgressBar.class,
                    spec -> spec.withId("letter-progress")).isEmpty();
        });
        assertThat(notices()).contains("letter(s) written");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("letter-download-" + index)))
                .hasSize(1);
        DecisionLetter letter = letters.findByPanelMeetingIdAndCaseKey(meetingId, index).orElseThrow();
        String text = org.waymark.PdfText.of(letterService.file(Objects.requireNonNull(letter.getId())).bytes());
        assertThat(text).contains("Decision on high-level needs funding", "Wealdshire",
                "The panel agreed to fund additional support.", "Level: HLN 1 (high level needs)", "£10,987.00",
                "Medical descriptors at HLN 1", "appeal");
        // how to appeal: the route, the period (the letter is a draft until sent) and whom to contact (issue 14)
        assertThat(text.replaceAll("\\s+", " ")).contains(
                "speak to the head teacher of Larkfield Primary School",
                "goes through the family of schools, which must support it",
                "within 20 working days of the date of this letter", "contact Wealdshire County Council",
                "E-mail: send.team@wealdshire.example", "Telephone: 01632 960 214",
                "By post: SEND Team, Wealdshire County Council, County Hall, Market Street, Wealdbridge WB1 2AA")
                .doesNotContain("HLN1");
        assertThat(text).contains(org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(hln.getStartDate()));
        // not sent yet: a draft, with the day it was written; the meeting's date besides
        String meetingDay = org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(meeting.getMeetingDate());
        assertThat(text.replaceAll("\\s+", " ")).contains("Draft, not yet sent", "met on " + meetingDay)
                .doesNotContain("Date of this letter");

        // not visible to the family until sent
        demo.linkParent("parent", pupilId);
        click("letter-sent-" + index);
        assertThat(letters.findById(letter.getId()).orElseThrow().getSentOn()).isEqualTo(today);
        // marked sent: written again, dated the day it was sent
        String sent = org.waymark.PdfText.of(letterService.file(letter.getId()).bytes()).replaceAll("\\s+", " ");
        assertThat(sent).contains("Date of this letter: " + org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(today),
                "met on " + meetingDay, "Level: HLN 1 (high level needs)").doesNotContain("Draft", "HLN1");
        // the last day to appeal: 20 working days after the letter's date on the authority's calendar
        java.time.LocalDate appealBy = organisation.calendarOf(
                meetings.findById(meetingId).orElseThrow().getLocalAuthorityId()).addWorkingDays(today, 20);
        assertThat(sent).contains("must ask for the appeal by "
                + org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(appealBy) + ": 20 working days from the date");

        try {
            login("parent");
            UI.getCurrent().navigate("pupils/" + pupilId + "/letters");
            assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("pupil-letters"))
                    .getElement().getTextRecursively()).contains("Download the letter")
                    // the parent's list says what was decided (issue 14)
                    .contains("Awarded: HLN 1 (high level needs), £10,987");
            assertThat(org.waymark.PdfText.of(letterService.file(letter.getId()).bytes()))
                    .contains("Level: HLN 1 (high level needs)");
            // reading a sent letter as the child's parent is not a refused look at the panel meeting
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'parent'"
                    + " AND action = 'READ_PANEL_MEETING'").query(Long.class).single()).isZero();
            UI.getCurrent().navigate("pupils/" + pupilId + "/allocations");
            assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                    .anyMatch(t -> t.startsWith("HLN 1 (high level needs) · £10,987"))
                    .noneMatch(t -> t.contains("HLN1"));
        } finally {
            demo.unlinkParent("parent", pupilId);
        }

        // another parent may not read it
        login("parent.cy");
        assertThatThrownBy(() -> letterService.file(letter.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("parent.cy", "READ_LETTER", pupilId, "DENIED")).isEqualTo(1);
    }

    @Test
    void only_the_authoritys_officers_and_those_sitting_open_a_meeting() {
        login("caseworker");
        long meetingId = panels.open(org.waymark.panels.domain.PanelKind.SEND_RESOURCE, today()).meetingId();
        login("caseworker.cy");
        assertThatThrownBy(() -> panels.meeting(meetingId)).isInstanceOf(AccessDeniedException.class);
        login("finance");
        assertThatThrownBy(() -> panels.meeting(meetingId)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'finance' AND action = 'READ_PANEL_MEETING'"
                + " AND outcome = 'DENIED'").query(Long.class).single()).isPositive();
        login("senco");
        assertThatThrownBy(() -> panels.open(org.waymark.panels.domain.PanelKind.HLN_MAIN, today()))
                .isInstanceOf(AccessDeniedException.class);
        // a member seated for the meeting reads it
        login("caseworker");
        long finance = jdbc.sql("SELECT id FROM app_user WHERE username = 'finance'").query(Long.class).single();
        panels.seatAtMeeting(meetingId, finance, org.waymark.panels.domain.SeatCapacity.OFFICER,
                org.waymark.panels.domain.SeatRole.MEMBER);
        login("finance");
        assertThat(panels.meeting(meetingId).mayDecide()).isTrue();
        assertThat(panels.meeting(meetingId).mayRun()).isFalse();
    }

    @Test
    void a_seat_needs_an_account_that_fits_the_capacity() {
        login("caseworker");
        long senco = jdbc.sql("SELECT id FROM app_user WHERE username = 'senco'").query(Long.class).single();
        assertThatThrownBy(() -> panels.seat(org.waymark.panels.domain.PanelKind.APPEALS, senco,
                org.waymark.panels.domain.SeatCapacity.HEAD_TEACHER, org.waymark.panels.domain.SeatRole.MEMBER))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }

    @Test
    void removing_a_panel_member_asks_first_and_cancel_keeps_the_seat() {
        login("caseworker");
        long member = jdbc.sql("SELECT id FROM app_user WHERE username = 'panel'").query(Long.class).single();
        String name = panels.candidates().stream().filter(m -> m.userId() == member).findFirst().orElseThrow()
                .displayName();
        // a seat on the weekly resource panel and on a meeting of it (no cases: nothing else is touched)
        panels.seat(org.waymark.panels.domain.PanelKind.SEND_RESOURCE, member,
                org.waymark.panels.domain.SeatCapacity.OFFICER, org.waymark.panels.domain.SeatRole.MEMBER);
        long meetingId = panels.open(org.waymark.panels.domain.PanelKind.SEND_RESOURCE, today()).meetingId();

        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        click("unseat-" + member);
        String atMeeting = "confirm-unseat-" + member;
        assertThat(Confirming.says(atMeeting)).isEqualTo(name + " will no longer sit at this meeting: they will not"
                + " see its cases or take part in its decisions. Their seat on the standing panel stays.");
        assertThat(Confirming.told(atMeeting)).isEqualTo("No one else will be sent a notice.");
        assertThat(Confirming.button(atMeeting)).isEqualTo("Remove " + name);
        Confirming.cancel(atMeeting);
        assertThat(meetings.findById(meetingId).orElseThrow().seats(member)).isTrue();
        click("unseat-" + member);
        Confirming.confirm(atMeeting);
        assertThat(meetings.findById(meetingId).orElseThrow().seats(member)).isFalse();

        UI.getCurrent().navigate(PanelsView.class);
        click("panel-send_resource-unseat-" + member);
        assertThat(Confirming.says(atMeeting)).isEqualTo(name + " leaves the SEND resource panel. Meetings opened"
                + " from now on will not include them; meetings already open keep their seats.");
        Confirming.cancel(atMeeting);
        assertThat(standingSeat(member)).isTrue();
        click("panel-send_resource-unseat-" + member);
        Confirming.confirm(atMeeting);
        assertThat(standingSeat(member)).isFalse();
    }

    private boolean standingSeat(long userId) {
        return panels.panels().stream().filter(p -> p.getKind() == org.waymark.panels.domain.PanelKind.SEND_RESOURCE)
                .anyMatch(p -> p.hasSeat(userId));
    }

    @Test
    void a_blank_panel_meeting_date_is_said_beside_the_field_and_opens_nothing() {
        long laId = java.util.Objects.requireNonNull(login("caseworker").scope().localAuthorityId());
        int before = meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId).size();
        UI.getCurrent().navigate(PanelsView.class);
        com.vaadin.flow.component.datepicker.DatePicker date = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("panel-date"));
        date.clear();
        click("open-panel-meeting");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Choose the date of the meeting.");
        _get(PanelsView.class);
        assertThat(meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId)).hasSize(before);
        assertThatThrownBy(() -> panels.open(org.waymark.panels.domain.PanelKind.SEND_RESOURCE, null))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        assertThat(meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId)).hasSize(before);
    }
}
