package org.waymark.allocations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.notifications.service.Told;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.AppealService;
import org.waymark.panels.service.InterimService;
import org.waymark.panels.service.PanelService;
import org.waymark.plans.service.PlanService;
import org.waymark.security.domain.Role;

/**
 * Who a confirmation says will be told is who is then told: the names come from the lists the
 * notices go to (here an HLN award that also asks the family to return its AFN). The read methods
 * behind the confirmations refuse other schools, families and authorities.
 */
class WhoIsToldKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired BidRepository bids;
    @Autowired BidModerationService family;
    @Autowired BidWizardService wizard;
    @Autowired InterimService interims;
    @Autowired PanelService panels;
    @Autowired AppealService appeals;
    @Autowired PlanService plans;
    @Autowired JdbcClient jdbc;

    private long lastNoticeId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM notice").query(Long.class).single();
    }

    private Set<String> toldSince(long noticeId) {
        List<String> recipients = jdbc.sql("SELECT DISTINCT recipient FROM notice WHERE id > :id").param("id", noticeId)
                .query(String.class).list();
        return Set.copyOf(accounts.displayNames(recipients).values());
    }

    @Test
    void an_hln_award_names_the_schools_senco_the_parents_and_the_family_asked_to_return_its_afn() {
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        demo.linkParent("parent", pupilId);
        try {
            login("family.senco");
            List<Told> agreeing = family.toldOfDecision(bidId, BidStatus.AGREED);
            assertThat(agreeing).contains(new Told("Sam Whitfield", Role.SCHOOL_SENCO),
                    new Told("Hannah Carver", Role.PARENT));
            assertThat(agreeing).extracting(Told::role).doesNotContain(Role.FAMILY_SENCO); // never the one deciding
            long beforeAgreeing = lastNoticeId();
            family.agree(bidId, family.versionForDecision(bidId), "AFN_MEDIUM", new BigDecimal("4500"),
                    "Two key themes at AFN");
            assertThat(toldSince(beforeAgreeing)).isEqualTo(agreeing.stream().map(Told::name)
                    .collect(Collectors.toSet()));

            // the chair's interim HLN award: the family that agreed AFN is asked to return it, and is named
            login("lead.send");
            List<Told> told = interims.toldOfDecision(pupilId);
            assertThat(told).contains(new Told("Alex Marsh", Role.FAMILY_SENCO),
                    new Told("Sam Whitfield", Role.SCHOOL_SENCO), new Told("Hannah Carver", Role.PARENT));
            long before = lastNoticeId();
            interims.decide(new InterimService.InterimRequest(pupilId, InterimGround.TRIBUNAL_ORDER, "HLN1",
                    new BigDecimal("10987"), today().plusMonths(2), "Tribunal order: an adult all day"));
            // exactly those named were told
            assertThat(toldSince(before)).isEqualTo(told.stream().map(Told::name).collect(Collectors.toSet()));
        } finally {
            demo.unlinkParent("parent", pupilId);
        }
    }

    @Test
    void others_may_not_ask_who_would_be_told() {
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        long draft = scenarios.hlnReadyToSubmit(demo.pupilWithoutBids("Larkfield Primary School"), "HLN1");

        login("family.senco.cy"); // another authority's family
        assertThatThrownBy(() -> family.toldOfDecision(bidId, BidStatus.RETURNED))
                .isInstanceOf(AccessDeniedException.class);
        login("senco.cy"); // another school's SENCO
        assertThatThrownBy(() -> wizard.submission(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.toldOfStep(demo.planOf(demo.childrenOf("parent").getFirst()), true))
                .isInstanceOf(AccessDeniedException.class);
        login("panel"); // sits on the main panel, but neither chairs nor manages it
        assertThatThrownBy(() -> interims.toldOfDecision(pupilId)).isInstanceOf(AccessDeniedException.class);
        login("lead.send.cy"); // chairs another authority's panel
        assertThatThrownBy(() -> interims.toldOfDecision(pupilId)).isInstanceOf(AccessDeniedException.class);
        login("head.cy");
        assertThatThrownBy(() -> appeals.toldOfAsking(bidId)).isInstanceOf(AccessDeniedException.class);

        login("caseworker");
        long meetingId = panels.open(PanelKind.SEND_RESOURCE, today()).meetingId();
        login("head"); // neither runs nor sits at the meeting
        assertThatThrownBy(() -> panels.toldOfDecision(meetingId, 0, PanelOutcome.AWARDED))
                .isInstanceOf(AccessDeniedException.class);
    }
}
