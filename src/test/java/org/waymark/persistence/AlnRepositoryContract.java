package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnDisagreement;
import org.waymark.aln.domain.AlnDisagreementRepository;
import org.waymark.aln.domain.DisagreementSource;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.aln.domain.DisagreementTopic;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.EquipmentRequest;
import org.waymark.aln.domain.EquipmentRequestRepository;
import org.waymark.aln.domain.EquipmentStatus;
import org.waymark.aln.domain.Maintainer;
import org.waymark.aln.domain.MaintainerDecision;
import org.waymark.aln.domain.MaintainerDecisionRepository;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.OutcomeReason;
import org.waymark.aln.domain.ProgressMeasure;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.aln.domain.WhoMaintains;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermBreak;
import org.waymark.organisation.domain.TermName;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * The Welsh ALN repositories (issue 16), run unchanged on H2 in MySQL mode and on a real
 * MySQL-compatible server: V22 and V23 — an authority's breaks in term, the ALN decision record
 * through its lifecycle, who-maintains decisions with their reasons, referrals from a school and
 * from a parent with their queries, disagreements through every step (V26), and optimistic locking; V25 — requests
 * for specialist equipment from request to delivery, listed by state, with their costs exact.
 */
abstract class AlnRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00.123456Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired AlnDecisionRepository decisions;
    @Autowired MaintainerDecisionRepository maintainers;
    @Autowired AlnReferralRepository referrals;
    @Autowired AlnDisagreementRepository disagreements;
    @Autowired EquipmentRequestRepository equipment;

    long laId;
    long schoolId;
    long otherSchoolId;
    long pupilId;

    @BeforeEach
    void organisation() {
        LocalAuthority la = LocalAuthority.create("W" + System.nanoTime() % 100000, "Testmor County Council",
                "Cyngor Sir Testmor", Nation.WALES, Set.of(Scheme.IDP));
        la.setTerm(new Term("2026/27", TermName.AUTUMN, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-18")));
        la.setBreak(new TermBreak(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-10-30")));
        laId = authorities.save(la).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Cwm")).id();
        schoolId = schools.save(School.create(laId, familyId, "6001", "Ysgol Cwm", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, true)).id();
        otherSchoolId = schools.save(School.create(laId, familyId, "6002", "Ysgol y Bryn", Phase.PRIMARY,
                Governance.MAINTAINED, false, 150, false)).id();
        PupilDetails d = new PupilDetails();
        d.setFirstName("Seren");
        d.setLastName("Parry");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        pupilId = pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 9, 1), NOW)).getId();
    }

    AlnDecision concern() {
        return decisions.save(AlnDecision.raise(laId, pupilId, schoolId, Decider.SCHOOL, new AlnRules.ConcernInput(
                ConcernSource.PARENT, "Mrs Parry", LocalDate.parse("2026-10-05"), "Not yet reading"), "senco.cy", NOW));
    }

    @Test
    void breaks_in_term_are_kept_with_the_authority() {
        LocalAuthority loaded = authorities.findById(laId).orElseThrow();
        assertThat(loaded.breaksInOrder()).containsExactly(new TermBreak(LocalDate.parse("2026-10-26"),
                LocalDate.parse("2026-10-30")));
        loaded.removeBreak(LocalDate.parse("2026-10-26"));
        authorities.save(loaded);
        assertThat(authorities.findById(laId).orElseThrow().breaksInOrder()).isEmpty();
    }

    @Test
    void a_decision_record_round_trips_from_concern_to_outcome_and_idp() {
        AlnDecision raised = concern();
        AlnDecision open = decisions.findById(raised.getId()).orElseThrow();
        assertThat(open.getStatus()).isEqualTo(DecisionStatus.OPEN);
        assertThat(open.getDecider()).isEqualTo(Decider.SCHOOL);
        assertThat(open.getConcernSource()).isEqualTo(ConcernSource.PARENT);
        assertThat(open.getConcernOn()).isEqualTo(LocalDate.parse("2026-10-05"));
        assertThat(open.getRecordedAt()).isCloseTo(NOW, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        assertThat(open.progressMeasures()).isEmpty();

        open.decide(new AlnRules.DecisionInput(EnumSet.of(ProgressMeasure.GAP_NOT_CLOSING,
                ProgressMeasure.SLOWER_THAN_PEERS), "Reading age two years behind", "Daily phonics group",
                true, false, "Significantly greater difficulty", true, "Needs one-to-one daily"), "senco.cy", NOW, TODAY);
        open.idpDrafted(77L);
        decisions.save(open);
        AlnDecision decided = decisions.findById(raised.getId()).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.getOutcome()).isEqualTo(AlnOutcome.ALN);
        assertThat(decided.getOutcomeReason()).isEqualTo(OutcomeReason.CALLS_FOR_ALP);
        assertThat(decided.progressInOrder()).containsExactly(ProgressMeasure.SLOWER_THAN_PEERS,
                ProgressMeasure.GAP_NOT_CLOSING);
        assertThat(decided.getSignificantDifficulty()).isTrue();
        assertThat(decided.getEqualityActDisability()).isFalse();
        assertThat(decided.getCallsForAlp()).isTrue();
        assertThat(decided.getDecidedOn()).isEqualTo(TODAY);
        assertThat(decided.getPlanId()).isEqualTo(77L);
        assertThat(decisions.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId)).hasSize(1);
        assertThat(decisions.findBySchoolIdAndStatusOrderByConcernOnAscIdAsc(schoolId, DecisionStatus.OPEN)).isEmpty();
    }

    @Test
    void a_stale_copy_of_a_decision_record_is_refused() {
        AlnDecision raised = concern();
        AlnDecision first = decisions.findById(raised.getId()).orElseThrow();
        AlnDecision second = decisions.findById(raised.getId()).orElseThrow();
        first.refer();
        decisions.save(first);
        second.refer();
        assertThatThrownBy(() -> decisions.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void who_maintains_is_kept_with_its_facts_and_reasons_newest_first() {
        long caseId = concern().getId();
        maintainers.save(MaintainerDecision.byRules(laId, pupilId, caseId, new WhoMaintains.Facts(false, false,
                new BigDecimal("27.5"), false, Set.of(MaintainerReason.EQUIPMENT)), "senco.cy", NOW));
        maintainers.save(MaintainerDecision.onReferral(laId, pupilId, caseId, new WhoMaintains.Facts(false, false,
                new BigDecimal("27.5"), false, Set.of(MaintainerReason.EQUIPMENT)), ReferralOutcome.AUTHORITY_DECIDES,
                "caseworker.cy", NOW.plusSeconds(60)));
        List<MaintainerDecision> held = maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId);
        assertThat(held).hasSize(2);
        assertThat(held.getFirst().getDecidedAs()).isEqualTo(Decider.AUTHORITY);
        assertThat(held.getFirst().reasons()).containsExactly(MaintainerReason.TA_HOURS, MaintainerReason.EQUIPMENT,
                MaintainerReason.AUTHORITY_DECIDES);
        MaintainerDecision school = held.getLast();
        assertThat(school.getMaintainer()).isEqualTo(Maintainer.AUTHORITY);
        assertThat(school.getTaHours()).isEqualByComparingTo("27.5");
        assertThat(school.grounds()).containsExactly(MaintainerReason.EQUIPMENT);
        assertThat(school.reasons()).containsExactly(MaintainerReason.TA_HOURS, MaintainerReason.EQUIPMENT);
    }

    @Test
    void referrals_from_a_school_and_a_parent_are_listed_by_state_and_decided() {
        long caseId = concern().getId();
        AlnReferral school = referrals.save(AlnReferral.fromSchool(laId, pupilId, schoolId, caseId,
                List.of(MaintainerReason.LOW_INCIDENCE, MaintainerReason.CANNOT_DETERMINE_ALP), "Needs a specialist",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-30"), "senco.cy", NOW));
        AlnReferral parent = referrals.save(AlnReferral.received(laId, pupilId, otherSchoolId, ReferralSource.PARENT,
                "Mr Parry", "Asks for an assessment", LocalDate.parse("2026-11-10"), "caseworker.cy", NOW));
        AlnReferral noDueDate = referrals.save(AlnReferral.fromSchool(laId, pupilId, schoolId, caseId,
                List.of(MaintainerReason.LOOKED_AFTER), "Looked after", LocalDate.parse("2026-11-12"), null,
                "senco.cy", NOW));

        assertThat(referrals.findByLocalAuthorityIdAndStatusInOrderByStartedOnAscIdAsc(laId,
                List.of(ReferralStatus.PREPARING))).extracting(AlnReferral::getId)
                .containsExactly(school.getId(), noDueDate.getId());
        assertThat(referrals.findByLocalAuthorityIdAndStatusInOrderByStartedOnAscIdAsc(laId,
                List.of(ReferralStatus.SENT))).extracting(AlnReferral::getId).containsExactly(parent.getId());
        assertThat(referrals.findBySchoolIdAndStatusInOrderByStartedOnAscIdAsc(otherSchoolId,
                List.of(ReferralStatus.PREPARING, ReferralStatus.SENT))).extracting(AlnReferral::getId)
                .containsExactly(parent.getId());
        AlnReferral loaded = referrals.findById(school.getId()).orElseThrow();
        assertThat(loaded.reasons()).containsExactly(MaintainerReason.LOW_INCIDENCE,
                MaintainerReason.CANNOT_DETERMINE_ALP);
        assertThat(loaded.getDueBy()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(referrals.findById(noDueDate.getId()).orElseThrow().getDueBy()).isNull();

        loaded.send("senco.cy", NOW, LocalDate.parse("2026-12-01"));
        referrals.save(loaded);
        AlnReferral sent = referrals.findById(school.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.late(TODAY)).isTrue();
        sent.decide(ReferralOutcome.AUTHORITY_DECIDES, "Specialist teaching the school cannot provide", caseId,
                "caseworker.cy", NOW, LocalDate.parse("2026-12-02"));
        referrals.save(sent);
        AlnReferral decided = referrals.findById(school.getId()).orElseThrow();
        assertThat(decided.getOutcome()).isEqualTo(ReferralOutcome.AUTHORITY_DECIDES);
        assertThat(decided.getDecidedOn()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(referrals.findTop20ByLocalAuthorityIdAndStatusOrderByDecidedAtDescIdDesc(laId,
                ReferralStatus.DECIDED)).extracting(AlnReferral::getId).containsExactly(school.getId());
        assertThat(referrals.findByPupilIdOrderByStartedOnDescIdDesc(pupilId)).hasSize(3);

        AlnReferral stale = referrals.findById(parent.getId()).orElseThrow();
        AlnReferral fresh = referrals.findById(parent.getId()).orElseThrow();
        fresh.decide(ReferralOutcome.SCHOOL_BEST_PLACED, "The school knows her best", caseId, "caseworker.cy", NOW,
                TODAY);
        referrals.save(fresh);
        stale.decide(ReferralOutcome.AUTHORITY_DECIDES, "Other", caseId, "lead.send.cy", NOW, TODAY);
        assertThatThrownBy(() -> referrals.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_disagreement_round_trips_through_its_steps_and_is_locked_optimistically() {
        AlnDisagreement logged = disagreements.save(AlnDisagreement.log(laId, pupilId, schoolId,
                DisagreementSource.PARENT, DisagreementTopic.IDP, LocalDate.parse("2026-10-01"),
                "Nid yw’r CDU yn rhoi digon o gymorth iaith a lleferydd.", "parent.cy", NOW));
        AlnDisagreement older = disagreements.save(AlnDisagreement.log(laId, pupilId, schoolId,
                DisagreementSource.SCHOOL_FOR_YOUNG_PERSON, DisagreementTopic.ALN_DECISION,
                LocalDate.parse("2026-09-10"), "The young person disagrees with the decision.", "senco.cy",
                NOW.minusSeconds(3600)));
        AlnDisagreement loaded = disagreements.findById(logged.getId()).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(DisagreementStatus.LOGGED);
        assertThat(loaded.getConcern()).isEqualTo("Nid yw’r CDU yn rhoi digon o gymorth iaith a lleferydd.");
        // the column keeps whole seconds on one database and fractions on another
        assertThat(loaded.getLoggedAt()).isCloseTo(NOW, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        loaded.assign("caseworker.cy", LocalDate.parse("2026-10-02"));
        disagreements.save(loaded);
        AlnDisagreement informal = disagreements.findById(logged.getId()).orElseThrow();
        informal.step(DisagreementStatus.RESOLUTION_SERVICE, LocalDate.parse("2026-10-20"), "No agreement");
        informal.step(DisagreementStatus.TRIBUNAL, LocalDate.parse("2026-11-05"), "Not resolved");
        informal.hearing(LocalDate.parse("2027-01-12"));
        disagreements.save(informal);
        AlnDisagreement atTribunal = disagreements.findById(logged.getId()).orElseThrow();
        assertThat(atTribunal.getStatus()).isEqualTo(DisagreementStatus.TRIBUNAL);
        assertThat(atTribunal.getLiaisonOfficer()).isEqualTo("caseworker.cy");
        assertThat(atTribunal.getInformalOn()).isEqualTo(LocalDate.parse("2026-10-02"));
        assertThat(atTribunal.getInformalOutcome()).isEqualTo("No agreement");
        assertThat(atTribunal.getServiceOn()).isEqualTo(LocalDate.parse("2026-10-20"));
        assertThat(atTribunal.getServiceOutcome()).isEqualTo("Not resolved");
        assertThat(atTribunal.getTribunalOn()).isEqualTo(LocalDate.parse("2026-11-05"));
        assertThat(atTribunal.getHearingOn()).isEqualTo(LocalDate.parse("2027-01-12"));
        assertThat(disagreements.findByPupilIdOrderByLoggedAtDescIdDesc(pupilId)).extracting(AlnDisagreement::getId)
                .containsExactly(logged.getId(), older.getId());

        AlnDisagreement stale = disagreements.findById(logged.getId()).orElseThrow();
        atTribunal.step(DisagreementStatus.CLOSED, TODAY, "Appeal upheld");
        disagreements.save(atTribunal);
        assertThat(disagreements.findById(logged.getId()).orElseThrow().getTribunalOutcome()).isEqualTo("Appeal upheld");
        stale.hearing(LocalDate.parse("2027-01-19"));
        assertThatThrownBy(() -> disagreements.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void equipment_requests_go_to_delivery_and_are_listed_by_state() {
        EquipmentRequest first = equipment.save(EquipmentRequest.request(laId, pupilId, schoolId,
                "Bwrdd gwaith addasadwy", "Safle eistedd sefydlog", new BigDecimal("850.50"), "senco.cy", NOW));
        EquipmentRequest second = equipment.save(EquipmentRequest.request(laId, pupilId, otherSchoolId,
                "Chwyddwr sgrin", "Golwg gwan", new BigDecimal("120.00"), "senco.cy", NOW.plusSeconds(5)));
        EquipmentRequest loaded = equipment.findById(first.getId()).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(EquipmentStatus.REQUESTED);
        assertThat(loaded.getEstimatedCost()).isEqualByComparingTo("850.50");
        assertThat(loaded.getRequestedAt()).isCloseTo(NOW, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));

        loaded.approve(new BigDecimal("820.25"), "Recommended by the OT", "caseworker.cy", NOW);
        equipment.save(loaded);
        EquipmentRequest approved = equipment.findById(first.getId()).orElseThrow();
        approved.ordered("caseworker.cy", TODAY);
        equipment.save(approved);
        EquipmentRequest ordered = equipment.findById(first.getId()).orElseThrow();
        ordered.delivered("caseworker.cy", TODAY.plusDays(7));
        ordered.recordedOn(42L);
        equipment.save(ordered);
        EquipmentRequest delivered = equipment.findById(first.getId()).orElseThrow();
        assertThat(delivered.getStatus()).isEqualTo(EquipmentStatus.DELIVERED);
        assertThat(delivered.getFundedCost()).isEqualByComparingTo("820.25");
        assertThat(delivered.getDecisionReasons()).isEqualTo("Recommended by the OT");
        assertThat(delivered.getOrderedOn()).isEqualTo(TODAY);
        assertThat(delivered.getDeliveredOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(delivered.getPlanId()).isEqualTo(42L);

        assertThat(equipment.findByLocalAuthorityIdAndStatusInOrderByRequestedAtAscIdAsc(laId,
                List.of(EquipmentStatus.REQUESTED, EquipmentStatus.APPROVED, EquipmentStatus.ORDERED)))
                .extracting(EquipmentRequest::getId).containsExactly(second.getId());
        assertThat(equipment.findByPupilIdOrderByRequestedAtDescIdDesc(pupilId)).extracting(EquipmentRequest::getId)
                .containsExactly(second.getId(), first.getId());

        EquipmentRequest stale = equipment.findById(second.getId()).orElseThrow();
        EquipmentRequest fresh = equipment.findById(second.getId()).orElseThrow();
        fresh.decline("Held already", "caseworker.cy", NOW);
        equipment.save(fresh);
        stale.approve(BigDecimal.TEN, "Yes", "caseworker.cy", NOW);
        assertThatThrownBy(() -> equipment.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
