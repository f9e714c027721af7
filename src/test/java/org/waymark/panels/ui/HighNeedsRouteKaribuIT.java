package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.ui.BidWizardView;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * Which panel hears an HLN bid follows what the ledger says the pupil holds: asking again for the
 * same level while an award is ending is a resubmission for the resubmission panel, decided there
 * and continued in the ledger; asking for more is an increase, a new application to the main panel.
 */
class HighNeedsRouteKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired org.waymark.FundingScenarios funding;
    @Autowired BidRepository bids;
    @Autowired AllocationRepository allocations;
    @Autowired PanelMeetingRepository meetings;
    @Autowired OrganisationService organisation;

    /** The pupil has held HLN 1 since the start of this term: a panel decided it in the holiday before. */
    private Allocation holdsHln1(long pupilId) {
        login("caseworker");
        long laId = demo.authorityOf(pupilId);
        SchoolCalendar calendar = organisation.calendarOf(laId);
        LocalDate today = LocalDate.now(clock);
        Term current = calendar.terms().stream().filter(t -> !t.startDate().isAfter(today)).reduce((a, b) -> b)
                .orElseThrow();
        funding.award(pupilId, FundingStream.HLN, "HLN1", new BigDecimal("10987"), current.startDate().minusDays(3),
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.PANEL, 444_000L + pupilId);
        Allocation held = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getLast();
        assertThat(held.activeOn(today)).isTrue();
        return held;
    }

    /** The wizard's check step, as the school's SENCO sees it: the warnings it lists. */
    private String wizardWarnings(long bidId) {
        login("senco");
        UI.getCurrent().navigate(BidWizardView.class, new RouteParameters("bidId", String.valueOf(bidId)));
        for (int i = 0; i < 6; i++) {
            click("bid-next");
        }
        assertThat(_get(Span.class, spec -> spec.withId("bid-step")).getText()).startsWith("Step 7 of 7");
        return _get(Div.class, spec -> spec.withId("bid-warnings")).getElement().getTextRecursively();
    }

    /** Opens a panel meeting of a kind for today through the panels page, as the caseworker. */
    private PanelMeeting openThroughThePage(PanelKind kind, long laId) {
        login("caseworker");
        UI.getCurrent().navigate(PanelsView.class);
        this.<PanelKind>select("panel-kind").setValue(kind);
        _get(DatePicker.class, spec -> spec.withId("panel-date")).setValue(LocalDate.now(clock));
        click("open-panel-meeting");
        return meetings.findByLocalAuthorityIdOrderByMeetingDateDesc(laId).stream()
                .filter(m -> m.getKind() == kind && m.getStatus() == MeetingStatus.OPEN)
                .max(java.util.Comparator.comparing(m -> Objects.requireNonNull(m.getId()))).orElseThrow();
    }

    private static List<Long> bidsOn(PanelMeeting meeting) {
        return meeting.getCases().stream().map(PanelCase::bidId).filter(Objects::nonNull).toList();
    }

    private static String notices() {
        return String.join(" | ", com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList());
    }

    @Test
    void the_same_level_again_while_an_award_is_ending_goes_to_the_resubmission_panel_and_continues_the_line() {
        long pupilId = demo.pupilWithoutFunding("Larkfield Primary School");
        Allocation held = holdsHln1(pupilId);
        long laId = held.getLocalAuthorityId();
        long bidId = scenarios.hlnReadyToSubmit(pupilId, "HLN1");
        assertThat(wizardWarnings(bidId)).contains("which is ending", "resubmission panel")
                .doesNotContain("new application");
        scenarios.submitAndForward(bidId);
        assertThat(bids.findById(bidId).orElseThrow().isResubmission()).isTrue();
        assertThat(bids.findById(bidId).orElseThrow().isIncrease()).isFalse();

        // the main panel does not list it; the resubmission panel does, as a resubmission
        PanelMeeting main = openThroughThePage(PanelKind.HLN_MAIN, laId);
        assertThat(bidsOn(main)).doesNotContain(bidId);
        PanelMeeting resubmissions = openThroughThePage(PanelKind.HLN_RESUBMISSION, laId);
        int index = PanelMeetingKaribuIT.caseOf(resubmissions, bidId);
        assertThat(resubmissions.getCases().get(index).kind()).isEqualTo(CaseKind.RESUBMISSION);
        long meetingId = Objects.requireNonNull(resubmissions.getId());

        // a chosen end inside this term, before a new period could start: refused with a message, nothing decided
        this.<PanelOutcome>select("panel-outcome-" + index).setValue(PanelOutcome.AWARDED);
        this.<String>select("panel-level-" + index).setValue("HLN1");
        this.<AllocationPeriod>select("panel-period-" + index).setValue(AllocationPeriod.CUSTOM);
        _get(DatePicker.class, spec -> spec.withId("panel-period-end-" + index))
                .setValue(LocalDate.now(clock).plusDays(1));
        _get(TextArea.class, spec -> spec.withId("panel-reasons-" + index))
                .setValue("Needs unchanged: the health care plan still shows daily procedures.");
        click("panel-decide-" + index);
        Confirming.confirm("confirm-panel-decide-" + index);
        // the message stands beside the end date
        assertThat(_get(DatePicker.class, spec -> spec.withId("panel-period-end-" + index)).getErrorMessage())
                .contains("is before the funding would start on");
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(index).decided()).isFalse();
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.FORWARDED);

        // to a year after the award ends: the same amount again continues the line the pupil holds
        _get(DatePicker.class, spec -> spec.withId("panel-period-end-" + index))
                .setValue(held.getEndDate().plusYears(1));
        click("panel-decide-" + index);
        Confirming.confirm("confirm-panel-decide-" + index);
        assertThat(meetings.findById(meetingId).orElseThrow().getCases().get(index).outcome())
                .isEqualTo(PanelOutcome.AWARDED);
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.DECIDED);
        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN);
        assertThat(lines).hasSize(1);
        Allocation continued = lines.getFirst();
        assertThat(continued.getStartDate()).isEqualTo(held.getStartDate());
        assertThat(continued.getEndDate()).isEqualTo(held.getEndDate().plusYears(1));
        assertThat(continued.getHistory()).extracting(h -> h.event()).containsExactly("OPENED", "CONTINUED");
    }

    @Test
    void a_higher_level_is_an_increase_for_the_main_panel_which_replaces_the_line_from_next_term() {
        long pupilId = demo.pupilWithoutFunding("Larkfield Primary School");
        Allocation held = holdsHln1(pupilId);
        long laId = held.getLocalAuthorityId();
        long bidId = scenarios.hlnReadyToSubmit(pupilId, "HLN3");
        assertThat(wizardWarnings(bidId)).contains("new application").doesNotContain("resubmission panel");
        scenarios.submitAndForward(bidId);
        assertThat(bids.findById(bidId).orElseThrow().isIncrease()).isTrue();

        PanelMeeting resubmissions = openThroughThePage(PanelKind.HLN_RESUBMISSION, laId);
        assertThat(bidsOn(resubmissions)).doesNotContain(bidId);
        PanelMeeting main = openThroughThePage(PanelKind.HLN_MAIN, laId);
        int index = PanelMeetingKaribuIT.caseOf(main, bidId);
        assertThat(main.getCases().get(index).kind()).isEqualTo(CaseKind.NEW_BID);
        this.<PanelOutcome>select("panel-outcome-" + index).setValue(PanelOutcome.AWARDED);
        this.<String>select("panel-level-" + index).setValue("HLN3");
        _get(TextArea.class, spec -> spec.withId("panel-reasons-" + index))
                .setValue("Daily seizures: an adult all day; HLN 3 descriptors met.");
        click("panel-decide-" + index);
        Confirming.confirm("confirm-panel-decide-" + index);

        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN);
        assertThat(lines).hasSize(2);
        SchoolCalendar calendar = organisation.calendarOf(laId);
        LocalDate nextTerm = calendar.termAfter(LocalDate.now(clock)).orElseThrow().startDate();
        assertThat(lines.getFirst().getEndDate()).isEqualTo(nextTerm.minusDays(1));
        assertThat(lines.getFirst().getEndReason()).isEqualTo(AllocationEnd.INCREASED);
        assertThat(lines.getLast().getStartDate()).isEqualTo(nextTerm);
        assertThat(lines.getLast().getAmount()).isEqualByComparingTo("19976");
    }
}
