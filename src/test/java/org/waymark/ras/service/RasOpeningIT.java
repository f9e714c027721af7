package org.waymark.ras.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.RasScenarios;
import org.waymark.Refusals;
import org.waymark.SignIn;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.ValidationException;
import org.waymark.ehc.domain.EhcAdvice;
import org.waymark.ehc.domain.EhcAdviceRepository;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlacementType;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasOutcomeReview;
import org.waymark.ras.domain.RasStepKind;
import org.waymark.security.service.AccountService;

/**
 * RAS cases open themselves from the EHC features' events (issue 18): the last advice of an EHC
 * needs assessment returned opens a case for scoring in the RAS county and none in the descriptor
 * county; an EHC annual review set up for a pupil in the last year of a key stage opens an
 * annual-review case at "setting's reports awaited" (none for a pupil mid-stage); then the
 * setting adds its reports (another school's SENCO and another authority's officer are refused),
 * the outcomes are looked back on as their own step, and the re-scoring follows the same route.
 */
class RasOpeningIT extends KaribuTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired AccountService accounts;
    @Autowired EhcRequestService requests;
    @Autowired AssessmentService assessments;
    @Autowired EhcAssessmentRepository assessmentRepository;
    @Autowired EhcAdviceRepository adviceRepository;
    @Autowired RasCaseRepository rasCases;
    @Autowired RasCaseService cases;
    @Autowired RasEvidenceService evidence;
    @Autowired RasScenarios scenarios;
    @Autowired DemoPupils demoPupils;
    @Autowired PlanService plans;
    @Autowired EhcReviewService reviews;
    @Autowired JdbcClient jdbc;

    /** A pupil at the school in one of the year groups, with no EHC assessment, plan or RAS case. */
    private long pupil(String school, String... years) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                        + " AND p.year_group IN (:years)"
                        + " AND NOT EXISTS (SELECT 1 FROM ehc_assessment a WHERE a.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM ras_case c WHERE c.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("name", school).param("years", List.of(years)).query(Long.class).optional()
                // the shared test database may have used up such pupils there: a new Year 4 pupil then
                .orElseGet(() -> {
                    assertThat(years).as("no untouched pupil left at " + school).contains("Y4");
                    return demoPupils.enrolAt(school);
                });
    }

    private List<RasCase> rasCasesOf(long pupilId) {
        return rasCases.findByPupilIdOrderByOpenedAtDesc(pupilId);
    }

    private int version(long assessmentId) {
        Integer v = assessmentRepository.findById(assessmentId).orElseThrow().getVersion();
        return v == null ? 0 : v;
    }

    /** A request recorded and decided (to assess) by the caseworker; answers the assessment id. */
    private long assessing(String caseworker, long pupilId) {
        SignIn.as(accounts, caseworker);
        long id = requests.record(new EhcRequestService.RequestInput(pupilId, RequestSource.PROFESSIONAL,
                "Dr Priya Nair", "Community paediatrician", "Needs help with communication and recording.",
                Set.of(AreaOfNeed.COMMUNICATION_INTERACTION), today().minusWeeks(8)));
        assessments.decide(id, version(id), true, "", today().minusWeeks(7));
        return id;
    }

    private void returnAdvice(EhcAdvice advice) {
        long adviceId = advice.getId();
        assessments.attachAdvice(adviceId, AttachmentKind.PROFESSIONAL_REPORT, "advice.pdf", PDF);
        var v = adviceRepository.findById(adviceId).orElseThrow();
        assessments.returnAdvice(adviceId, v.getVersion() == null ? 0 : v.getVersion(), today());
    }

    @Test
    void the_last_advice_in_opens_a_ras_case_for_scoring_in_the_ras_county() {
        long pupilId = pupil(RasScenarios.SCHOOL, "Y3", "Y4", "Y5");
        long id = assessing("caseworker.gl", pupilId);
        List<EhcAdvice> advice = adviceRepository.findByEhcAssessmentIdOrderByIdAsc(id);
        assertThat(advice).hasSizeGreaterThan(1);
        for (EhcAdvice a : advice.subList(0, advice.size() - 1)) {
            returnAdvice(a);
        }
        assertThat(rasCasesOf(pupilId)).isEmpty(); // one advice still out: nothing to score from yet

        returnAdvice(advice.getLast());

        List<RasCase> opened = rasCasesOf(pupilId);
        assertThat(opened).hasSize(1);
        RasCase c = opened.getFirst();
        assertThat(c.getKind()).isEqualTo(RasCaseKind.ASSESSMENT);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.SCORING);
        assertThat(c.getSteps().getFirst().step()).isEqualTo(RasStepKind.OPENED);
        assertThat(c.getSteps().getFirst().actor()).isEqualTo("caseworker.gl");
        assertThat(c.getSteps().getFirst().note()).isEqualTo("EHC needs assessment " + id + ": advice in");
    }

    @Test
    void a_descriptor_county_assessment_with_its_advice_in_opens_no_ras_case() {
        long pupilId = pupil("Larkfield Primary School", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6");
        long id = assessing("caseworker", pupilId);
        long before = jdbc.sql("SELECT COUNT(*) FROM ras_case").query(Long.class).single();
        adviceRepository.findByEhcAssessmentIdOrderByIdAsc(id).forEach(this::returnAdvice);
        assertThat(adviceRepository.findByEhcAssessmentIdOrderByIdAsc(id)).noneMatch(EhcAdvice::outstanding);
        assertThat(rasCasesOf(pupilId)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ras_case").query(Long.class).single()).isEqualTo(before);
    }

    /** As caseworker.gl: an EHC plan with two outcomes, issued today; answers the plan id. */
    private long issuedEhcp(long pupilId) {
        SignIn.as(accounts, "caseworker.gl");
        long planId = plans.startPlan(pupilId, PlanType.EHCP);
        PlanContent.Provision slt = new PlanContent.Provision("O1", "Speech and language therapy in class",
                "Speech and language therapist", "Weekly, 45 minutes", new BigDecimal("0.75"), new BigDecimal("2200"),
                DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), PlanContent.empty()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Asks for help in words", today().plusMonths(9)),
                        new PlanContent.Outcome("O2", "Writes a sentence on their own", today().plusMonths(9))))
                .withProvisions(List.of(slt))
                .withEhc(EhcSections.empty().withPlacement(new EhcSections.Placement(RasScenarios.SCHOOL,
                        PlacementType.MAINSTREAM), null)));
        plans.agree(planId);
        return planId;
    }

    @Test
    void an_annual_review_before_a_key_stage_move_opens_a_case_awaiting_the_settings_reports_then_runs_its_steps()
            throws Exception {
        long pupilId = pupil(RasScenarios.SCHOOL, "Y6");
        long planId = issuedEhcp(pupilId);
        assertThat(rasCasesOf(pupilId)).isEmpty();
        LocalDate meeting = today().plusWeeks(4);

        reviews.schedule(planId, meeting);

        List<RasCase> opened = rasCasesOf(pupilId);
        assertThat(opened).hasSize(1);
        RasCase c = opened.getFirst();
        long caseId = c.getId();
        assertThat(c.getKind()).isEqualTo(RasCaseKind.ANNUAL_REVIEW);
        assertThat(c.getStatus()).isEqualTo(RasCaseStatus.REPORTS_AWAITED);
        assertThat(c.getKeyStage()).isEqualTo("KS3");
        assertThat(c.getReviewOn()).isEqualTo(meeting);
        assertThat(c.getSteps()).extracting(s -> s.step()).containsExactly(RasStepKind.OPENED, RasStepKind.SETTING_ASKED);
        assertThat(c.getOutcomeReviews()).extracting(RasOutcomeReview::outcome)
                .containsExactly("O1: Asks for help in words", "O2: Writes a sentence on their own");
        // the setting is told before the review, with a link to where it adds its reports
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'senco.gl' AND link = :link")
                .param("link", "ras/reports/" + caseId).query(Long.class).single()).isEqualTo(1);

        // the setting adds its updated report; another school's SENCO and another authority's caseworker may not
        SignIn.as(accounts, "senco.gl");
        assertThat(evidence.settingCase(caseId).mayAdd()).isTrue();
        evidence.attach(caseId, null, AttachmentKind.PROFESSIONAL_REPORT, "class-teacher-report.pdf", PDF);
        assertThat(evidence.evidence(caseId).files().attachments()).extracting(a -> a.getDisplayName())
                .containsExactly("class-teacher-report.pdf");
        assertThatThrownBy(() -> evidence.attach(caseId, "LEARNING", AttachmentKind.PROFESSIONAL_REPORT, "x.pdf", PDF))
                .isInstanceOf(ValidationException.class); // the setting's reports are for the whole case
        SignIn.as(accounts, "senco"); // another school's SENCO (another county)
        assertThatThrownBy(() -> evidence.evidence(caseId)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(accounts, "caseworker");
        assertThatThrownBy(() -> evidence.attach(caseId, null, AttachmentKind.OTHER, "y.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);

        // scoring waits for the look back at the outcomes, which needs every outcome marked with a note
        SignIn.as(accounts, "caseworker.gl");
        assertThatThrownBy(() -> cases.score(caseId, scenarios.version(caseId), RasScenarios.scores(1)))
                .isInstanceOf(org.waymark.base.domain.TransitionException.class);
        assertThat(Refusals.keys(() -> cases.reviewOutcomes(caseId, scenarios.version(caseId), List.of(
                new RasOutcomeReview("O1", OutcomeProgress.ACHIEVED, "The therapist's report: asks in words daily."),
                new RasOutcomeReview("O2", OutcomeProgress.PARTLY, "")))))
                .containsExactly("ras.outcomeReview.noteRequired");
        cases.reviewOutcomes(caseId, scenarios.version(caseId), List.of(
                new RasOutcomeReview("O1", OutcomeProgress.ACHIEVED, "The therapist's report: asks in words daily."),
                new RasOutcomeReview("O2", OutcomeProgress.PARTLY, "Writes with a word bank; not yet alone.")));
        RasCase reviewed = rasCases.findById(caseId).orElseThrow();
        assertThat(reviewed.getStatus()).isEqualTo(RasCaseStatus.SCORING);
        assertThat(reviewed.getSteps().getLast().step()).isEqualTo(RasStepKind.OUTCOMES_REVIEWED);
        assertThat(reviewed.getOutcomeReviews()).extracting(RasOutcomeReview::progress)
                .containsExactly(OutcomeProgress.ACHIEVED, OutcomeProgress.PARTLY);
        // re-scored for the next key stage, then the same route as any case
        cases.submit(caseId, scenarios.version(caseId), RasScenarios.scores(2, 2, 1, 1, 1));
        assertThat(rasCases.findById(caseId).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.TO_VERIFY);
        String pdf = PdfText.of(cases.summaryPdf(caseId, java.util.Locale.ENGLISH));
        assertThat(pdf).contains("Review of the outcomes in the plan").contains("Writes with a word bank");
    }

    @Test
    void an_annual_review_in_the_middle_of_a_key_stage_opens_no_ras_case() {
        long pupilId = pupil(RasScenarios.SCHOOL, "Y3", "Y4", "Y5");
        long planId = issuedEhcp(pupilId);
        reviews.schedule(planId, today().plusWeeks(4));
        assertThat(rasCasesOf(pupilId)).isEmpty();
    }
}
