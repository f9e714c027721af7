package org.waymark.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.AlnScenarios;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.WorkQueueItems;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.ReferralService;
import org.waymark.base.ui.Translations;
import org.waymark.bids.service.BidModerationService;
import org.waymark.moderation.service.ModerationService;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.service.WorkQueueService;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.service.PanelService;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.ui.PlanView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;

/**
 * Issue 17, point 6: every role's home starts with what needs that person now — each item a link
 * to the record, overdue first — and the figures stay below.
 */
class WorkQueueKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired BidScenarios bidScenarios;
    @Autowired AlnScenarios alnScenarios;
    @Autowired WorkQueueService work;
    @Autowired PlanService plans;
    @Autowired JdbcClient jdbc;

    private org.jsoup.nodes.Element item(String id) {
        return WorkQueueItems.link(id).orElseThrow(() -> new AssertionError("no work item " + id));
    }

    private boolean shows(String id) {
        return WorkQueueItems.link(id).isPresent();
    }

    private void home(String username) {
        login(username);
        UI.getCurrent().navigate(HomeView.class);
    }

    @Test
    void the_schools_home_starts_with_a_returned_bid_a_shared_draft_and_overdue_reviews_then_the_figures() {
        long bidId = bidScenarios.submittedAfn();
        login("family.senco");
        BidModerationService family = context.getBean(BidModerationService.class);
        family.returnForEvidence(bidId, family.versionForDecision(bidId), "Add the speech therapist's report");
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        login("senco");
        long planId = plans.startPlan(pupilId, PlanType.SEN_SUPPORT);
        plans.shareWithFamily(planId, 15);
        long overdueReview = jdbc.sql("SELECT sp.id FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                + " JOIN school s ON s.id = p.school_id WHERE s.name = 'Larkfield Primary School'"
                + " AND sp.status = 'AGREED' AND sp.next_review_date < :today ORDER BY sp.next_review_date, sp.id"
                + " LIMIT 1").param("today", today()).query(Long.class).single();

        home("senco");
        assertThat(item("bid-returned-" + bidId).attr("href")).isEqualTo("bids/" + bidId + "/edit");
        assertThat(item("bid-returned-" + bidId).text()).startsWith("Bid for ").endsWith("returned for more evidence");
        assertThat(item("plan-shared-" + planId).attr("href")).isEqualTo("plans/" + planId);
        assertThat(item("plan-review-" + overdueReview).text()).contains("was due on");
        // overdue first, and the queue comes before the figures
        List<org.jsoup.nodes.Element> lines = WorkQueueItems.lines();
        assertThat(lines.getFirst().classNames()).contains("wm-work-overdue");
        HomeView view = _get(HomeView.class);
        assertThat(view.indexOf(_find(Html.class, spec -> spec.withId("home-work")).getFirst())).isLessThan(view.indexOf(
                _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("wm-figures")).getFirst()));

        // the head reads the returned bid; only the SENCO is sent to the wizard
        home("head");
        assertThat(item("bid-returned-" + bidId).attr("href")).isEqualTo("bids/" + bidId);
        // another school's SENCO has none of it
        home("senco.optedout");
        assertThat(shows("bid-returned-" + bidId)).isFalse();
        assertThat(shows("plan-shared-" + planId)).isFalse();

        // the item opens the record
        home("senco");
        UI.getCurrent().navigate(item("plan-shared-" + planId).attr("href"));
        assertThat(_find(PlanView.class)).hasSize(1);
    }

    @Test
    void the_parent_sees_the_draft_waiting_for_their_views_in_their_language() {
        long child = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        demo.linkParent("parent.cy", child);
        try {
            login("senco.cy");
            long planId = plans.startPlan(child, PlanType.IDP_SCHOOL);
            plans.shareWithFamily(planId, 10);
            home("parent.cy");
            assertThat(item("plan-views-" + planId).text()).startsWith("Mae ").contains(" drafft ")
                    .contains("yn aros am eich barn tan");
            assertThat(item("plan-views-" + planId).attr("href")).isEqualTo("plans/" + planId);
            // another family's parent does not see it
            home("parent");
            assertThat(shows("plan-views-" + planId)).isFalse();
        } finally {
            demo.unlinkParent("parent.cy", child);
        }
    }

    @Test
    void the_family_senco_sees_todays_meeting_and_the_caseworker_and_panel_member_this_weeks_panel() {
        bidScenarios.submittedAfn();
        home("family.senco");
        List<WorkItem> before = work.mine();
        assertThat(before).anyMatch(i -> i.key().equals("work.bid.submitted"));
        login("family.senco");
        long meetingId = context.getBean(ModerationService.class).open(today());
        home("family.senco");
        assertThat(item("meeting-" + meetingId).text()).startsWith("Moderation meeting today");
        assertThat(item("meeting-" + meetingId).attr("href")).isEqualTo("moderation/" + meetingId);

        login("caseworker");
        long panelId = context.getBean(PanelService.class).open(PanelKind.HLN_MAIN, today().plusDays(3)).meetingId();
        home("caseworker");
        assertThat(item("panel-" + panelId).text()).startsWith("HLN main panel meeting on");
        home("panel");
        assertThat(item("panel-" + panelId).attr("href")).isEqualTo("panels/meetings/" + panelId);
        // another authority's caseworker: not theirs
        home("caseworker.cy");
        assertThat(shows("panel-" + panelId)).isFalse();
    }

    @Test
    void welsh_referrals_overdue_and_waiting_reach_the_alnco_and_the_authority() {
        AlnService aln = context.getBean(AlnService.class);
        long referred = alnScenarios.concern(alnScenarios.lookedAfterPupil());
        long referralId = aln.prepareReferral(referred, alnScenarios.version(referred),
                new AlnService.ReferralInput(today().minusDays(40), null, Set.of(), "Needs specialist teaching"));
        home("senco.cy");
        assertThat(item("aln-referral-" + referralId).text()).contains("was due on");
        assertThat(item("aln-referral-" + referralId).parent().classNames())
                .contains("wm-work-overdue");
        ReferralService referrals = context.getBean(ReferralService.class);
        login("senco.cy");
        referrals.send(referralId, context.getBean(org.waymark.aln.domain.AlnReferralRepository.class)
                .findById(referralId).orElseThrow().getVersion());
        home("caseworker.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(item("aln-referral-" + referralId).text()).contains("yn aros am benderfyniad yr awdurdod");
        // an English caseworker's queue has no Welsh referrals
        home("caseworker");
        assertThat(shows("aln-referral-" + referralId)).isFalse();
    }

    @Test
    void a_disagreement_waits_for_a_liaison_officer_then_for_the_officer_assigned() {
        long pupilId = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        demo.linkParent("parent.cy", pupilId);
        try {
            login("parent.cy");
            var disagreements = context.getBean(org.waymark.aln.service.DisagreementService.class);
            long id = disagreements.log(pupilId, new org.waymark.aln.domain.DisagreementRules.ConcernInput(
                    org.waymark.aln.domain.DisagreementTopic.IDP, today(), "Dim digon o therapi."));
            home("lead.send.cy");
            assertThat(item("aln-disagreement-" + id).text()).endsWith("assign a liaison officer");
            assertThat(item("aln-disagreement-" + id).attr("href")).isEqualTo("pupils/" + pupilId + "/aln");
            login("lead.send.cy");
            disagreements.assign(id, context.getBean(org.waymark.aln.domain.AlnDisagreementRepository.class)
                    .findById(id).orElseThrow().getVersion(), "caseworker.cy");
            home("caseworker.cy");
            assertThat(item("aln-disagreement-" + id).text()).contains("where you are the liaison officer")
                    .endsWith("Informal resolution");
            home("lead.send.cy");
            assertThat(shows("aln-disagreement-" + id)).as("assigned to someone else").isFalse();
            home("caseworker"); // another authority
            assertThat(shows("aln-disagreement-" + id)).isFalse();
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    @Test
    void an_overdue_ehc_decision_heads_its_caseworkers_queue() {
        org.waymark.EhcScenarios ehc = context.getBean(org.waymark.EhcScenarios.class);
        long id = ehc.recorded(today().minusDays(50)); // the decision was due after six weeks
        login("teamlead");
        context.getBean(org.waymark.ehc.service.AssessmentService.class).reassign(id, ehc.version(id), "caseworker");
        home("caseworker");
        assertThat(item("ehc-" + id + "-DECISION").text()).startsWith("EHC needs assessment for ")
                .contains("Decision whether to assess").contains("was due on");
        assertThat(item("ehc-" + id + "-DECISION").attr("href")).isEqualTo("ehc/assessments/" + id);
        assertThat(item("ehc-" + id + "-DECISION").parent().classNames())
                .contains("wm-work-overdue");
        home("caseworker.two"); // not their case
        assertThat(shows("ehc-" + id + "-DECISION")).isFalse();
    }

    @Test
    void an_empty_queue_says_so() {
        home("admin");
        assertThat(WorkQueueItems.panel().getElementById("home-work-none").text()).isEqualTo("Nothing is waiting for you.");
    }
}
