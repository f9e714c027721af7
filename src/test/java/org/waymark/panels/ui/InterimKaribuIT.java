package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.ui.Translations;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.domain.DecisionLetterRepository;
import org.waymark.panels.domain.InterimDecision;
import org.waymark.panels.domain.InterimDecisionRepository;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.InterimService;
import org.waymark.panels.service.LetterService;
import org.waymark.panels.service.PanelService;
import org.waymark.pupils.domain.PupilRow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The Welsh main panel's chair decides outside a panel; the next main panel confirms it and the
 * letter goes in Welsh to a family that prefers Welsh. Only the chair or group manager decides.
 */
class InterimKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired InterimService interims;
    @Autowired InterimDecisionRepository interimDecisions;
    @Autowired PanelService panels;
    @Autowired PanelMeetingRepository meetings;
    @Autowired LetterService letters;
    @Autowired DecisionLetterRepository letterRepository;
    @Autowired AllocationRepository allocations;

    @Test
    void a_member_who_is_not_chair_is_refused() {
        login("panel");
        UI.getCurrent().navigate(InterimView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Only the chair or group manager of the HLN main panel makes interim decisions."))
                .isVisible()).isTrue();
        long pupilId = demo.pupilAt("Larkfield Primary School");
        assertThatThrownBy(() -> interims.decide(new InterimService.InterimRequest(pupilId,
                InterimGround.TRIBUNAL_ORDER, null, new BigDecimal("5000"), today().plusMonths(2), "Order")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("panel", "INTERIM_DECISION", pupilId, "DENIED")).isEqualTo(1);
    }

    @Test
    void the_chair_decides_for_a_fixed_period_and_the_next_main_panel_confirms_it_in_welsh() throws Exception {
        // a Welsh county that runs a top-up scheme beside the ALN process (the demo one does not)
        demo.alsoRuns("GLM", "DESCRIPTOR_TOP_UP");
        try {
            decidesAndConfirmsInWelsh();
        } finally {
            demo.stopsRunning("GLM", "DESCRIPTOR_TOP_UP");
        }
    }

    @SuppressWarnings("unchecked")
    private void decidesAndConfirmsInWelsh() throws Exception {
        long pupilId = demo.welshSpeakerIn("GLM");
        LocalDate today = today();
        login("lead.send.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(InterimView.class);
        ComboBox<PupilRow> pupil = _get(ComboBox.class, spec -> spec.withId("interim-pupil"));
        PupilRow row = context.getBean(org.waymark.pupils.service.PupilService.class)
                .search(org.waymark.pupils.domain.PupilFilter.none(), org.waymark.pupils.domain.PupilSort.NAME, 0, 500)
                .stream().filter(r -> r.id() == pupilId).findFirst().orElseThrow();
        pupil.setValue(row);
        ((Select<InterimGround>) _get(Select.class, spec -> spec.withId("interim-ground")))
                .setValue(InterimGround.FROM_ANOTHER_AUTHORITY);
        _get(BigDecimalField.class, spec -> spec.withId("interim-amount")).setValue(new BigDecimal("8000"));
        // more than six months: refused
        _get(DatePicker.class, spec -> spec.withId("interim-end")).setValue(today.plusMonths(7));
        _get(TextArea.class, spec -> spec.withId("interim-reasons"))
                .setValue("Arrived from another authority with an EHCP naming a full-time assistant.");
        _click(_get(Button.class, spec -> spec.withId("interim-decide")));
        // asked first, in the reader's language: what the decision does and who is told, by name and role
        assertThat(Confirming.says("confirm-interim")).startsWith("Dyfernir £8,000.00 i "
                + (row.preferredName() != null ? row.preferredName() : row.firstName()) + " " + row.lastName());
        assertThat(Confirming.told("confirm-interim")).startsWith("Bydd ").contains("(SENCO yr ysgol)")
                .endsWith("yn cael gwybod.");
        Confirming.cancel("confirm-interim");
        assertThat(interimDecisions.findAll()).noneMatch(d -> d.getPupilId() == pupilId);
        _click(_get(Button.class, spec -> spec.withId("interim-decide")));
        Confirming.confirm("confirm-interim");
        assertThat(interimDecisions.findAll()).noneMatch(d -> d.getPupilId() == pupilId);
        assertThat(_get(DatePicker.class, spec -> spec.withId("interim-end")).isInvalid()).isTrue();
        _get(DatePicker.class, spec -> spec.withId("interim-end")).setValue(today.plusMonths(3));
        _click(_get(Button.class, spec -> spec.withId("interim-decide")));
        Confirming.confirm("confirm-interim");
        InterimDecision interim = interimDecisions.findAll().stream().filter(d -> d.getPupilId() == pupilId)
                .findFirst().orElseThrow();
        // takes effect at once, for the fixed period
        Allocation funded = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getFirst();
        assertThat(funded.getSource()).isEqualTo(AllocationSource.INTERIM);
        assertThat(funded.getStartDate()).isEqualTo(today);
        assertThat(funded.getEndDate()).isEqualTo(today.plusMonths(3));

        // the next main panel has it on its list
        login("caseworker.cy");
        long meetingId = panels.open(PanelKind.HLN_MAIN, today).meetingId();
        PanelMeeting meeting = meetings.findById(meetingId).orElseThrow();
        int index = -1;
        for (int i = 0; i < meeting.getCases().size(); i++) {
            if (Objects.equals(meeting.getCases().get(i).interimId(), interim.getId())) {
                index = i;
            }
        }
        assertThat(index).isNotNegative();
        assertThat(meeting.getCases().get(index).kind()).isEqualTo(CaseKind.INTERIM_REVIEW);
        assertThat(interimDecisions.findById(interim.getId()).orElseThrow().getListedMeetingId()).isEqualTo(meetingId);
        // the case shows the ground in the reader's language, with the chair's reasons
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        int shown = index;
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("panel-case-" + shown)).getElement().getTextRecursively())
                .contains("Disgybl yn cyrraedd o awdurdod arall: Arrived from another authority")
                .doesNotContain("FROM_ANOTHER_AUTHORITY");
        panels.decide(meetingId, index, new PanelCase.Decision(PanelOutcome.CONFIRMED, null, null, null, null,
                "Mae’r penderfyniad interim yn sefyll tan yr adolygiad."));
        PanelMeetingKaribuIT.declineOthers(panels, meetings.findById(meetingId).orElseThrow(), index);
        panels.close(meetingId);
        letters.generate(meetingId, (n, total) -> { });
        DecisionLetter letter = letterRepository.findByPanelMeetingIdAndCaseKey(meetingId, index).orElseThrow();
        assertThat(letter.getLanguage()).isEqualTo("cy");
        String text = org.waymark.PdfText.of(letters.file(Objects.requireNonNull(letter.getId())).bytes());
        assertThat(text).contains("Penderfyniad ar gyllid anghenion lefel uchel", "Cyngor Sir Glanmor",
                "Cadarnhaodd y panel y penderfyniad cynharach.", "Os ydych yn anghytuno", "Tudalen 1 o 1");
        assertThat(text).doesNotContain("Decision on high-level needs funding");
    }
}
