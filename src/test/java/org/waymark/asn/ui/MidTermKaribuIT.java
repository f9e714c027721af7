package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AsnScenarios;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.domain.JointView;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.MidTermService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * A mid-term allocation (issue 15, point 4): an early-years request goes to the council's
 * early-years officer, a second officer gives the joint view (a variation), the inclusion and
 * equality team approves hours from a day in the session with a review date — a ledger line of
 * the mid-term source — and at the review the hours drop: the ledger ends the line held until
 * yesterday and opens the new hours from today. A request for a pupil not in early years is
 * exceptional. Other officers, other councils and other roles are refused (audited).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class MidTermKaribuIT extends KaribuTest {

    @Autowired AsnScenarios asn;
    @Autowired HoursRequestService requests;
    @Autowired MidTermService midTerm;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    private void open(long requestId) {
        UI.getCurrent().navigate(HoursRequestView.class, new RouteParameters("requestId", String.valueOf(requestId)));
    }

    private static <C extends com.vaadin.flow.component.Component> C byId(Class<C> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static String status() {
        return byId(Span.class, "asn-request-status").getText();
    }

    private long denials(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND outcome = 'DENIED'")
                .param("a", action).query(Long.class).single();
    }

    @Test
    void an_early_years_request_is_assessed_jointly_approved_and_its_hours_drop_at_review() {
        long pupilId = asn.earlyYearsPupilWithPlan(today());
        long requestId = asn.submittedMidTerm(pupilId);
        // the early-years officer was told, not every officer
        assertThat(jdbc.sql("SELECT recipient FROM notice WHERE message_key = 'notice.asn.mtaSubmitted'"
                + " AND link = :link").param("link", "asn/requests/" + requestId).query(String.class).list())
                .containsExactly("eso.ey.sc");

        // another officer may read it but not assess it: the council named its early-years officer
        login("eso.sc");
        open(requestId);
        assertThat(byId(Paragraph.class, "asn-mta-route").getText()).contains("the early-years officer, Kirsty Baird");
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("asn-mta-assessed-hours"))).isEmpty();
        long refused = denials("ASSESS_ASN_MID_TERM");
        int lock = requests.open(requestId).lock();
        assertThatThrownBy(() -> midTerm.assess(requestId, lock, BigDecimal.TEN, today().plusMonths(3), "No"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(denials("ASSESS_ASN_MID_TERM")).isEqualTo(refused + 1);

        // the early-years officer assesses it; bad input beside its field first
        login("eso.ey.sc");
        open(requestId);
        BigDecimalField proposed = byId(BigDecimalField.class, "asn-mta-assessed-hours");
        assertThat(proposed.getValue()).isEqualByComparingTo("12");
        click("asn-mta-assess");
        TextArea assessment = byId(TextArea.class, "asn-mta-assessment-text");
        assertThat(assessment.isInvalid()).isTrue();
        assertThat(assessment.getErrorMessage()).startsWith("Say what you assessed");
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.SUBMITTED);
        assessment.setValue("Started in the nursery class in October; needs an adult for every transition and"
                + " for personal care. The request is valid.");
        click("asn-mta-assess");
        assertThat(OpenNotices.successes()).containsExactly(
                "The assessment is recorded; the other officers are asked for the joint view.");
        assertThat(status()).isEqualTo("Waiting for the second officer");
        // the lead officer cannot give the joint view too
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("asn-mta-joint-view"))).isEmpty();

        // the second officer recommends a variation
        login("eso.sc");
        open(requestId);
        assertThat(byId(Paragraph.class, "asn-mta-assessment").getText()).startsWith("Kirsty Baird assessed the request");
        byId(RadioButtonGroup.class, "asn-mta-joint-view").setValue(JointView.VARIATION);
        click("asn-mta-join");
        assertThat(byId(BigDecimalField.class, "asn-mta-joint-hours").isInvalid()).isTrue();
        assertThat(byId(TextArea.class, "asn-mta-joint-note").isInvalid()).isTrue();
        byId(BigDecimalField.class, "asn-mta-joint-hours").setValue(new BigDecimal("10"));
        byId(TextArea.class, "asn-mta-joint-note").setValue("Ten hours: the nursery's own staffing covers lunch.");
        click("asn-mta-join");
        assertThat(status()).isEqualTo("Waiting for approval");
        assertThat(byId(Paragraph.class, "asn-mta-joint").getText())
                .startsWith("Jamie Orr recommends a variation: 10 hours a week.");

        // the inclusion and equality team finds it in its list and approves it from a day in the session
        login("inclusion.sc");
        UI.getCurrent().navigate(MidTermListView.class);
        Grid<MidTermService.MidTermRow> grid = byId(Grid.class, "asn-mid-term");
        MidTermService.MidTermRow row = GridKt._findAll(grid).stream().filter(r -> r.requestId() == requestId)
                .findFirst().orElseThrow();
        assertThat(row.earlyYears()).isTrue();
        assertThat(row.recommendedHours()).isEqualByComparingTo("10");
        open(requestId);
        SchoolDays days = schoolDays();
        LocalDate from = days.before(today(), 10);
        assertThat(byId(BigDecimalField.class, "asn-mta-approved-hours").getValue()).isEqualByComparingTo("10");
        byId(DatePicker.class, "asn-mta-hours-from").setValue(from);
        LocalDate review = today().plusMonths(2);
        byId(DatePicker.class, "asn-mta-approve-review").setValue(review);
        byId(TextArea.class, "asn-mta-approve-reasons").setValue("Agreed as the officers recommend.");
        click("asn-mta-approve");
        assertThat(Confirming.says("confirm-asn-mta-approve")).startsWith("10 hours a week are approved for")
                .contains("This is a funding decision");
        assertThat(Confirming.told("confirm-asn-mta-approve")).contains("(school SENCO)");
        long toldBefore = mtaApprovedNotices();
        Confirming.confirm("confirm-asn-mta-approve");
        assertThat(status()).isEqualTo("Hours decided");
        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.ASN_HOURS);
        assertThat(lines).singleElement().satisfies(a -> {
            assertThat(a.getSource()).isEqualTo(AllocationSource.MID_TERM);
            assertThat(a.getAmount()).isEqualByComparingTo("10");
            assertThat(a.getStartDate()).isEqualTo(from);
        });
        assertThat(mtaApprovedNotices()).isEqualTo(toldBefore + 1);

        // at the review the hours drop from today: the hours held until yesterday stand
        login("eso.sc");
        open(requestId);
        byId(BigDecimalField.class, "asn-mta-review-hours").setValue(new BigDecimal("12"));
        click("asn-mta-review");
        assertThat(byId(BigDecimalField.class, "asn-mta-review-hours").getErrorMessage())
                .startsWith("At a review the hours stay or drop");
        byId(BigDecimalField.class, "asn-mta-review-hours").setValue(new BigDecimal("6"));
        byId(DatePicker.class, "asn-mta-next-review").setValue(today().plusMonths(4));
        byId(TextArea.class, "asn-mta-review-reasons").setValue("Settled well; six hours cover transitions.");
        click("asn-mta-review");
        assertThat(Confirming.says("confirm-asn-mta-review")).contains("drop from 10 to 6 hours a week from today");
        Confirming.confirm("confirm-asn-mta-review");
        assertThat(byId(Paragraph.class, "asn-mta-held").getText()).startsWith("The pupil holds 6 hours a week");

        lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.ASN_HOURS);
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().getAmount()).isEqualByComparingTo("10");
        assertThat(lines.getFirst().getEndDate()).isEqualTo(today().minusDays(1));
        assertThat(lines.getFirst().getEndReason()).isEqualTo(AllocationEnd.REDUCED);
        assertThat(lines.getLast().getAmount()).isEqualByComparingTo("6");
        assertThat(lines.getLast().getStartDate()).isEqualTo(today());
        assertThat(lines.getLast().getSource()).isEqualTo(AllocationSource.MID_TERM);
        assertThat(requests.open(requestId).request().getSteps()).extracting(s -> s.status())
                .endsWith(AsnRequestStatus.DECIDED, AsnRequestStatus.REVIEWED);
    }

    @Test
    void a_mid_term_request_for_a_pupil_not_in_early_years_is_exceptional() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.as("senco.sc", () -> requests.start(pupilId, true));
        login("senco.sc");
        UI.getCurrent().navigate(HoursRequestFormView.class, new RouteParameters("requestId",
                String.valueOf(requestId)));
        _get(HoursRequestFormView.class).go(HoursRequestFormView.STEPS.indexOf("need"), false);
        Checkbox exceptional = byId(Checkbox.class, "asn-exceptional");
        assertThat(exceptional.getValue()).isTrue();
        assertThat(exceptional.isReadOnly()).isTrue();
        String findings = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("asn-findings-exceptional"))
                .getElement().getTextRecursively();
        assertThat(findings).contains("is an exceptional circumstance");
        assertThat(requests.open(requestId).check().findings()).extracting(HoursEligibility.Finding::rule)
                .contains(HoursEligibility.Rule.EXCEPTIONAL_REASON, HoursEligibility.Rule.MID_TERM);
    }

    @Test
    void the_inclusion_team_of_another_council_and_other_roles_are_refused() {
        long pupilId = asn.earlyYearsPupilWithPlan(today());
        long requestId = asn.submittedMidTerm(pupilId);
        // an English inclusion team member: refused in the service, audited
        long before = denials("READ_ASN_REQUEST");
        asn.as("inclusion", () -> {
            assertThatThrownBy(() -> requests.open(requestId)).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
        assertThat(denials("READ_ASN_REQUEST")).isEqualTo(before + 1);
        long approvals = denials("APPROVE_ASN_MID_TERM");
        asn.as("inclusion", () -> {
            assertThatThrownBy(() -> midTerm.approve(requestId, 1, BigDecimal.TEN, today(), today().plusMonths(1),
                    "Yes")).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
        assertThat(denials("APPROVE_ASN_MID_TERM")).isEqualTo(approvals + 1);
        // the council's own inclusion team cannot approve before the officers have scrutinised it
        asn.as("inclusion.sc", () -> {
            int lock = requests.open(requestId).lock();
            assertThatThrownBy(() -> midTerm.approve(requestId, lock, BigDecimal.TEN, today(),
                    today().plusMonths(1), "Yes")).isInstanceOf(org.waymark.base.domain.ConflictException.class);
            return 0;
        });
        // a school's SENCO may not assess (method security)
        asn.as("senco.sc", () -> {
            assertThatThrownBy(() -> midTerm.assess(requestId, 1, BigDecimal.TEN, today().plusMonths(1), "x"))
                    .isInstanceOf(AccessDeniedException.class);
            return 0;
        });
    }

    /** School days by the Scottish council's calendar. */
    private SchoolDays schoolDays() {
        SchoolCalendar calendar = asn.as("eso.sc", () -> organisation.calendarOf(
                jdbc.sql("SELECT id FROM local_authority WHERE code = 'ARD'").query(Long.class).single()));
        return new SchoolDays(calendar);
    }

    record SchoolDays(SchoolCalendar calendar) {
        LocalDate before(LocalDate day, int count) {
            LocalDate d = day;
            for (int left = count; left > 0; ) {
                d = d.minusDays(1);
                if (calendar.isSchoolDay(d)) {
                    left--;
                }
            }
            return d;
        }
    }

    private long mtaApprovedNotices() {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'senco.sc'"
                + " AND message_key = 'notice.asn.mtaApproved'").query(Long.class).single();
    }
}
