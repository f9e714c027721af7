package org.waymark.ras.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.RasScenarios;
import org.waymark.Refusals;
import org.waymark.SignIn;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.base.domain.ConflictException;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.PanelService;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasRoute;
import org.waymark.ras.domain.RasStepKind;

/**
 * The RAS through its services in the demo RAS county: scored, verified, moderated from the
 * converter, costed and signed off into the ledger; routed over the indicative resource to the SEND
 * resource panel, which lists and decides it (a RAS line in the ledger); the summary PDF; a re-fit
 * previewed; and every way in from the wrong role or another authority refused and audited.
 */
class RasServiceIT extends KaribuTest {

    @Autowired RasScenarios scenarios;
    @Autowired RasCaseService cases;
    @Autowired RasReviewService review;
    @Autowired ConverterService converter;
    @Autowired RasFrameworkService frameworks;
    @Autowired RasCaseRepository repository;
    @Autowired AllocationRepository allocations;
    @Autowired PanelService panels;
    @Autowired org.waymark.panels.service.LetterService letterService;
    @Autowired org.waymark.panels.domain.DecisionLetterRepository letters;
    @Autowired JdbcClient jdbc;

    private long denials(String actor, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :x AND outcome = 'DENIED'")
                .param("a", actor).param("x", action).query(Long.class).single();
    }

    @Test
    void a_case_within_its_indicative_resource_is_signed_off_into_the_ledger() {
        long pupilId = scenarios.freshPupil();
        long id = scenarios.moderated(pupilId, 2, 2, 1, 1, 1, 1, 1, 0, 1, 1);
        var details = cases.details(id);
        assertThat(details.rasCase().getPoints()).isEqualTo(3 * 2 + 3 * 2 + 2 + 2 + 2 + 2 + 2 + 0 + 1 + 2);
        BigDecimal indicative = details.rasCase().getIndicative();
        assertThat(indicative).isEqualByComparingTo(details.indication().orElseThrow().indicative());
        assertThat(details.indication().orElseThrow().similar()).hasSize(10);
        BigDecimal total = scenarios.costed(id, "4", "");
        assertThat(total).isEqualByComparingTo("3620.76"); // 4 h × £15.71 × 39 + 2.5 h × £12 × 39
        assertThat(total).isLessThanOrEqualTo(indicative);
        assertThat(cases.route(id, scenarios.version(id), false)).isEqualTo(RasRoute.LEAD_SIGN_OFF);
        int linesBefore = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.RAS).size();
        SignIn.as(accounts, "lead.send.gl");
        review.signOff(id, scenarios.version(id), "");
        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.RAS);
        assertThat(lines).hasSize(linesBefore + 1);
        assertThat(lines.getLast().getAmount()).isEqualByComparingTo("3620.76");
        assertThat(lines.getLast().getSource()).isEqualTo(AllocationSource.RAS);
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.SIGNED_OFF);
    }

    @Test
    void a_plan_over_its_indicative_resource_goes_to_the_send_resource_panel_which_decides_it() throws Exception {
        long pupilId = scenarios.freshPupil();
        long id = scenarios.moderated(pupilId, 3, 3, 2, 2, 2, 1, 1, 0, 1, 2);
        BigDecimal indicative = repository.findById(id).orElseThrow().getIndicative();
        assertThat(Refusals.keys(() -> scenarios.costed(id, "30", ""))).containsExactly("ras.tac.reconsiderRequired");
        BigDecimal total = scenarios.costed(id, "30", "Shared support at lunch was tried first.");
        assertThat(total).isGreaterThan(indicative);
        assertThat(cases.route(id, scenarios.version(id), false)).isEqualTo(RasRoute.PANEL);

        SignIn.as(accounts, "caseworker.gl");
        long meetingId = panels.open(PanelKind.SEND_RESOURCE, today()).meetingId();
        var meeting = panels.meeting(meetingId);
        int index = meeting.cases().stream().filter(l -> Long.valueOf(id).equals(l.panelCase().rasCaseId()))
                .findFirst().orElseThrow().index();
        assertThat(meeting.cases().get(index).panelCase().kind()).isEqualTo(CaseKind.RAS);
        assertThat(meeting.cases().get(index).note()).isEqualTo("Shared support at lunch was tried first.");
        // a second meeting does not list it again while the first is open
        long second = panels.open(PanelKind.SEND_RESOURCE, today().plusDays(7)).meetingId();
        assertThat(panels.meeting(second).cases()).noneMatch(l -> Long.valueOf(id).equals(l.panelCase().rasCaseId()));

        SignIn.as(accounts, "lead.send.gl");
        panels.decide(meetingId, index, new PanelCase.Decision(PanelOutcome.AWARDED, null, new BigDecimal("15000.00"),
                AllocationPeriod.KEY_STAGE, null, "One-to-one support through the day is needed for safety."));
        var decided = repository.findById(id).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(RasCaseStatus.DECIDED);
        assertThat(decided.getDecidedAmount()).isEqualByComparingTo("15000");
        assertThat(decided.getSteps().getLast().step()).isEqualTo(RasStepKind.PANEL_DECIDED);
        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.RAS);
        assertThat(lines).extracting(Allocation::getSource).contains(AllocationSource.PANEL);
        assertThat(lines.getLast().getAmount()).isEqualByComparingTo("15000");

        // the decision letter, once the meeting closes (other RAS cases listed with it decided too)
        var after = panels.meeting(meetingId);
        for (var line : after.cases()) {
            if (!line.panelCase().decided()) {
                panels.decide(meetingId, line.index(), new PanelCase.Decision(PanelOutcome.AWARDED, null,
                        new BigDecimal("1000.00"), AllocationPeriod.KEY_STAGE, null, "Agreed."));
            }
        }
        SignIn.as(accounts, "caseworker.gl");
        panels.close(meetingId);
        letterService.generate(meetingId, (done, all) -> { });
        var letter = letters.findByPanelMeetingIdOrderByCaseKey(meetingId).stream()
                .filter(l -> l.getCaseKey() == index).findFirst().orElseThrow();
        String text = PdfText.of(letterService.file(letter.getId()).bytes()).replaceAll("\\s+", " ");
        assertThat(text).contains("£15,000.00").contains("One-to-one support through the day is needed for safety.");
    }

    @Test
    void the_summary_pdf_shows_scores_evidence_indicative_resource_costs_and_route() throws Exception {
        long pupilId = scenarios.freshPupil();
        long id = scenarios.moderated(pupilId, 2, 1, 1, 1, 1, 0, 0, 0, 0, 1);
        scenarios.costed(id, "1", "");
        SignIn.as(accounts, "caseworker.gl");
        cases.route(id, scenarios.version(id), false);
        var details = cases.details(id);
        String text = PdfText.of(cases.summaryPdf(id, Locale.ENGLISH)).replaceAll("\\s+", " ");
        assertThat(text).contains("Resource allocation summary: " + details.pupilName())
                .contains("Communicating and being understood").contains("Educational psychologist's report")
                .contains("Total points: " + details.rasCase().getPoints())
                .contains("Teaching assistant").contains("Lead SEND co-ordinator signs off")
                .contains("Robin Hale"); // the case co-ordinator by name, never the login
        String welsh = PdfText.of(cases.summaryPdf(id, Locale.forLanguageTag("cy"))).replaceAll("\\s+", " ");
        assertThat(welsh).contains("Crynodeb dyrannu adnoddau").contains("Cyfanswm y pwyntiau");
    }

    @Test
    void verification_is_the_leads_a_return_needs_reasons_and_a_stale_screen_is_a_conflict() {
        long id = scenarios.submitted(scenarios.freshPupil(), 1, 1);
        int version = scenarios.version(id);
        SignIn.as(accounts, "caseworker.gl");
        assertThatThrownBy(() -> review.verify(id, version, "")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "lead.send.gl");
        assertThat(Refusals.keys(() -> review.returnForScoring(id, version, " "))).containsExactly("ras.review.reasonsRequired");
        review.returnForScoring(id, version, "Communication looks higher in the SALT report.");
        assertThatThrownBy(() -> review.verify(id, version, "")).isInstanceOf(ConflictException.class);
        var returned = repository.findById(id).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RasCaseStatus.SCORING);
        assertThat(returned.getSteps().getLast().actor()).isEqualTo("lead.send.gl");
        assertThat(returned.getSteps().getLast().note()).isEqualTo("Communication looks higher in the SALT report.");
    }

    private List<String> work(String username) {
        SignIn.as(accounts, username);
        return context.getBeansOfType(org.waymark.notifications.domain.WorkSource.class).values().stream()
                .flatMap(w -> w.waiting().stream()).map(org.waymark.notifications.domain.WorkItem::id).toList();
    }

    @Test
    void each_step_waits_on_the_work_queue_of_the_role_that_takes_it() {
        long id = scenarios.submitted(scenarios.freshPupil(), 1, 1, 1);
        assertThat(work("lead.send.gl")).contains("ras-" + id);
        assertThat(work("personalisation.gl")).doesNotContain("ras-" + id);
        assertThat(work("caseworker")).noneMatch(w -> w.startsWith("ras-"));
        SignIn.as(accounts, "lead.send.gl");
        review.verify(id, scenarios.version(id), "");
        assertThat(work("personalisation.gl")).contains("ras-" + id);
        assertThat(work("lead.send.gl")).doesNotContain("ras-" + id);
    }

    @Test
    void a_submission_needs_every_outcome_and_evidence_for_each_difficulty() {
        long id = scenarios.opened(scenarios.freshPupil());
        var missingEvidence = new java.util.ArrayList<>(RasScenarios.scores(2));
        missingEvidence.set(0, new org.waymark.ras.domain.RasScore("COMMUNICATION", 2, " "));
        assertThat(Refusals.keys(() -> cases.submit(id, scenarios.version(id), missingEvidence)))
                .containsExactly("ras.score.evidence");
        assertThat(Refusals.keys(() -> cases.submit(id, scenarios.version(id), RasScenarios.scores(1).subList(0, 9))))
                .containsExactly("ras.score.missing");
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.SCORING);
    }

    @Test
    void another_authoritys_officers_and_other_roles_are_refused_and_audited() {
        long id = scenarios.opened(scenarios.freshPupil());
        // an officer of the descriptor county (which does not run the RAS)
        SignIn.as(accounts, "caseworker");
        long before = denials("caseworker", "READ_RAS_CASE");
        assertThatThrownBy(() -> cases.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("caseworker", "READ_RAS_CASE")).isEqualTo(before + 1);
        assertThatThrownBy(() -> cases.cases()).isInstanceOf(AccessDeniedException.class);
        // a school's SENCO in the RAS county
        SignIn.as(accounts, "senco.gl");
        assertThatThrownBy(() -> cases.details(id)).isInstanceOf(AccessDeniedException.class);
        // a RAS caseworker opening a case for another authority's pupil
        long englishPupil = jdbc.sql("SELECT p.id FROM pupil p JOIN local_authority a ON a.id = p.local_authority_id"
                + " WHERE a.code = 'WLD' ORDER BY p.id LIMIT 1").query(Long.class).single();
        SignIn.as(accounts, "caseworker.gl");
        long opens = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker.gl' AND action = 'OPEN_RAS_CASE'"
                + " AND outcome = 'DENIED' AND subject_id = :p").param("p", String.valueOf(englishPupil))
                .query(Long.class).single();
        assertThatThrownBy(() -> cases.open(englishPupil, RasCaseKind.ASSESSMENT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker.gl' AND action = 'OPEN_RAS_CASE'"
                + " AND outcome = 'DENIED' AND subject_id = :p").param("p", String.valueOf(englishPupil))
                .query(Long.class).single()).isEqualTo(opens + 1);
        // moderation is the personalisation officer's, re-fitting too
        SignIn.as(accounts, "lead.send.gl");
        assertThatThrownBy(() -> converter.preview(10)).isInstanceOf(AccessDeniedException.class);
        // the outcome framework is the administrator's
        SignIn.as(accounts, "personalisation.gl");
        assertThatThrownBy(() -> frameworks.importDraft(new byte[0])).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired org.waymark.audit.service.AuditLog audit;

    /**
     * Issue 20: a RAS case row sealed before V54 names no child, and cannot be back-filled (a RAS
     * row's child is hashed into the sealed chain, docs/security.md): the access log finds it through
     * the case. And an officer of an authority that does not run the RAS is refused the case
     * against its child too.
     */
    @Test
    void a_case_row_naming_no_child_is_in_the_childs_access_log_through_the_case() {
        long pupilId = scenarios.freshPupil();
        long id = scenarios.opened(pupilId);
        SignIn.as(accounts, "caseworker.gl");
        // as every RAS row was written before V54: the case, no child
        audit.record("READ_RAS_CASE", "RAS_CASE", id, "written as before V54");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'RAS_CASE' AND subject_id = :id"
                + " AND pupil_id IS NULL AND detail = 'written as before V54'").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(1);
        SignIn.as(accounts, "caseworker"); // the descriptor county: no RAS there
        long named = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker' AND pupil_id = :p"
                + " AND outcome = 'DENIED'").param("p", pupilId).query(Long.class).single();
        assertThatThrownBy(() -> cases.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker' AND pupil_id = :p"
                + " AND outcome = 'DENIED'").param("p", pupilId).query(Long.class).single()).isEqualTo(named + 1);
        SignIn.as(accounts, "dpo.gl");
        assertThat(dataProtection.accessLog(new org.waymark.dataprotection.domain.AccessLog.Filter(null,
                "caseworker.gl", null, null)).stream().filter(e -> "written as before V54".equals(e.detail())).toList())
                .extracting(org.waymark.dataprotection.domain.AccessLog.Entry::pupilId,
                        org.waymark.dataprotection.domain.AccessLog.Entry::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pupilId, "RAS_CASE " + id));
    }

    @Autowired org.waymark.dataprotection.service.DataProtectionService dataProtection;
    @Autowired org.waymark.DemoPupils demo;

    /** Issue 20 point 7: a RAS case is a child's record, so its reads and refusals are in that child's access log. */
    @Test
    void a_cases_reads_and_refusals_name_its_child_and_are_in_the_data_protection_officers_access_log() {
        long pupilId = scenarios.freshPupil();
        long id = scenarios.opened(pupilId);
        SignIn.as(accounts, "caseworker.gl");
        cases.details(id);
        // an officer of another authority that runs the RAS too is refused the case, which names its child
        demo.alsoRuns("WLD", "RESOURCE_ALLOCATION");
        try {
            SignIn.as(accounts, "caseworker");
            assertThatThrownBy(() -> cases.details(id)).isInstanceOf(AccessDeniedException.class);
        } finally {
            demo.stopsRunning("WLD", "RESOURCE_ALLOCATION");
        }

        assertThat(jdbc.sql("SELECT outcome, pupil_id FROM audit_event WHERE subject_type = 'RAS_CASE' AND subject_id = :id"
                        + " AND action = 'READ_RAS_CASE' ORDER BY id").param("id", String.valueOf(id))
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list())
                .containsExactly("ALLOWED " + pupilId, "DENIED " + pupilId);
        SignIn.as(accounts, "dpo.gl");
        for (String actor : List.of("caseworker.gl", "caseworker")) {
            assertThat(dataProtection.accessLog(new org.waymark.dataprotection.domain.AccessLog.Filter(null, actor, null,
                    null)).stream().filter(e -> e.record().equals("RAS_CASE " + id)).toList())
                    .extracting(org.waymark.dataprotection.domain.AccessLog.Entry::pupilId,
                            org.waymark.dataprotection.domain.AccessLog.Entry::action)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(pupilId, "READ_RAS_CASE"));
        }
    }

    @Test
    void a_refit_is_previewed_on_every_open_scored_case_before_it_is_adopted() {
        long id = scenarios.submitted(scenarios.freshPupil(), 2, 2, 2, 2);
        SignIn.as(accounts, "personalisation.gl");
        long adoptedBefore = converter.current().adopted().getId();
        ConverterService.Preview preview = converter.preview(5);
        assertThat(preview.candidate().bandWidth()).isEqualTo(5);
        ConverterService.Change change = preview.changes().stream().filter(c -> c.caseId() == id).findFirst()
                .orElseThrow();
        assertThat(change.then()).isEqualByComparingTo(preview.candidate().indicative(change.points()));
        assertThat(change.now()).isEqualByComparingTo(converter.current().fit().indicative(change.points()));
        // nothing changed by looking
        assertThat(converter.current().adopted().getId()).isEqualTo(adoptedBefore);
        assertThat(Refusals.keys(() -> converter.preview(1))).containsExactly("ras.converter.bandWidthRange");
        long adopted = converter.adopt(ConverterService.DEFAULT_BAND);
        assertThat(converter.current().adopted().getId()).isEqualTo(adopted).isNotEqualTo(adoptedBefore);
    }
}
