package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.BidScenarios;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.ValidationException;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.panels.domain.AppealRequest;
import org.waymark.panels.domain.AppealRequestRepository;
import org.waymark.panels.domain.AppealStatus;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.panels.service.PanelService;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** A head teacher appeals through the family; the appeals panel is independent of the decision and replaces it. */
class AppealKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired BidRepository bids;
    @Autowired PanelService panels;
    @Autowired PanelMeetingRepository meetings;
    @Autowired AppealRequestRepository appeals;
    @Autowired AllocationRepository allocations;
    @Autowired JdbcClient jdbc;


    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** An HLN bid decided at HLN 1 by a main panel meeting (closed), as the caseworker. */
    private long decidedAtMainPanel(long bidId) {
        login("caseworker");
        long meetingId = panels.open(PanelKind.HLN_MAIN, today()).meetingId();
        PanelMeeting meeting = meetings.findById(meetingId).orElseThrow();
        int index = PanelMeetingKaribuIT.caseOf(meeting, bidId);
        panels.decide(meetingId, index, new PanelCase.Decision(PanelOutcome.AWARDED, "HLN1", null,
                AllocationPeriod.ACADEMIC_YEAR, null, "Medical descriptors at HLN 1"));
        PanelMeetingKaribuIT.declineOthers(panels, meetings.findById(meetingId).orElseThrow(), index);
        panels.close(meetingId);
        return meetingId;
    }

    @Test
    void an_appeal_goes_through_the_family_to_an_independent_panel_that_replaces_the_decision() {
        long bidId = scenarios.forwardedHln();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        long mainMeeting = decidedAtMainPanel(bidId);
        Allocation original = allocations.findBySourceAndSourceId(AllocationSource.PANEL, mainMeeting).stream()
                .filter(a -> a.getPupilId() == pupilId).findFirst().orElseThrow();

        // the head teacher asks, with grounds
        login("head");
        UI.getCurrent().navigate(AppealsView.class);
        click("appeal-ask-" + bidId);
        // the message stands beside the grounds
        assertThat(_get(TextArea.class, spec -> spec.withId("appeal-grounds-" + bidId)).getErrorMessage())
                .contains("Give the grounds for the appeal");
        assertThat(appeals.findByBidIdOrderByRequestedAtDesc(bidId)).isEmpty();
        _get(TextArea.class, spec -> spec.withId("appeal-grounds-" + bidId))
                .setValue("The pupil also needs two adults for personal care: HLN 3 descriptors fit.");
        click("appeal-ask-" + bidId);
        // asked first: the family of schools is asked, and its SENCO told by name
        assertThat(Confirming.says("confirm-appeal-ask-" + bidId)).contains("goes to the family of schools");
        assertThat(Confirming.told("confirm-appeal-ask-" + bidId)).isEqualTo("Alex Marsh (Family SENCO) will be told.");
        Confirming.cancel("confirm-appeal-ask-" + bidId);
        assertThat(appeals.findByBidIdOrderByRequestedAtDesc(bidId)).isEmpty();
        click("appeal-ask-" + bidId);
        Confirming.confirm("confirm-appeal-ask-" + bidId);
        AppealRequest appeal = appeals.findByBidIdOrderByRequestedAtDesc(bidId).getFirst();
        assertThat(appeal.getStatus()).isEqualTo(AppealStatus.ASKED);

        // a school SENCO cannot support it; the Family SENCO does, with reasons
        login("senco");
        var service = context.getBean(org.waymark.panels.service.AppealService.class);
        int asked = Objects.requireNonNull(appeal.getVersion());
        assertThatThrownBy(() -> service.respond(appeal.getId(), asked, true, "I support it"))
                .isInstanceOf(AccessDeniedException.class);
        login("family.senco.cy");
        assertThatThrownBy(() -> service.respond(appeal.getId(), asked, true, "Not our family"))
                .isInstanceOf(AccessDeniedException.class);
        login("family.senco");
        UI.getCurrent().navigate(AppealsView.class);
        _get(TextArea.class, spec -> spec.withId("appeal-note-" + appeal.getId()))
                .setValue("The family agrees the evidence was not weighed.");
        click("appeal-support-" + appeal.getId());
        String support = "confirm-appeal-support-" + appeal.getId();
        assertThat(Confirming.says(support)).contains("goes on the list of the authority’s appeals panel");
        assertThat(Confirming.told(support)).isEqualTo("Jo Pemberton (head teacher) will be told.");
        Confirming.cancel(support);
        assertThat(appeals.findById(appeal.getId()).orElseThrow().getStatus()).isEqualTo(AppealStatus.ASKED);
        click("appeal-support-" + appeal.getId());
        Confirming.confirm(support);
        assertThat(appeals.findById(appeal.getId()).orElseThrow().getStatus()).isEqualTo(AppealStatus.SUPPORTED);

        // the appeals panel: its standing members took no part in the main panel's decision
        login("caseworker");
        long appealMeeting = panels.open(PanelKind.APPEALS, today()).meetingId();
        PanelMeeting meeting = meetings.findById(appealMeeting).orElseThrow();
        int index = meeting.getCases().size() - 1;
        assertThat(meeting.getCases().get(index).kind()).isEqualTo(CaseKind.APPEAL);
        assertThat(appeals.findById(appeal.getId()).orElseThrow().getStatus()).isEqualTo(AppealStatus.LISTED);
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.APPEALED);

        // someone who sat on the original decision is refused a seat
        assertThatThrownBy(() -> panels.seatAtMeeting(appealMeeting, userId("lead.send"), SeatCapacity.SENIOR_OFFICER,
                SeatRole.MEMBER)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.messageKey()).containsExactly("panel.appeal.notIndependent"));
        assertThat(meetings.findById(appealMeeting).orElseThrow().getSeats()).extracting(s -> s.displayName())
                .doesNotContain("Morgan Tate");

        // without a head teacher sitting, the appeals panel cannot decide
        panels.unseatAtMeeting(appealMeeting, userId("head"));
        assertThatThrownBy(() -> panels.decide(appealMeeting, index, new PanelCase.Decision(PanelOutcome.AWARDED,
                "HLN3", null, AllocationPeriod.ACADEMIC_YEAR, null, "HLN 3 descriptors fit")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly("panel.appeal.needs"));
        panels.seatAtMeeting(appealMeeting, userId("head"), SeatCapacity.HEAD_TEACHER, SeatRole.MEMBER);

        // the appeal replaces the decision: HLN 3 in place of HLN 1, with the history kept
        UI.getCurrent().navigate("panels/meetings/" + appealMeeting);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("panel-outcome-" + index))
                .setValue(PanelOutcome.AWARDED);
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("panel-level-" + index))
                .setValue("HLN3");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("panel-period-" + index))
                .setValue(AllocationPeriod.ACADEMIC_YEAR);
        _get(TextArea.class, spec -> spec.withId("panel-reasons-" + index))
                .setValue("Personal care descriptors at HLN 3 are met; the first panel did not have the care plan.");
        click("panel-decide-" + index);
        Confirming.confirm("confirm-panel-decide-" + index);
        assertThat(bids.findById(bidId).orElseThrow().getStatus()).isEqualTo(BidStatus.DECIDED);
        assertThat(bids.findById(bidId).orElseThrow().getAgreedLevel()).isEqualTo("HLN3");
        assertThat(bids.findById(bidId).orElseThrow().getSteps()).extracting(s -> s.status())
                .containsSubsequence(BidStatus.FORWARDED, BidStatus.DECIDED, BidStatus.APPEALED, BidStatus.DECIDED);
        Allocation replaced = allocations.findById(Objects.requireNonNull(original.getId())).orElseThrow();
        assertThat(replaced.getEndReason()).isEqualTo(AllocationEnd.REPLACED_ON_APPEAL);
        assertThat(replaced.ranNever()).isTrue();
        List<Allocation> hln = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).stream()
                .filter(a -> !a.ranNever()).toList();
        assertThat(hln).singleElement().satisfies(a -> {
            assertThat(a.getSource()).isEqualTo(AllocationSource.APPEAL);
            assertThat(a.getAmount()).isEqualByComparingTo("19976");
            assertThat(a.getStartDate()).isEqualTo(original.getStartDate());
        });
        assertThat(appeals.findById(appeal.getId()).orElseThrow().getStatus()).isEqualTo(AppealStatus.HEARD);
    }

    @Test
    void a_head_teacher_may_appeal_only_their_own_schools_decisions() {
        long bidId = scenarios.forwardedHln();
        decidedAtMainPanel(bidId);
        login("head.cy");
        var service = context.getBean(org.waymark.panels.service.AppealService.class);
        assertThatThrownBy(() -> service.ask(bidId, "Other authority")).isInstanceOf(AccessDeniedException.class);
    }
}
