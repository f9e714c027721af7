package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.AsnScenarios;
import org.waymark.DemoPupils;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.ui.LedgerView;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.ScrutinyService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * The officer's scrutiny of a school: the school's submitted request with the Child's Plan's
 * assistant role, a decision of hours a week with reasons that reaches the ledger as an
 * assistant-hours line from the next term and raises the school's total, a decision of no hours,
 * bad input refused on its field, and the officer's notes.
 */
class ScrutinyKaribuIT extends KaribuTest {

    @Autowired AsnScenarios asn;
    @Autowired DemoPupils demo;
    @Autowired ScrutinyService scrutiny;
    @Autowired HoursRequestService requests;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long homeSchool() {
        return demo.schoolId(AsnScenarios.HOME_SCHOOL);
    }

    private void openScrutiny() {
        UI.getCurrent().navigate(SchoolScrutinyView.class,
                new RouteParameters("schoolId", String.valueOf(homeSchool())));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @Test
    void request_submit_scrutiny_decision_and_the_ledger_line_of_hours() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        login("eso.sc");
        BigDecimal before = scrutiny.scrutiny(homeSchool()).hoursFromNextTerm();

        UI.getCurrent().navigate(ScrutinyListView.class);
        Grid<ScrutinyService.SchoolHours> schools = _get(Grid.class, spec -> spec.withId("asn-schools"));
        List<ScrutinyService.SchoolHours> rows = GridKt._findAll(schools);
        assertThat(rows).filteredOn(s -> s.schoolId() == homeSchool()).singleElement()
                .satisfies(s -> assertThat(s.waiting()).isPositive());

        openScrutiny();
        String block = text("asn-scrutiny-request-" + requestId);
        assertThat(block).contains("The assistant’s role: Delivers the personal literacy and numeracy sessions")
                .contains("O1 — Reads a short book aloud to an adult")
                .contains("The request meets every criterion");
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("asn-decide-hours-" + requestId));
        assertThat(hours.getValue()).isEqualByComparingTo("12");
        hours.setValue(new BigDecimal("10"));
        _get(TextArea.class, spec -> spec.withId("asn-decide-reasons-" + requestId))
                .setValue("Ten hours cover the literacy and numeracy sessions in the timetable.");
        click("asn-decide-" + requestId);
        // a funding decision: confirmed first, naming who is told
        String confirm = "confirm-asn-decide-" + requestId;
        assertThat(Confirming.says(confirm)).startsWith("10 hours a week are decided for")
                .contains("the ledger holds the hours from");
        assertThat(Confirming.told(confirm)).contains("(school SENCO)");
        Confirming.confirm(confirm);

        assertThat(OpenNotices.successes()).singleElement().asString().startsWith("10 hours a week decided for");
        assertThat(text("asn-scrutiny-request-" + requestId)).contains("Hours decided")
                .contains("10 hours a week decided on");
        assertThat(scrutiny.scrutiny(homeSchool()).hoursFromNextTerm()).isEqualByComparingTo(before.add(BigDecimal.TEN));
        assertThat(text("asn-scrutiny-lines")).contains(": 10 hours a week from");

        // the ledger: an assistant-hours line of the scrutiny, in hours, not pounds
        UI.getCurrent().navigate(LedgerView.class);
        LedgerView ledger = _get(LedgerView.class);
        Grid<LedgerDirectory.LedgerRow> grid = _get(ledger, Grid.class, spec -> spec.withId("ledger"));
        LedgerDirectory.LedgerRow row = GridKt._findAll(grid).stream().filter(r -> java.util.Objects.equals(
                r.pupilId(), pupilId)).findFirst().orElseThrow();
        assertThat(row.stream()).isEqualTo(FundingStream.ASN_HOURS);
        assertThat(GridKt._getFormattedRow(grid, GridKt._findAll(grid).indexOf(row)))
                .contains("10 hours a week", "Scrutiny of ASN hours");
        UI.getCurrent().navigate("pupils/" + pupilId + "/allocations");
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                .contains("ASN hours · 10 hours a week");
    }

    @Test
    void the_officer_may_decide_no_hours_with_reasons_and_bad_input_stays_beside_its_field() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        login("eso.sc");
        openScrutiny();
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("asn-decide-hours-" + requestId));
        hours.setValue(new BigDecimal("30"));
        click("asn-decide-" + requestId);
        // refused beside its fields before any confirmation
        assertThat(Confirming.open("confirm-asn-decide-" + requestId)).isFalse();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).startsWith("Enter the hours a week decided as a number above 0 and at most 25");
        TextArea reasons = _get(TextArea.class, spec -> spec.withId("asn-decide-reasons-" + requestId));
        assertThat(reasons.isInvalid()).isTrue();
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.SUBMITTED);

        reasons.setValue("Differentiation and the visual timetable meet the need this session.");
        click("asn-decline-" + requestId);
        assertThat(Confirming.says("confirm-asn-decline-" + requestId)).startsWith("No hours are decided for");
        Confirming.confirm("confirm-asn-decline-" + requestId);
        assertThat(OpenNotices.successes()).singleElement().asString().startsWith("No hours decided for");
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.DECLINED);
        assertThat(text("asn-scrutiny-request-" + requestId)).contains("No hours decided on")
                .contains("Reasons: Differentiation and the visual timetable");
    }

    @Test
    void the_officer_keeps_notes_on_timetables_other_staff_and_asn_management() {
        login("eso.sc");
        openScrutiny();
        Section notes = _get(Section.class, spec -> spec.withId("asn-scrutiny-notes"));
        String stamp = "Assistants share the P1-P3 mornings " + System.nanoTime();
        _get(notes, TextArea.class, spec -> spec.withId("asn-notes-timetable")).setValue(stamp);
        _get(notes, TextArea.class, spec -> spec.withId("asn-notes-staff")).setValue("One pupil support worker");
        click("asn-notes-save");
        assertThat(OpenNotices.successes()).containsExactly("The notes are saved.");
        openScrutiny();
        assertThat(_get(TextArea.class, spec -> spec.withId("asn-notes-timetable")).getValue()).isEqualTo(stamp);
        assertThat(_get(Paragraph.class, spec -> spec.withId("asn-totals")).getText()).startsWith("The school holds");
    }

    @Test
    void the_hours_statement_pdf_lists_each_pupils_hours_with_the_schools_total_and_cost() throws Exception {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        String name = asn.as("eso.sc", () -> {
            scrutiny.decide(requestId, requests.open(requestId).lock(), new BigDecimal("7.5"),
                    "Seven and a half hours cover the literacy sessions.");
            return requests.open(requestId).pupilName();
        });
        login("eso.sc");
        openScrutiny();
        ScrutinyService.SchoolScrutiny s = scrutiny.scrutiny(homeSchool());
        ScrutinyService.CostedLine line = s.costing().lines().stream().filter(l -> l.line().pupilId() == pupilId)
                .findFirst().orElseThrow();
        // 7.5 hours a week at £15.40 an hour, a fifth of a week's hours a school day
        assertThat(line.cost()).isEqualByComparingTo(new BigDecimal("7.5").multiply(new BigDecimal("15.40"))
                .multiply(BigDecimal.valueOf(line.schoolDays())).divide(BigDecimal.valueOf(5), 2,
                        java.math.RoundingMode.HALF_UP));
        assertThat(text("asn-session-cost")).startsWith("At £15.40 an hour, the school’s assistant hours in session")
                .contains(org.waymark.base.domain.Money.pounds(s.costing().cost()));
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("asn-statement-pdf")))
                .hasSize(1);

        String pdf = org.waymark.PdfText.of(scrutiny.hoursStatementPdf(homeSchool(), java.util.Locale.UK));
        assertThat(pdf).contains("ASN assistant hours statement: " + AsnScenarios.HOME_SCHOOL)
                .contains("Hourly rate of an ASN assistant: £15.40.")
                .contains(name).contains(org.waymark.base.domain.Money.pounds(line.cost()))
                .contains("The school holds " + AsnLabels.hours(s.hoursNow()) + " hours a week now and "
                        + AsnLabels.hours(s.hoursFromNextTerm()) + " hours a week from the next term")
                .contains("Cost of the school’s assistant hours in the session: "
                        + org.waymark.base.domain.Money.pounds(s.costing().cost()))
                .contains("Printed on").contains("by Jamie Orr");
    }

    @Test
    void a_learning_centre_shows_its_staffing_from_the_councils_ratio() throws Exception {
        long centre = demo.schoolId("Birchwood Learning Centre");
        login("eso.sc");
        UI.getCurrent().navigate(SchoolScrutinyView.class, new RouteParameters("schoolId", String.valueOf(centre)));
        // 40 on the roll at six pupils to an assistant, each working the 27.5-hour week
        assertThat(text("asn-staffing")).isEqualTo("Learning-centre staffing: 40 pupils on the roll at one assistant"
                + " for every 6 pupils make 6.67 assistants, 183.33 hours a week of a 27.5-hour week.");
        assertThat(org.waymark.PdfText.of(scrutiny.hoursStatementPdf(centre, java.util.Locale.UK)))
                .contains("Learning-centre staffing").contains("6.67 assistants");
        // a primary school has no such line
        openScrutiny();
        assertThat(_find(Paragraph.class, spec -> spec.withId("asn-staffing"))).isEmpty();
    }

    @Test
    void another_councils_officer_may_not_print_a_schools_hours_statement() {
        long denials = refusals();
        // the Welsh county's officer (the English one is tried by AsnServiceIT)
        asn.as("eso.cy", () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> scrutiny.hoursStatementPdf(homeSchool(),
                    java.util.Locale.UK)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            return 0;
        });
        assertThat(refusals()).isEqualTo(denials + 1);
    }

    private long refusals() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ_ASN_SCRUTINY' AND outcome = 'DENIED'")
                .query(Long.class).single();
    }
}
