package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.DisagreementService;
import org.waymark.aln.service.EquipmentService;
import org.waymark.aln.service.ReferralService;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.security.service.AccountService;

/**
 * The Welsh demo county shows its ALN process in flight, made through the services on first start:
 * concerns, decisions both ways, a referral due and one overdue, one waiting for the authority, an
 * authority-maintained IDP. The same application as {@link DemoInFlightIT} (one context for both).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-demo-in-flight;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class AlnDemoIT {

    @Autowired AccountService accounts;
    @Autowired ReferralService referrals;
    @Autowired EquipmentService equipment;
    @Autowired AlnService aln;
    @Autowired DisagreementService disagreements;
    @Autowired SupportPlanRepository plans;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<Long> glanmorCases(String outcome) {
        return jdbc.sql("SELECT d.id FROM aln_decision d JOIN local_authority a ON a.id = d.local_authority_id"
                + " WHERE a.code = 'GLM' AND d.outcome = :o ORDER BY d.id").param("o", outcome).query(Long.class).list();
    }

    @Test
    void the_caseworker_sees_referrals_due_overdue_waiting_and_decided() {
        SignIn.as(accounts, "caseworker.cy");
        ReferralService.ReferralLists lists = referrals.lists();
        assertThat(lists.officer()).isTrue();
        assertThat(lists.due()).hasSize(1);
        assertThat(lists.due().getFirst().standing().overdue()).isFalse();
        assertThat(lists.overdue()).hasSize(1);
        assertThat(lists.overdue().getFirst().standing().overdue()).isTrue();
        assertThat(lists.waiting()).extracting(r -> r.referral().getSource())
                .containsExactlyInAnyOrder(ReferralSource.SCHOOL, ReferralSource.PARENT);
        assertThat(lists.decided()).extracting(r -> r.referral().getOutcome())
                .containsExactly(ReferralOutcome.AUTHORITY_DECIDES);
        // the case it took on is decided, with the authority's IDP drafted
        long taken = Objects.requireNonNull(lists.decided().getFirst().referral().getAlnDecisionId());
        AlnService.DecisionPage page = aln.decision(taken);
        assertThat(page.decision().getOutcome()).isEqualTo(AlnOutcome.ALN);
        assertThat(plans.findById(page.decision().getPlanId()).orElseThrow().getPlanType()).isEqualTo(PlanType.IDP_LA);
        // and the ALNCo's school sees its own
        SignIn.as(accounts, "senco.cy");
        assertThat(referrals.lists().due()).hasSize(1);
        assertThat(referrals.lists().cases()).hasSize(1);
    }

    @Test
    void decisions_both_ways_and_the_parent_sees_the_one_about_their_child() {
        assertThat(glanmorCases("ALN")).hasSize(2);
        assertThat(glanmorCases("NO_ALN")).hasSize(1);
        SignIn.as(accounts, "parent.cy");
        long child = jdbc.sql("SELECT c.pupil_id FROM linked_child c JOIN app_user u ON u.id = c.app_user_id"
                + " WHERE u.username = 'parent.cy' ORDER BY c.pupil_id LIMIT 1").query(Long.class).single();
        AlnService.PupilAln record = aln.pupil(child);
        assertThat(record.cases()).extracting(c -> c.decision().getOutcome()).containsExactly(AlnOutcome.ALN);
        assertThat(plans.findById(record.cases().getFirst().decision().getPlanId()).orElseThrow().getPlanType())
                .isEqualTo(PlanType.IDP_SCHOOL);
        // the no-ALN letter is there for the school
        SignIn.as(accounts, "senco.cy");
        assertThat(aln.noAlnLetter(glanmorCases("NO_ALN").getFirst()).bytes()).isNotEmpty();
    }

    @Test
    void the_parent_sees_their_disagreement_in_progress_with_its_liaison_officer() {
        SignIn.as(accounts, "parent.cy");
        long child = jdbc.sql("SELECT c.pupil_id FROM linked_child c JOIN app_user u ON u.id = c.app_user_id"
                + " WHERE u.username = 'parent.cy' ORDER BY c.pupil_id LIMIT 1").query(Long.class).single();
        DisagreementService.PupilDisagreements mine = disagreements.forPupil(child);
        assertThat(mine.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DisagreementStatus.RESOLUTION_SERVICE);
            assertThat(d.getLiaisonOfficer()).isEqualTo("caseworker.cy");
            assertThat(d.getInformalOutcome()).isNotBlank();
        });
        assertThat(mine.mayManage()).isFalse();
    }

    @Test
    void an_equipment_request_with_its_assessment_waits_for_the_authority() {
        SignIn.as(accounts, "caseworker.cy");
        List<EquipmentService.EquipmentLine> waiting = equipment.inFlight();
        assertThat(waiting).hasSize(1);
        EquipmentService.EquipmentPage page = equipment.page(waiting.getFirst().request().getId());
        assertThat(page.assessmentAttached()).isTrue();
        assertThat(page.mayDecide()).isTrue();
    }
}
