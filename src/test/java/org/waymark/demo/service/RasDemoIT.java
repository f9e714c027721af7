package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.service.PanelService;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasStepKind;
import org.waymark.ras.service.RasCaseService;
import org.waymark.security.service.AccountService;

/**
 * The RAS county shows its cases in flight, made through the services on first start: one at every
 * step, a plan signed off, one decided at last week's SEND resource panel and one on this week's, and
 * an annual review whose setting was told its indicative resource. The same application as
 * {@link DemoInFlightIT} (one context for both).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-demo-in-flight;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class RasDemoIT {

    @Autowired AccountService accounts;
    @Autowired RasCaseService cases;
    @Autowired PanelService panels;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_ras_county_has_a_case_at_every_step() {
        SignIn.as(accounts, "caseworker.gl");
        List<RasCaseService.CaseRow> rows = cases.cases();
        assertThat(rows).extracting(RasCaseService.CaseRow::status).contains(RasCaseStatus.values());
        RasCaseService.CaseRow review = rows.stream().filter(r -> r.kind() == RasCaseKind.ANNUAL_REVIEW
                && r.status() == RasCaseStatus.MODERATED).findFirst().orElseThrow();
        assertThat(cases.details(review.caseId()).rasCase().getSteps()).extracting(s -> s.step())
                .contains(RasStepKind.SETTING_TOLD);
        assertThat(rows.stream().filter(r -> r.status() == RasCaseStatus.SCORING).map(r -> cases.details(r.caseId()))
                .anyMatch(d -> d.rasCase().getSteps().stream().anyMatch(s -> s.step() == RasStepKind.RETURNED)))
                .isTrue();
        // opened by itself from an EHC needs assessment's advice, with documents as evidence
        assertThat(rows.stream().filter(r -> r.status() == RasCaseStatus.SCORING).map(r -> cases.details(r.caseId()))
                .anyMatch(d -> d.rasCase().getSteps().getFirst().note() != null
                        && d.rasCase().getSteps().getFirst().note().startsWith("EHC needs assessment ")
                        && !d.evidence().forOutcome("COMMUNICATION").isEmpty()))
                .isTrue();
        // an annual review waiting for the setting's reports, opened when the EHC plan's review was set up
        RasCaseService.CaseRow awaited = rows.stream().filter(r -> r.status() == RasCaseStatus.REPORTS_AWAITED)
                .findFirst().orElseThrow();
        var details = cases.details(awaited.caseId());
        assertThat(details.rasCase().getSteps()).extracting(s -> s.step())
                .startsWith(RasStepKind.OPENED, RasStepKind.SETTING_ASKED);
        assertThat(details.rasCase().getOutcomeReviews()).isNotEmpty();
        assertThat(details.evidence().files().attachments()).isNotEmpty();
    }

    @Test
    void the_send_resource_panel_has_a_ras_case_decided_last_week_and_one_to_hear() {
        SignIn.as(accounts, "caseworker.gl");
        var meetings = panels.meetings().stream().filter(m -> m.getKind() == PanelKind.SEND_RESOURCE).toList();
        assertThat(meetings).hasSize(2);
        assertThat(meetings).allSatisfy(m -> assertThat(m.getCases()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(CaseKind.RAS)));
        assertThat(meetings).anySatisfy(m -> assertThat(m.getCases().getFirst().decided()).isTrue());
        assertThat(meetings).anySatisfy(m -> assertThat(m.getCases().getFirst().decided()).isFalse());
    }
}
