package org.waymark.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.Dates;
import org.waymark.BidScenarios;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.FamilyBudget;
import org.waymark.moderation.domain.FamilyBudgetRepository;
import org.waymark.moderation.domain.MeetingStatus;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.moderation.service.ModerationService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** A Family SENCO runs a moderation meeting: agenda, attendees, decisions against the budget, FNF, close. */
class MeetingKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired BidRepository bids;
    @Autowired ModerationService moderation;
    @Autowired ModerationMeetingRepository meetings;
    @Autowired FamilyBudgetRepository budgets;
    @Autowired JdbcClient jdbc;


    private int caseOf(long bidId, long meetingId) {
        return meetings.findById(meetingId).orElseThrow().indexOfBid(bidId);
    }


    @Test
    void a_pupil_holding_hln_is_checked_at_the_next_meeting_and_the_school_asked_to_review() {
        long hln = scenarios.forwardedHln();
        long pupilId = bids.findById(hln).orElseThrow().getPupilId();
        long familyId = bids.findById(hln).orElseThrow().getFamilyId();
        // the authority's panel decides HLN 1
        login("caseworker");
        var panels = context.getBean(org.waymark.panels.service.PanelService.class);
        long panelMeeting = panels.open(org.waymark.panels.domain.PanelKind.HLN_MAIN, today()).meetingId();
        var cases = context.getBean(org.waymark.panels.domain.PanelMeetingRepository.class).findById(panelMeeting)
                .orElseThrow().getCases();
        int panelCase = java.util.stream.IntStream.range(0, cases.size())
                .filter(i -> java.util.Objects.equals(cases.get(i).bidId(), hln)).findFirst().orElseThrow();
        panels.decide(panelMeeting, panelCase, new org.waymark.panels.domain.PanelCase.Decision(
                org.waymark.panels.domain.PanelOutcome.AWARDED, "HLN1", null,
                org.waymark.allocations.domain.AllocationPeriod.ACADEMIC_YEAR, null, "Medical descriptors at HLN 1"));

        login("family.senco");
        UI.getCurrent().navigate(ModerationListView.class);
        click("open-meeting");
        long meetingId = meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId).getFirst().getId();
        var meeting = meetings.findById(meetingId).orElseThrow();
        int check = java.util.stream.IntStream.range(0, meeting.getCases().size())
                .filter(i -> meeting.getCases().get(i).pupilId() == pupilId).findFirst().orElseThrow();
        assertThat(meeting.getCases().get(check).kind()).isEqualTo(org.waymark.moderation.domain.CaseKind.HLN_CHECK);
        assertThat(meeting.getCases().get(check).level()).isEqualTo("HLN1");
        assertThat(this.<CaseOutcome>select("outcome-" + check).getListDataView().getItems().toList())
                .containsExactly(CaseOutcome.LEVEL_CONFIRMED, CaseOutcome.REVIEW_ASKED);
        this.<CaseOutcome>select("outcome-" + check).setValue(CaseOutcome.REVIEW_ASKED);
        _get(TextField.class, spec -> spec.withId("reason-" + check))
                .setValue("Needs are now met at AFN: the school should review and ask again");
        click("decide-" + check);
        // asked first: the school's SENCO is asked to review, and told
        String confirmation = "confirm-decide-" + check;
        assertThat(Confirming.says(confirmation)).contains("is asked to review").contains("(HLN 1");
        assertThat(Confirming.told(confirmation)).isEqualTo("Sam Whitfield (school SENCO) will be told.");
        Confirming.cancel(confirmation);
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(check).decided()).isFalse();
        long askedBefore = levelReviewNotices();
        click("decide-" + check);
        Confirming.confirm(confirmation);
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(check).outcome())
                .isEqualTo(CaseOutcome.REVIEW_ASKED);
        assertThat(levelReviewNotices()).isEqualTo(askedBefore + 1);
    }

    @Test
    void a_whole_meeting_from_agenda_to_close() throws Exception {
        long afn = scenarios.submittedAfn();
        long hln = scenarios.submittedHln();
        long familyId = bids.findById(afn).orElseThrow().getFamilyId();
        int year = Dates.financialYearOf(today());
        // a tight budget, so the decisions below earn warnings
        FamilyBudget budget = budgets.findByFamilyIdAndFinancialYear(familyId, year).orElseThrow();
        budget.change(new BudgetFigures(new BigDecimal("4000"), new BigDecimal("1000"), new BigDecimal("2500")),
                "admin", clock.instant());
        budgets.save(budget);

        login("family.senco");
        UI.getCurrent().navigate(ModerationListView.class);
        click("open-meeting");
        _get(MeetingView.class);
        long meetingId = meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId).getFirst().getId();
        int afnCase = caseOf(afn, meetingId);
        int hlnCase = caseOf(hln, meetingId);
        assertThat(afnCase).isNotNegative();
        assertThat(hlnCase).isNotNegative();
        // reading the meeting is a read of each child it shows (cases and fund allocations), once each
        java.util.List<Long> shown = meetings.findById(meetingId).orElseThrow().getCases().stream()
                .map(org.waymark.moderation.domain.MeetingCase::pupilId).distinct().toList();
        assertThat(shown).contains(bids.findById(afn).orElseThrow().getPupilId(),
                bids.findById(hln).orElseThrow().getPupilId());
        java.util.Map<Long, Long> readsBefore = new java.util.HashMap<>();
        shown.forEach(p -> readsBefore.put(p, reads("READ_MODERATION", p)));
        moderation.details(meetingId);
        shown.forEach(p -> assertThat(reads("READ_MODERATION", p)).as("a read of pupil %d's record", p)
                .isEqualTo(readsBefore.get(p) + 1));

        _get(TextField.class, spec -> spec.withId("attendee-name")).setValue("Sam Whitfield");
        _get(TextField.class, spec -> spec.withId("attendee-capacity")).setValue("SENCO, Larkfield Primary School");
        click("add-attendee");
        assertThat(meetings.findById(meetingId).orElseThrow().getAttendees()).hasSize(1);

        // agree the AFN bid: it eats into the contingency (or, after earlier agreements this year,
        // overspends), which is warned about, not blocked
        this.<CaseOutcome>select("outcome-" + afnCase).setValue(CaseOutcome.AGREED);
        this.<String>select("level-" + afnCase).setValue("AFN_LOW");
        _get(BigDecimalField.class, spec -> spec.withId("amount-" + afnCase)).setValue(new BigDecimal("3000"));
        _get(TextField.class, spec -> spec.withId("reason-" + afnCase)).setValue("AFN descriptors fit two themes");
        click("decide-" + afnCase);
        assertThat(Confirming.says("confirm-decide-" + afnCase)).contains("is agreed at AFN low, £3,000.00 a year");
        assertThat(Confirming.told("confirm-decide-" + afnCase)).contains("Sam Whitfield (school SENCO)");
        Confirming.confirm("confirm-decide-" + afnCase);
        assertThat(bids.findById(afn).orElseThrow().getStatus()).isEqualTo(BidStatus.AGREED);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anyMatch(n -> n.getElement().getProperty("text", "").matches(
                        ".*(keeps as contingency|would overspend the AFN budget).*"));
        assertThat(_get(Div.class, spec -> spec.withId("budget-afn")).getElement().getTextRecursively())
                .contains("committed in this meeting £3,000.00");

        this.<CaseOutcome>select("outcome-" + hlnCase).setValue(CaseOutcome.FORWARDED);
        _get(TextField.class, spec -> spec.withId("reason-" + hlnCase)).setValue("HLN 1 fits; medical needs all day");
        click("decide-" + hlnCase);
        Confirming.confirm("confirm-decide-" + hlnCase);
        assertThat(bids.findById(hln).orElseThrow().getStatus()).isEqualTo(BidStatus.FORWARDED);
        assertThat(bids.findById(hln).orElseThrow().getCountersignedBy()).isEqualTo("family.senco");

        _get(BigDecimalField.class, spec -> spec.withId("fnf-amount")).setValue(new BigDecimal("1200"));
        _get(TextField.class, spec -> spec.withId("fnf-note")).setValue("Training for teaching assistants");
        click("fnf-add"); // over the £1,000 FNF budget: warned
        assertThat(meetings.findById(meetingId).orElseThrow().committedFnf()).isEqualByComparingTo("1200");

        // the same case decided again (another screen, say) is a conflict; nothing changes
        assertThatThrownBy(() -> moderation.decide(meetingId, afnCase, CaseOutcome.DECLINED, null, null, "No"))
                .isInstanceOf(ConflictException.class);

        // closing asks first, says what it does and that no notice goes; Cancel leaves it open
        long undecided = meetings.findById(meetingId).orElseThrow().getCases().stream().filter(c -> !c.decided()).count();
        click("close-meeting");
        assertThat(Confirming.says("confirm-close-meeting")).startsWith("The meeting becomes a read-only record");
        if (undecided > 0) {
            assertThat(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                    spec -> spec.withId("confirm-close-meeting")).getElement().getTextRecursively())
                    .contains(undecided == 1 ? "One case is not decided" : undecided + " cases are not decided");
        }
        assertThat(Confirming.told("confirm-close-meeting")).isEqualTo("No one else will be sent a notice.");
        Confirming.cancel("confirm-close-meeting");
        assertThat(meetings.findById(meetingId).orElseThrow().getStatus()).isEqualTo(MeetingStatus.OPEN);
        click("close-meeting");
        Confirming.confirm("confirm-close-meeting");
        assertThat(meetings.findById(meetingId).orElseThrow().getStatus()).isEqualTo(MeetingStatus.CLOSED);
        // the record and the virement requests are made and kept
        long afnPupil = bids.findById(afn).orElseThrow().getPupilId();
        long recordReads = reads("READ_MODERATION_RECORD", afnPupil);
        String record = org.waymark.PdfText.of(moderation.record(meetingId).bytes()).replaceAll("\\s+", " ");
        // the record names the children: a read of each one's record
        assertThat(reads("READ_MODERATION_RECORD", afnPupil)).isEqualTo(recordReads + 1);
        // the chair and whoever decided by display name, levels by name (issue 14)
        String chair = accounts.displayNames(java.util.List.of("family.senco")).get("family.senco");
        assertThat(record).contains("Chaired by " + chair, "Agreed AFN low £3,000.00", "(" + chair + ")")
                .doesNotContain("family.senco", "AFN_LOW");
        assertThat(record).contains("Moderation record", "Sam Whitfield", "SENCO, Larkfield Primary School",
                "AFN descriptors fit two themes", "Countersigned and forwarded to the authority",
                "Training for teaching assistants", "AFN remaining after the meeting", "Page 1 of");
        String virements = new String(moderation.virements(meetingId).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(virements).contains("school,pupils,afn_amount").contains("Larkfield Primary School,1,3000.00");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("meeting-record"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
        assertThatThrownBy(() -> moderation.addAttendee(meetingId, "Late", "Visitor"))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'MODERATE' AND actor = 'family.senco'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Autowired MeetingBroadcaster broadcaster;

    private long reads(String action, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'family.senco' AND action = :a"
                + " AND pupil_id = :p AND outcome = 'ALLOWED'").param("a", action).param("p", pupilId)
                .query(Long.class).single();
    }

    /** The Family SENCO opens today's meeting and its page. */
    private long openTodaysMeetingAsChair() {
        login("family.senco");
        long meetingId = moderation.open(today());
        UI.getCurrent().navigate(MeetingView.class, new com.vaadin.flow.router.RouteParameters("meetingId",
                String.valueOf(meetingId)));
        return meetingId;
    }

    @Test
    void deciding_a_case_someone_else_decided_first_shows_a_conflict_and_their_decision() {
        long bidId = scenarios.submittedAfn();
        long meetingId = openTodaysMeetingAsChair();
        int index = caseOf(bidId, meetingId);
        // another screen records a decline first; this page has not redrawn yet
        moderation.decide(meetingId, index, CaseOutcome.DECLINED, null, null, "Met from the notional budget");
        this.<CaseOutcome>select("outcome-" + index).setValue(CaseOutcome.RETURNED);
        _get(TextField.class, spec -> spec.withId("reason-" + index)).setValue("Please add the therapy report");
        click("decide-" + index);
        Confirming.confirm("confirm-decide-" + index);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anyMatch(n -> n.getElement().getProperty("text", "").equals(
                        "Someone else decided this first; their decision is shown."));
        assertThat(_get(Div.class, spec -> spec.withId("case-" + index)).getElement().getTextRecursively())
                .contains("Declined").contains("Met from the notional budget");
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.DECLINED);
    }

    @Test
    void a_decision_made_elsewhere_redraws_only_its_case_and_keeps_what_is_being_typed_in_another() {
        long first = scenarios.submittedAfn();
        long second = scenarios.submittedAfn();
        long meetingId = openTodaysMeetingAsChair();
        int decidedElsewhere = caseOf(first, meetingId);
        int beingTyped = caseOf(second, meetingId);
        TextField reason = _get(TextField.class, spec -> spec.withId("reason-" + beingTyped));
        reason.setValue("Half-typed reason");
        Div untouched = _get(Div.class, spec -> spec.withId("case-" + beingTyped));
        // another screen decides the first case; the broadcaster then refreshes this page
        moderation.decide(meetingId, decidedElsewhere, CaseOutcome.DECLINED, null, null, "Met from the notional budget");
        _get(MeetingView.class).refresh();
        assertThat(_get(Div.class, spec -> spec.withId("case-" + decidedElsewhere)).getElement().getTextRecursively())
                .contains("Declined");
        assertThat(_get(Div.class, spec -> spec.withId("case-" + beingTyped))).isSameAs(untouched);
        assertThat(_get(TextField.class, spec -> spec.withId("reason-" + beingTyped)).getValue())
                .isEqualTo("Half-typed reason");
    }

    @Test
    void after_a_decision_made_elsewhere_a_page_where_nothing_was_typed_is_left_without_a_question() {
        long first = scenarios.submittedAfn();
        scenarios.submittedAfn();
        long meetingId = openTodaysMeetingAsChair();
        moderation.decide(meetingId, caseOf(first, meetingId), CaseOutcome.DECLINED, null, null,
                "Met from the notional budget");
        _get(MeetingView.class).refresh();
        UI.getCurrent().navigate("");
        assertThat(_find(MeetingView.class)).isEmpty();
    }

    @Test
    void after_a_decision_made_elsewhere_a_page_with_a_reason_typed_still_asks_before_it_is_left() {
        long first = scenarios.submittedAfn();
        long second = scenarios.submittedAfn();
        long meetingId = openTodaysMeetingAsChair();
        _get(TextField.class, spec -> spec.withId("reason-" + caseOf(second, meetingId))).setValue("Half-typed");
        moderation.decide(meetingId, caseOf(first, meetingId), CaseOutcome.DECLINED, null, null,
                "Met from the notional budget");
        _get(MeetingView.class).refresh();
        UI.getCurrent().navigate("");
        assertThat(_find(MeetingView.class)).hasSize(1);
    }

    @Test
    void the_familys_school_staff_follow_the_meeting_live_without_deciding() {
        login("family.senco");
        long meetingId = moderation.open(today());
        login("senco"); // a SENCO of one of the family's schools
        UI.getCurrent().navigate(MeetingView.class, new com.vaadin.flow.router.RouteParameters("meetingId",
                String.valueOf(meetingId)));
        _get(MeetingView.class);
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-attendee"))).isEmpty();
        assertThat(broadcaster.viewerCount(meetingId)).isEqualTo(1); // registered for pushed changes
        assertThatThrownBy(() -> moderation.close(meetingId)).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("");
        assertThat(broadcaster.viewerCount(meetingId)).isZero(); // left the page: no more pushes
    }

    @Test
    void only_the_familys_senco_runs_its_meetings() {
        login("family.senco");
        long meetingId = moderation.open(today());
        login("senco");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ModerationListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("family.senco.cy");
        assertThatThrownBy(() -> moderation.details(meetingId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_blank_meeting_date_is_said_beside_the_field_and_opens_nothing() {
        long familyId = java.util.Objects.requireNonNull(login("family.senco").scope().familyId());
        int before = meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId).size();
        UI.getCurrent().navigate(ModerationListView.class);
        com.vaadin.flow.component.datepicker.DatePicker date = _get(ModerationListView.class).date;
        date.clear();
        click("open-meeting");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Choose the date of the meeting.");
        _get(ModerationListView.class); // still on the list: nothing opened
        assertThat(meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId)).hasSize(before);
        // the service refuses it too: a blank date never means today
        assertThatThrownBy(() -> moderation.open(null))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        assertThat(meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId)).hasSize(before);

        date.setValue(today().plusDays(7));
        click("open-meeting");
        assertThat(meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId)).hasSize(before + 1);
        assertThat(meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(familyId).getFirst().getMeetingDate())
                .isEqualTo(today().plusDays(7));
    }

    private long levelReviewNotices() {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'senco'"
                + " AND message_key = 'notice.bid.levelReview'").query(Long.class).single();
    }
}
