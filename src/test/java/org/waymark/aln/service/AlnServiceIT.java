package org.waymark.aln.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.Refusals;
import org.waymark.AlnScenarios;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.Maintainer;
import org.waymark.aln.domain.MaintainerDecision;
import org.waymark.aln.domain.MaintainerDecisionRepository;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralClock;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlanRepository;

/**
 * The Welsh ALN process through its services: the school's decisions both ways (with the IDP
 * drafted by the ALNCo, or the no-ALN letter), who maintains the IDP by the rules, a looked-after
 * pupil's case referred on its 20-school-day clock and taken on by the authority, a parent's
 * referral handed to the school — and every way in from outside refused and audited.
 */
class AlnServiceIT extends KaribuTest {

    @Autowired AlnService aln;
    @Autowired ReferralService referrals;
    @Autowired AlnScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired AlnDecisionRepository decisionRepository;
    @Autowired AlnReferralRepository referralRepository;
    @Autowired MaintainerDecisionRepository maintainerRepository;
    @Autowired SupportPlanRepository plans;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    private long notices(String recipient, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = :r AND message_key = :k")
                .param("r", recipient).param("k", key).query(Long.class).single();
    }

    @Test
    void the_alnco_decides_aln_the_school_maintains_the_idp_and_it_is_drafted_at_once() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        demo.linkParent("parent.cy", pupilId);
        try {
            long caseId = scenarios.concern(pupilId);
            long headBefore = notices("head.cy", "notice.aln.decidedAln");
            long parentBefore = notices("parent.cy", "notice.aln.decidedAln");
            login("senco.cy");
            AlnService.DecisionResult result = aln.decide(caseId, scenarios.version(caseId),
                    AlnScenarios.input(true, false, true), AlnScenarios.hours("12.5"));
            assertThat(result.outcome()).isEqualTo(AlnOutcome.ALN);
            assertThat(plans.findById(java.util.Objects.requireNonNull(result.planId())).orElseThrow().getPlanType())
                    .isEqualTo(PlanType.IDP_SCHOOL);
            AlnDecision decided = decisionRepository.findById(caseId).orElseThrow();
            assertThat(decided.getStatus()).isEqualTo(DecisionStatus.DECIDED);
            assertThat(decided.getPlanId()).isEqualTo(result.planId());
            MaintainerDecision maintainer = maintainerRepository.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId)
                    .getFirst();
            assertThat(maintainer.getMaintainer()).isEqualTo(Maintainer.SCHOOL);
            assertThat(maintainer.reasons()).containsExactly(MaintainerReason.SCHOOL_SECURES);
            assertThat(maintainer.getTaHours()).isEqualByComparingTo("12.5");
            // the head and the parent are told; the ALNCo who decided is not
            assertThat(notices("head.cy", "notice.aln.decidedAln")).isEqualTo(headBefore + 1);
            assertThat(notices("parent.cy", "notice.aln.decidedAln")).isEqualTo(parentBefore + 1);
            assertThat(demo.auditCount("senco.cy", "ALN_DECISION", pupilId, "ALLOWED")).isEqualTo(1);
            // decided once: a second try is a conflict, not a second decision
            assertThatThrownBy(() -> aln.decide(caseId, scenarios.version(caseId), AlnScenarios.input(true, false, true),
                    null)).isInstanceOf(org.waymark.base.domain.ConflictException.class);
            // the parent reads the decision
            login("parent.cy");
            assertThat(aln.pupil(pupilId).cases()).extracting(c -> c.decision().getId()).containsExactly(caseId);
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    @Test
    void a_head_teacher_decides_and_the_alnco_drafts_the_idp_afterwards() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        login("head.cy");
        AlnService.DecisionResult result = aln.decide(caseId, scenarios.version(caseId),
                AlnScenarios.input(false, true, true), null);
        assertThat(result.planId()).isNull();
        assertThat(aln.decision(caseId).mayDraftIdp()).isFalse();
        assertThatThrownBy(() -> aln.draftIdp(caseId)).isInstanceOf(AccessDeniedException.class);
        login("senco.cy");
        assertThat(aln.decision(caseId).mayDraftIdp()).isTrue();
        long planId = aln.draftIdp(caseId);
        assertThat(plans.findById(planId).orElseThrow().getPlanType()).isEqualTo(PlanType.IDP_SCHOOL);
        // asked again, the same IDP
        assertThat(aln.draftIdp(caseId)).isEqualTo(planId);
    }

    @Test
    void no_aln_with_its_reason_and_a_letter_in_the_familys_language() throws Exception {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        login("senco.cy");
        AlnService.DecisionResult result = aln.decide(caseId, scenarios.version(caseId),
                AlnScenarios.input(true, false, false), null);
        assertThat(result.outcome()).isEqualTo(AlnOutcome.NO_ALN);
        assertThat(result.planId()).isNull();
        assertThat(maintainerRepository.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId)).isEmpty();
        AlnLetter letter = aln.noAlnLetter(caseId);
        String text = PdfText.of(letter.bytes()).replaceAll("\\s+", " ");
        // the families of a Welsh-medium school prefer Welsh
        assertThat(letter.language()).isEqualTo("cy");
        assertThat(text).contains("Penderfyniad am anghenion dysgu ychwanegol", "Ysgol Gymraeg Pen-y-bryn",
                "nid yw’n galw am ddarpariaeth ddysgu ychwanegol", "apelio i Dribiwnlys Addysg Cymru");
        assertThat(aln.decision(caseId).letter()).isTrue();
    }

    @Test
    void twenty_five_hours_of_ta_support_make_the_idp_the_authoritys_so_the_school_refers_instead() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        login("senco.cy");
        int version = scenarios.version(caseId);
        assertThat(Refusals.fields(() -> aln.decide(caseId, version, AlnScenarios.input(true, false, true),
                AlnScenarios.hours("27.5")))).containsExactly("taHours");
        // nothing was stored
        assertThat(decisionRepository.findById(caseId).orElseThrow().getStatus()).isEqualTo(DecisionStatus.OPEN);
        assertThat(maintainerRepository.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId)).isEmpty();
        // a referral without any reason for the authority is refused on its grounds
        assertThat(Refusals.fields(() -> aln.prepareReferral(caseId, version, new AlnService.ReferralInput(today(), null,
                Set.of(), "Needs more than we can give")))).containsExactly("grounds");
        long referralId = aln.prepareReferral(caseId, version, new AlnService.ReferralInput(today().minusDays(2),
                AlnScenarios.hours("27.5"), Set.of(MaintainerReason.INTENSIVE_SUPPORT), "Needs an adult all day"));
        AlnReferral referral = referralRepository.findById(referralId).orElseThrow();
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PREPARING);
        assertThat(referral.reasons()).containsExactly(MaintainerReason.TA_HOURS, MaintainerReason.INTENSIVE_SUPPORT);
        assertThat(referral.getDueBy()).isEqualTo(ReferralClock.dueBy(organisation.calendarOf(
                demo.authorityOf(pupilId)), today().minusDays(2)).orElseThrow());
        assertThat(decisionRepository.findById(caseId).orElseThrow().getStatus()).isEqualTo(DecisionStatus.REFERRED);
    }

    @Test
    void a_looked_after_pupils_case_is_referred_on_its_clock_and_the_authority_takes_it_and_drafts_its_idp()
            throws Exception {
        long pupilId = scenarios.lookedAfterPupil();
        long caseId = scenarios.concern(pupilId);
        login("senco.cy");
        int version = scenarios.version(caseId);
        // the school refers rather than decides
        assertThat(Refusals.fields(() -> aln.decide(caseId, version, AlnScenarios.input(false, false, null), null)))
                .containsExactly("outcome");
        LocalDate apparent = today().minusDays(7);
        long referralId = aln.prepareReferral(caseId, version, new AlnService.ReferralInput(apparent, null, Set.of(),
                "Looked after by the county since the summer; reading well behind."));
        AlnReferral prepared = referralRepository.findById(referralId).orElseThrow();
        assertThat(prepared.reasons()).containsExactly(MaintainerReason.LOOKED_AFTER);

        // the authority sees it due from the school, with the school days left
        login("caseworker.cy");
        ReferralService.ReferralLists lists = referrals.lists();
        ReferralService.ReferralRow due = lists.due().stream().filter(r -> r.referral().getId() == referralId)
                .findFirst().orElseThrow();
        assertThat(java.util.Objects.requireNonNull(due.standing()).overdue()).isFalse();
        assertThat(due.standing().schoolDays()).isBetween(1L, 19L);
        assertThat(lists.waiting()).noneMatch(r -> r.referral().getId() == referralId);

        // the school sends it: the authority's officers are told
        long before = notices("caseworker.cy", "notice.aln.referralSent");
        login("senco.cy");
        assertThat(referrals.toldOfSending(referralId)).extracting(t -> t.role().name())
                .contains("CASEWORKER", "LEAD_SEND_COORDINATOR");
        referrals.send(referralId, referralRepository.findById(referralId).orElseThrow().getVersion());
        assertThat(notices("caseworker.cy", "notice.aln.referralSent")).isEqualTo(before + 1);

        // the authority cannot hand a looked-after pupil's case back; it takes it
        login("caseworker.cy");
        assertThat(referrals.lists().waiting()).anyMatch(r -> r.referral().getId() == referralId);
        int rv = referralRepository.findById(referralId).orElseThrow().getVersion();
        assertThat(Refusals.fields(() -> referrals.decide(referralId, rv, ReferralOutcome.SCHOOL_BEST_PLACED, "The school knows"))
        ).containsExactly("outcome");
        assertThat(Refusals.fields(() -> referrals.decide(referralId, rv, null, " "))).containsExactly("outcome", "reasons");
        referrals.decide(referralId, rv, ReferralOutcome.AUTHORITY_DECIDES, "Looked after: the authority decides.");
        AlnDecision kase = decisionRepository.findById(caseId).orElseThrow();
        assertThat(kase.getDecider()).isEqualTo(Decider.AUTHORITY);
        assertThat(kase.getStatus()).isEqualTo(DecisionStatus.OPEN);
        assertThat(maintainerRepository.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId).getFirst().reasons())
                .containsExactly(MaintainerReason.LOOKED_AFTER, MaintainerReason.AUTHORITY_DECIDES);
        assertThat(referrals.lists().cases()).anyMatch(c -> c.decision().getId() == caseId);

        // the school may no longer decide it; the caseworker decides ALN and drafts the authority's IDP
        login("senco.cy");
        assertThatThrownBy(() -> aln.decide(caseId, scenarios.version(caseId), AlnScenarios.input(true, false, true),
                null)).isInstanceOf(AccessDeniedException.class);
        login("lead.send.cy");
        assertThatThrownBy(() -> aln.decide(caseId, scenarios.version(caseId), AlnScenarios.input(true, false, true),
                null)).isInstanceOf(AccessDeniedException.class);
        login("caseworker.cy");
        AlnService.DecisionResult result = aln.decide(caseId, scenarios.version(caseId),
                AlnScenarios.input(true, false, true), null);
        assertThat(plans.findById(result.planId()).orElseThrow().getPlanType()).isEqualTo(PlanType.IDP_LA);
        AlnLetter letter = referrals.decisionLetter(referralId);
        assertThat(PdfText.of(letter.bytes()).replaceAll("\\s+", " ")).contains("Cyngor Sir Glanmor",
                "Mae’r disgybl yn derbyn gofal", "Bydd yr awdurdod yn penderfynu a oes gan");
    }

    @Test
    void a_parents_referral_is_recorded_by_the_authority_and_handed_to_the_school_best_placed() throws Exception {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        demo.linkParent("parent.cy", pupilId);
        try {
            login("caseworker.cy");
            assertThat(Refusals.fields(() -> referrals.record(new ReferralService.ReceivedInput(null, ReferralSource.SCHOOL, "",
                    today().plusDays(1), "")))).containsExactly("pupil", "source", "referrer", "receivedOn", "summary");
            long referralId = referrals.record(new ReferralService.ReceivedInput(pupilId, ReferralSource.PARENT,
                    "Mrs Bethan Rees (mother)", today().minusDays(3), "Asks whether her son has ALN: he will not write."));
            assertThat(referrals.lists().waiting()).anyMatch(r -> r.referral().getId() == referralId);
            // a parent does not read it before it is decided
            login("parent.cy");
            assertThatThrownBy(() -> referrals.referral(referralId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> referrals.decisionLetter(referralId)).isInstanceOf(AccessDeniedException.class);

            login("lead.send.cy");
            long sencoBefore = notices("senco.cy", "notice.aln.referralDecided");
            referrals.decide(referralId, referralRepository.findById(referralId).orElseThrow().getVersion(),
                    ReferralOutcome.SCHOOL_BEST_PLACED, "The school has not yet assessed his writing.");
            AlnReferral decided = referralRepository.findById(referralId).orElseThrow();
            AlnDecision kase = decisionRepository.findById(decided.getAlnDecisionId()).orElseThrow();
            assertThat(kase.getDecider()).isEqualTo(Decider.SCHOOL);
            assertThat(kase.getStatus()).isEqualTo(DecisionStatus.OPEN);
            assertThat(kase.getConcernSource()).isEqualTo(ConcernSource.PARENT);
            assertThat(kase.getConcernBy()).isEqualTo("Mrs Bethan Rees (mother)");
            assertThat(notices("senco.cy", "notice.aln.referralDecided")).isEqualTo(sencoBefore + 1);

            // the family reads the decision letter in Welsh
            login("parent.cy");
            AlnLetter letter = referrals.decisionLetter(referralId);
            String text = PdfText.of(letter.bytes()).replaceAll("\\s+", " ");
            assertThat(letter.language()).isEqualTo("cy");
            assertThat(text).contains("Penderfyniad ar atgyfeiriad am anghenion dysgu ychwanegol",
                    "Cafodd yr awdurdod atgyfeiriad", "gan riant neu ofalwr",
                    "mai Ysgol Gymraeg Pen-y-bryn sydd yn y sefyllfa orau i benderfynu",
                    "The school has not yet assessed his writing.");
            // the school now decides the case
            login("senco.cy");
            assertThat(aln.decision(kase.getId()).mayDecide()).isTrue();
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    @Test
    void overdue_referrals_are_counted_in_school_days_and_listed_apart() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        login("head.cy");
        long referralId = aln.prepareReferral(caseId, scenarios.version(caseId), new AlnService.ReferralInput(
                LocalDate.of(2026, 10, 5), null, Set.of(MaintainerReason.CANNOT_DETERMINE_ALN), "We cannot tell."));
        // 20 school days after 5 October, the October half-term left out: 9 November
        assertThat(referralRepository.findById(referralId).orElseThrow().getDueBy()).isEqualTo(LocalDate.of(2026, 11, 9));
        login("caseworker.cy");
        ReferralService.ReferralRow row = referrals.lists().overdue().stream()
                .filter(r -> r.referral().getId() == referralId).findFirst().orElseThrow();
        // late since the 10th: 7 school days to the 18th
        assertThat(row.standing().overdue()).isTrue();
        assertThat(row.standing().schoolDays()).isEqualTo(7);
        assertThat(row.late()).isTrue();
        // the school sees its own list too, and only its own
        login("senco.cy");
        assertThat(referrals.lists().overdue()).anyMatch(r -> r.referral().getId() == referralId);
        assertThat(referrals.lists().officer()).isFalse();
        login("senco");
        assertThatThrownBy(() -> referrals.lists()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void outsiders_are_refused_and_audited() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        // another Welsh school's ALNCo has no reach here (the demo's only ALNCo is at Pen-y-bryn: use the family's)
        login("family.senco.cy");
        assertThatThrownBy(() -> aln.raiseConcern(pupilId, new AlnRules.ConcernInput(ConcernSource.PARENT, "",
                today(), "x"))).isInstanceOf(AccessDeniedException.class);
        // an English ALNCo and an English caseworker
        login("senco");
        assertThatThrownBy(() -> aln.pupil(pupilId)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "READ_ALN", pupilId, "DENIED")).isEqualTo(1);
        assertThatThrownBy(() -> aln.decide(caseId, scenarios.version(caseId), AlnScenarios.input(true, true, true),
                null)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "ALN_DECISION", pupilId, "DENIED")).isEqualTo(1);
        login("caseworker");
        assertThatThrownBy(() -> referrals.record(new ReferralService.ReceivedInput(pupilId, ReferralSource.PARENT,
                "Mr X", today(), "Asks"))).isInstanceOf(AccessDeniedException.class);
        // a parent of another child
        login("parent.cy");
        assertThatThrownBy(() -> aln.pupil(pupilId)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("parent.cy", "READ_ALN", pupilId, "DENIED")).isEqualTo(1);
        // an English county runs no ALN process: its own ALNCo cannot open one for its pupil
        long english = demo.pupilAt("Larkfield Primary School");
        login("senco");
        assertThatThrownBy(() -> aln.raiseConcern(english, new AlnRules.ConcernInput(ConcernSource.PARENT, "",
                today(), "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "ALN_CONCERN", english, "DENIED")).isEqualTo(1);
        // bad input: every message on its field, nothing stored
        login("senco.cy");
        long held = decisionRepository.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId).size();
        assertThat(Refusals.fields(() -> aln.raiseConcern(pupilId, new AlnRules.ConcernInput(null, "", today().plusDays(1),
                " ")))).containsExactly("source", "raisedOn", "concern");
        assertThat(decisionRepository.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId)).hasSize((int) held);
    }
}
