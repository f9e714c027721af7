package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.AsnScenarios;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.pupils.domain.PupilRow;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * The school's guided hours request: "New request" from the list, the eligibility check's
 * outcomes beside the answers as they change (nothing stored until "Save and continue"), bad
 * input refused on its field with nothing stored, the documents the rules ask for, and a
 * submission that reaches the officer.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class HoursRequestKaribuIT extends KaribuTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired AsnScenarios asn;
    @Autowired HoursRequestService requests;
    @Autowired JdbcClient jdbc;

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static String findings(String field) {
        return _get(Div.class, spec -> spec.withId("asn-findings-" + field)).getElement().getTextRecursively();
    }

    private static String step() {
        return _get(Span.class, spec -> spec.withId("asn-step")).getText();
    }

    private int storedVersion(long requestId) {
        return jdbc.sql("SELECT version FROM asn_request WHERE id = :id").param("id", requestId).query(Integer.class)
                .single();
    }

    private long startRequest(long pupilId) {
        long requestId = asn.as("senco.sc", () -> requests.start(pupilId));
        login("senco.sc");
        UI.getCurrent().navigate(HoursRequestFormView.class,
                new RouteParameters("requestId", String.valueOf(requestId)));
        return requestId;
    }

    private static <C extends com.vaadin.flow.component.Component> C byId(Class<C> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void new_request_starts_a_draft_for_a_pupil_of_the_school_and_opens_the_form() {
        long pupilId = asn.pupilWithPlan();
        String surname = jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId)
                .query(String.class).single();
        login("senco.sc");
        UI.getCurrent().navigate(HoursRequestListView.class);
        click("new-asn-request");
        ComboBox<PupilRow> box = byId(ComboBox.class, "new-asn-request-pupil");
        ComboBoxKt.setUserInput(box, surname);
        List<PupilRow> offered = ComboBoxKt.getSuggestionItems(box);
        assertThat(offered).allMatch(p -> p.schoolName().equals(AsnScenarios.HOME_SCHOOL));
        box.setValue(offered.stream().filter(p -> p.id() == pupilId).findFirst().orElseThrow());
        click("new-asn-request-start");
        long requestId = jdbc.sql("SELECT id FROM asn_request WHERE pupil_id = :p").param("p", pupilId)
                .query(Long.class).single();
        assertThat(path()).isEqualTo("asn/requests/" + requestId + "/edit");
        assertThat(step()).startsWith("Step 1 of 7: About the pupil");
        // the list shows it
        UI.getCurrent().navigate(HoursRequestListView.class);
        @SuppressWarnings("unchecked")
        Grid<org.waymark.asn.service.RequestRow> grid = byId(Grid.class, "asn-requests");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(grid))
                .extracting(org.waymark.asn.service.RequestRow::requestId).contains(requestId);
    }

    @Test
    void the_check_speaks_beside_each_answer_as_it_changes_and_nothing_is_stored_until_saved() {
        long requestId = startRequest(asn.pupilWithPlan());
        int version = storedVersion(requestId);
        com.vaadin.flow.component.select.Select<Integer> stage = select("asn-stage");
        // whatever the pupil's record says, no medical or care need to start with
        byId(Checkbox.class, "asn-medical").setValue(false);
        byId(Checkbox.class, "asn-personal-care").setValue(false);
        stage.setValue(2);
        assertThat(findings("sifStage")).contains("Stops the request:")
                .contains("The pupil is at stage 2: assistant hours are considered only at stage 3");
        Checkbox medical = byId(Checkbox.class, "asn-medical");
        medical.setValue(true);
        assertThat(findings("sifStage")).startsWith("Note:")
                .contains("a medical or personal-care need means the request can still be considered");
        stage.setValue(3);
        assertThat(findings("sifStage")).isEmpty();
        assertThat(storedVersion(requestId)).isEqualTo(version);

        // moving to another step keeps the answers typed: they are saved rather than lost
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("hours"), false);
        assertThat(storedVersion(requestId)).isGreaterThan(version);
        version = storedVersion(requestId);
        BigDecimalField asked = byId(BigDecimalField.class, "asn-hours-asked");
        asked.setValue(new BigDecimal("20"));
        byId(BigDecimalField.class, "asn-hours-specialist").setValue(new BigDecimal("5"));
        byId(BigDecimalField.class, "asn-hours-independent").setValue(new BigDecimal("3"));
        assertThat(_get(Span.class, spec -> spec.withId("asn-considered")).getText())
                .isEqualTo("Hours considered: 17 of the 25-hour week.");
        assertThat(findings("hoursAsked")).contains("leave 17 hours of the 25-hour week for an assistant");
        asked.setValue(new BigDecimal("30"));
        assertThat(findings("hoursAsked")).contains("30 hours a week is more than the maximum of 25");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("asn-summary")).getText())
                .startsWith("As it stands:").contains("stop the request");
        assertThat(storedVersion(requestId)).isEqualTo(version);
    }

    @Test
    void bad_input_is_refused_beside_its_field_and_nothing_is_stored() {
        long requestId = startRequest(asn.pupilWithPlan());
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("hours"), false);
        int version = storedVersion(requestId);
        BigDecimalField asked = byId(BigDecimalField.class, "asn-hours-asked");
        asked.setValue(new BigDecimal("-3"));
        click("asn-next");
        assertThat(step()).startsWith("Step 4 of 7");
        assertThat(asked.isInvalid()).isTrue();
        assertThat(asked.getErrorMessage()).startsWith("Enter the hours a week asked for as a number above 0");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(storedVersion(requestId)).isEqualTo(version);
        asked.setValue(new BigDecimal("12"));
        click("asn-next");
        assertThat(step()).startsWith("Step 5 of 7");
        assertThat(OpenNotices.texts()).containsExactly("Saved.");
        assertThat(storedVersion(requestId)).isGreaterThan(version);
    }

    @Test
    void a_plan_without_the_assistants_role_is_named_on_the_plan_step_and_stops_the_request() {
        long pupilId = asn.freshPupil(AsnScenarios.HOME_SCHOOL);
        asn.agreedPlan(pupilId, false);
        startRequest(pupilId);
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("plan"), false);
        assertThat(findings("plan")).contains("The Child’s Plan does not say what the assistant does");
        form.go(HoursRequestFormView.STEPS.indexOf("submit"), false);
        assertThat(byId(Button.class, "asn-submit").isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("asn-refusals")).getElement().getTextRecursively())
                .contains("does not say what the assistant does");
    }

    @Test
    void a_distress_request_asks_for_its_documents_until_they_are_attached() {
        long requestId = startRequest(asn.pupilWithPlan());
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("need"), false);
        RadioButtonGroup<AsnCategory> category = byId(RadioButtonGroup.class, "asn-category");
        category.setValue(AsnCategory.PERSISTENT_DISTRESS);
        byId(TextArea.class, "asn-needs").setValue("Hides under the table several times a day.");
        click("asn-next");
        form.go(HoursRequestFormView.STEPS.indexOf("attachments"), false);
        assertThat(findings("attachments")).contains("Individual protocol").contains("Risk assessment");
        com.vaadin.flow.component.select.Select<org.waymark.attachments.domain.AttachmentKind> kind =
                select("attachment-kind");
        kind.setValue(org.waymark.attachments.domain.AttachmentKind.INDIVIDUAL_PROTOCOL);
        _get(AttachmentsPanel.class).receive("protocol.pdf", PDF);
        assertThat(findings("attachments")).doesNotContain("Individual protocol").contains("Risk assessment");
        kind.setValue(org.waymark.attachments.domain.AttachmentKind.RISK_ASSESSMENT);
        _get(AttachmentsPanel.class).receive("risk.pdf", PDF);
        assertThat(findings("attachments")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'ASN_HOURS' AND owner_id = :id")
                .param("id", requestId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_complete_request_is_filled_in_step_by_step_and_submitted_for_scrutiny() {
        long requestId = startRequest(asn.pupilWithPlan());
        select("asn-stage").setValue(3);
        click("asn-next");
        byId(RadioButtonGroup.class, "asn-category").setValue(AsnCategory.INDIVIDUALISED_CURRICULUM);
        byId(TextArea.class, "asn-needs").setValue("Follows a personal curriculum all day.");
        click("asn-next");
        assertThat(step()).startsWith("Step 3 of 7: The Child’s Plan");
        assertThat(findings("plan")).isEmpty();
        click("asn-next");
        byId(BigDecimalField.class, "asn-hours-asked").setValue(new BigDecimal("12"));
        byId(BigDecimalField.class, "asn-hours-specialist").setValue(new BigDecimal("3"));
        click("asn-next");
        byId(TextArea.class, "asn-differentiation").setValue("Task boards for two terms.");
        byId(TextArea.class, "asn-independence").setValue("Visual timetable alone in the mornings.");
        byId(TextArea.class, "asn-equipment").setValue("A reading pen helps with print only.");
        click("asn-next");
        click("asn-next");
        assertThat(step()).startsWith("Step 7 of 7: Check and submit");
        // nothing stops it: the list of refusals is not shown
        assertThat(_find(Div.class, spec -> spec.withId("asn-refusals"))).isEmpty();
        click("asn-submit");
        // a confirmation says where it goes and who is told; nothing is sent until it is confirmed
        assertThat(Confirming.open("confirm-submit-asn")).isTrue();
        assertThat(Confirming.says("confirm-submit-asn")).contains("goes to the education support officers");
        assertThat(Confirming.told("confirm-submit-asn")).contains("Jamie Orr (education support officer)")
                .contains("Kirsty Baird (education support officer)").endsWith("will be told.");
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.DRAFT);
        Confirming.confirm("confirm-submit-asn");
        assertThat(path()).isEqualTo("asn/requests/" + requestId);
        assertThat(_get(Span.class, spec -> spec.withId("asn-request-status")).getText())
                .isEqualTo("Waiting for scrutiny");
        assertThat(OpenNotices.texts()).containsExactly("The request is submitted for scrutiny.");
        assertThat(_find(Button.class, spec -> spec.withId("edit-asn-request"))).isEmpty();
    }

    @Test
    void a_long_answer_is_counted_and_marked_never_cut_and_nothing_is_stored_while_it_is_too_long() {
        long requestId = startRequest(asn.pupilWithPlan());
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("need"), false);
        TextArea needs = byId(TextArea.class, "asn-needs");
        String pasted = "Needs an adult beside them to start every task. ".repeat(90); // 4,320 characters
        needs.setValue(pasted);
        // every character kept; the field says how many too many
        assertThat(needs.getValue()).hasSize(pasted.length());
        assertThat(needs.isInvalid()).isTrue();
        assertThat(needs.getErrorMessage()).contains("the limit is 4,000");
        int version = storedVersion(requestId);
        click("asn-next");
        assertThat(step()).startsWith("Step 2 of 7");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(storedVersion(requestId)).isEqualTo(version);
        needs.setValue(pasted.substring(0, 3000));
        assertThat(needs.isInvalid()).isFalse();
        click("asn-next");
        assertThat(step()).startsWith("Step 3 of 7");
        assertThat(requests.open(requestId).request().answers().getNeeds()).isEqualTo(pasted.substring(0, 3000).strip());
    }

    @Test
    void going_back_with_changes_saves_them_and_leaving_by_the_menu_asks_first() {
        long requestId = startRequest(asn.pupilWithPlan());
        HoursRequestFormView form = _get(HoursRequestFormView.class);
        form.go(HoursRequestFormView.STEPS.indexOf("tried"), false);
        byId(TextArea.class, "asn-differentiation").setValue("Word banks and a writing frame since September.");
        click("asn-back");
        assertThat(step()).startsWith("Step 4 of 7");
        assertThat(requests.open(requestId).request().answers().getDifferentiation())
                .isEqualTo("Word banks and a writing frame since September.");

        byId(BigDecimalField.class, "asn-hours-asked").setValue(new BigDecimal("9"));
        UI.getCurrent().navigate(HoursRequestListView.class);
        // the unsaved hours keep the page: the dialog asks
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("unsaved-dialog"))).singleElement()
                .satisfies(d -> assertThat(d.isOpened()).isTrue());
        assertThat(path()).isEqualTo("asn/requests/" + requestId + "/edit");
    }

    @Test
    void withdrawing_asks_for_the_reason_beside_its_field_then_confirms_who_is_told() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        login("senco.sc");
        UI.getCurrent().navigate(HoursRequestView.class, new RouteParameters("requestId", String.valueOf(requestId)));
        click("withdraw-asn-request");
        TextArea reason = byId(TextArea.class, "asn-withdraw-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reasons.");
        assertThat(Confirming.open("confirm-withdraw-asn")).isFalse();

        reason.setValue("The family moves to another council at the end of the month.");
        click("withdraw-asn-request");
        assertThat(Confirming.says("confirm-withdraw-asn")).contains("the officers will no longer consider it");
        assertThat(Confirming.told("confirm-withdraw-asn")).contains("Jamie Orr (education support officer)")
                .endsWith("will be told.");
        Confirming.cancel("confirm-withdraw-asn");
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.SUBMITTED);

        long toldBefore = withdrawnNotices();
        click("withdraw-asn-request");
        Confirming.confirm("confirm-withdraw-asn");
        assertThat(OpenNotices.successes()).containsExactly("The request is withdrawn.");
        assertThat(_get(Span.class, spec -> spec.withId("asn-request-status")).getText()).isEqualTo("Withdrawn");
        assertThat(withdrawnNotices()).isEqualTo(toldBefore + 1);
    }

    private long withdrawnNotices() {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'eso.sc' AND message_key = 'notice.asn.withdrawn'")
                .query(Long.class).single();
    }
}
