package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.RequestRow;
import org.waymark.asn.service.ScrutinyService;
import org.waymark.security.service.AccountService;

/**
 * The Scottish demo council's assistant hours in flight, made through the services on first start
 * (the same database as {@link DemoInFlightIT}): the school's requests in every state, and its
 * scrutiny waiting for the Education Support Officer with a decision already in the ledger.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-demo-in-flight;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class DemoHoursIT {

    @Autowired AccountService accounts;
    @Autowired HoursRequestService requests;
    @Autowired ScrutinyService scrutiny;
    @Autowired org.waymark.asn.service.MidTermService midTerm;
    @Autowired org.waymark.asn.service.MoveService moves;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_scottish_school_has_requests_in_every_state() {
        SignIn.as(accounts, "senco.sc");
        List<AsnRequestStatus> statuses = requests.requestsOfMySchool().stream().map(RequestRow::status).toList();
        // every status a request rests in but the short wait for a second officer (REVIEWED is a step, not a status)
        assertThat(statuses).contains(AsnRequestStatus.DRAFT, AsnRequestStatus.SUBMITTED,
                AsnRequestStatus.RECOMMENDED, AsnRequestStatus.DECIDED, AsnRequestStatus.DECLINED,
                AsnRequestStatus.WITHDRAWN);
    }

    @Test
    void the_education_support_officer_has_a_school_under_scrutiny_with_hours_decided() {
        SignIn.as(accounts, "eso.sc");
        ScrutinyService.SchoolHours school = scrutiny.schools().stream().filter(s -> s.waiting() > 0)
                .findFirst().orElseThrow();
        assertThat(school.waiting()).isEqualTo(2);
        ScrutinyService.SchoolScrutiny seen = scrutiny.scrutiny(school.schoolId());
        assertThat(seen.requests()).extracting(d -> d.request().getStatus()).contains(AsnRequestStatus.SUBMITTED,
                AsnRequestStatus.DECIDED, AsnRequestStatus.DECLINED);
        // one waiting request is reduced by the time that needs no assistant; the decision is in the ledger
        assertThat(seen.requests()).flatExtracting(d -> d.check().findings())
                .extracting(HoursEligibility.Finding::rule).contains(HoursEligibility.Rule.TIME_WITHOUT_ASSISTANT);
        assertThat(seen.lines()).extracting(ScrutinyService.HoursLine::hours)
                .anySatisfy(h -> assertThat(h).isEqualByComparingTo(BigDecimal.TEN));
        assertThat(seen.hoursFromNextTerm()).isGreaterThanOrEqualTo(BigDecimal.TEN);
    }

    @Test
    void a_mid_term_request_awaits_the_inclusion_teams_approval() {
        SignIn.as(accounts, "inclusion.sc");
        assertThat(midTerm.requests()).filteredOn(r -> r.status() == AsnRequestStatus.RECOMMENDED).singleElement()
                .satisfies(r -> {
                    assertThat(r.earlyYears()).isTrue();
                    assertThat(r.recommendedHours()).isEqualByComparingTo("12");
                });
    }

    @Test
    void a_pupil_who_moved_shows_finance_the_overpayment_and_the_school_has_its_hours_statement() throws Exception {
        SignIn.as(accounts, "finance.sc");
        var moved = moves.moves().rows();
        assertThat(moved).singleElement().satisfies(m -> {
            assertThat(m.toSchool()).isEqualTo("Glenarden Primary School");
            assertThat(m.move().hours()).isEqualByComparingTo("10");
            assertThat(m.move().hourlyRate()).isEqualByComparingTo("15.40");
        });
        SecurityContextHolder.clearContext();
        SignIn.as(accounts, "eso.sc");
        ScrutinyService.SchoolHours school = scrutiny.schools().stream().filter(s -> s.waiting() > 0).findFirst()
                .orElseThrow();
        String pdf = org.waymark.PdfText.of(scrutiny.hoursStatementPdf(school.schoolId(), java.util.Locale.UK));
        assertThat(pdf).contains("Hourly rate of an ASN assistant: £15.40.")
                .contains("Cost of the school’s assistant hours in the session:");
    }
}
