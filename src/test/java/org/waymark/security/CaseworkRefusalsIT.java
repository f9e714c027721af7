package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AlnScenarios;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.EhcScenarios;
import org.waymark.KaribuTest;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.PanelService;
import org.waymark.allocations.service.FamilyFundingService;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.ReferralService;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.service.BidModerationService;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.panels.service.AppealService;
import org.waymark.panels.service.LetterService;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.service.PupilService;
import org.waymark.reporting.service.RestrictivePracticeService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;

/**
 * The casework holes of issue 20 (letters, appeals, family funding, EHC requests and reviews,
 * Welsh ALN, restrictive practice): each step tried by a user out of its reach — another
 * authority's officer, another school's head, another family's SENCO, or a figures-only finance or
 * inclusion officer (point 9) — is refused with an {@link AccessDeniedException} and exactly one
 * DENIED audit row more, naming the child where the step is about one. Every call that would
 * change something carries a stale version or input the step refuses, so that a hole would show as
 * a conflict or a validation message and the shared demo data stays as it was.
 */
class CaseworkRefusalsIT extends KaribuTest {

    private static final int STALE = 987_654;

    @Autowired JdbcClient jdbc;
    @Autowired LetterService letters;
    @Autowired AppealService appeals;
    @Autowired FamilyFundingService familyFunding;
    @Autowired BidModerationService moderation;
    @Autowired EhcRequestService ehcRequests;
    @Autowired org.waymark.panels.service.InterimService interims;
    @Autowired EhcReviewService ehcReviews;
    @Autowired AlnService aln;
    @Autowired ReferralService referrals;
    @Autowired org.waymark.aln.service.DisagreementService disagreements;
    @Autowired RestrictivePracticeService restrictive;
    @Autowired PlanService plans;
    @Autowired PupilService pupils;
    @Autowired PanelService panels;
    @Autowired PanelMeetingRepository meetings;
    @Autowired BidScenarios bidScenarios;
    @Autowired AlnScenarios alnScenarios;
    @Autowired DemoPupils demoPupils;

    // ---- England: letters, appeals, family funding ----

    @Test
    void a_panel_decisions_letter_and_appeal_are_refused_out_of_reach() {
        long bidId = bidScenarios.forwardedHln();
        long meetingId = decidedAtMainPanel(bidId);
        Map<String, Object> letter = row("SELECT id, pupil_id, school_id, local_authority_id FROM decision_letter"
                + " WHERE panel_meeting_id = " + meetingId + " AND pupil_id = (SELECT pupil_id FROM bid WHERE id = "
                + bidId + ")");
        long pupilId = id(letter, "PUPIL_ID");
        long la = id(letter, "LOCAL_AUTHORITY_ID");
        long letterId = id(letter, "ID");
        // another authority's officer may not mark the letter sent
        UserScope other = as(Role.CASEWORKER, "letter", otherAuthority(la), null, null);
        refusedNaming(other, pupilId, () -> letters.markSent(letterId, STALE, today()));
        // the letter's own authority passes the check and meets the stale version
        as(Role.CASEWORKER, "letter.own", la, null, null);
        assertThatThrownBy(() -> letters.markSent(letterId, STALE, today())).isInstanceOf(ConflictException.class);

        // another school's head may neither ask for an appeal nor see whom asking would tell
        long school = id(letter, "SCHOOL_ID");
        long otherSchool = jdbc.sql("SELECT MIN(o.id) FROM school o JOIN school s ON s.id = :s"
                + " WHERE o.local_authority_id = s.local_authority_id AND o.id <> s.id").param("s", school)
                .query(Long.class).single();
        UserScope head = as(Role.HEAD_TEACHER, "appeal", authorityOfSchool(otherSchool), null, otherSchool);
        refusedNaming(head, pupilId, () -> appeals.toldOfAsking(bidId));
        refusedNaming(head, pupilId, () -> appeals.ask(bidId, "We disagree with the decision"));
        assertThat(count("SELECT COUNT(*) FROM appeal_request WHERE bid_id = " + bidId)).isZero();
        // the bid's own head teacher may ask (who would be told: the family's SENCOs)
        as(Role.HEAD_TEACHER, "appeal.own", la, null, school);
        assertThat(appeals.toldOfAsking(bidId)).isNotEmpty();
    }

    /** The caseworker lists the forwarded bid at a main panel, which declines it (and any other case) and closes. */
    private long decidedAtMainPanel(long bidId) {
        login("caseworker");
        long meetingId = panels.open(PanelKind.HLN_MAIN, today()).meetingId();
        PanelMeeting meeting = meetings.findById(meetingId).orElseThrow();
        assertThat(meeting.indexOfBid(bidId)).isNotNegative();
        for (int i = 0; i < meeting.getCases().size(); i++) {
            if (!meeting.getCases().get(i).decided()) {
                panels.decide(meetingId, i, new PanelCase.Decision(PanelOutcome.DECLINED, null, null, null, null,
                        "Evidence does not yet show needs at HLN"));
            }
        }
        panels.close(meetingId);
        return meetingId;
    }

    @Test
    void another_familys_senco_may_not_return_afn_nor_read_its_agreed_total() {
        // the family agrees AFN on a bid: an AFN line of the family's
        long bidId = bidScenarios.submittedAfn();
        login("family.senco");
        moderation.agree(bidId, moderation.versionForDecision(bidId), "AFN_MEDIUM", new java.math.BigDecimal("4500"),
                "Two key themes at AFN");
        Map<String, Object> afn = row("SELECT id, pupil_id, family_id FROM allocation WHERE stream = 'AFN'"
                + " AND pupil_id = (SELECT pupil_id FROM bid WHERE id = " + bidId + ") ORDER BY id DESC LIMIT 1");
        long familyId = id(afn, "FAMILY_ID");
        Map<String, Object> other = row("SELECT id, local_authority_id FROM school_family WHERE id <> " + familyId
                + " ORDER BY id LIMIT 1");
        UserScope senco = as(Role.FAMILY_SENCO, "afn", id(other, "LOCAL_AUTHORITY_ID"), id(other, "ID"), null);
        String endBefore = String.valueOf(jdbc.sql("SELECT end_date FROM allocation WHERE id = :id")
                .param("id", id(afn, "ID")).query(String.class).single());
        refusedNaming(senco, id(afn, "PUPIL_ID"), () -> familyFunding.returnAfn(id(afn, "ID")));
        assertThat(String.valueOf(jdbc.sql("SELECT end_date FROM allocation WHERE id = :id")
                .param("id", id(afn, "ID")).query(String.class).single())).isEqualTo(endBefore);
        // a family's figures, no child's: refused and audited against the family
        long before = denied(senco.username());
        long againstFamily = count("SELECT COUNT(*) FROM audit_event WHERE actor = '" + senco.username()
                + "' AND outcome = 'DENIED' AND subject_type = 'FAMILY' AND subject_id = '" + familyId + "'");
        assertThatThrownBy(() -> moderation.agreedAfn(familyId, 2026)).isInstanceOf(AccessDeniedException.class);
        assertThat(denied(senco.username())).isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = '" + senco.username()
                + "' AND outcome = 'DENIED' AND subject_type = 'FAMILY' AND subject_id = '" + familyId + "'"))
                .isEqualTo(againstFamily + 1);
    }

    // ---- England: EHC requests and annual reviews ----

    @Test
    void an_ehc_request_is_recorded_only_by_an_officer_of_the_childs_english_authority() {
        Map<String, Object> pupil = firstEnglishPupil();
        long pupilId = id(pupil, "ID");
        long la = id(pupil, "LOCAL_AUTHORITY_ID");
        long welsh = jdbc.sql("SELECT MIN(id) FROM local_authority WHERE nation = 'WALES'").query(Long.class).single();
        long otherEnglish = jdbc.sql("SELECT MIN(id) FROM local_authority WHERE nation = 'ENGLAND' AND id <> :la")
                .param("la", la).query(Long.class).single();
        var complete = new EhcRequestService.RequestInput(pupilId, RequestSource.PARENT, "A parent", "",
                "Needs help with reading and writing.", Set.of(AreaOfNeed.COGNITION_LEARNING), today());
        // blank reasons: a hole would answer with the field's message, telling the child exists
        var incomplete = new EhcRequestService.RequestInput(pupilId, RequestSource.PARENT, "A parent", "", "",
                Set.of(), today());
        UserScope welshOfficer = as(Role.CASEWORKER, "ehc.wales", welsh, null, null);
        refusedNaming(welshOfficer, pupilId, () -> ehcRequests.record(incomplete));
        UserScope englishOfficer = as(Role.CASEWORKER, "ehc.england", otherEnglish, null, null);
        refusedNaming(englishOfficer, pupilId, () -> ehcRequests.record(complete));
        refusedNaming(englishOfficer, pupilId, () -> ehcRequests.record(incomplete));
        // the child's own authority passes the check and hears what is missing
        as(Role.CASEWORKER, "ehc.own", la, null, null);
        assertThatThrownBy(() -> ehcRequests.record(incomplete))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }

    @Test
    void an_ehc_request_is_asked_only_by_the_childs_school_or_parent_before_the_input_is_judged() {
        Map<String, Object> pupil = firstEnglishPupil();
        long pupilId = id(pupil, "ID");
        Map<String, Object> own = row("SELECT id, family_id, local_authority_id FROM school WHERE id = "
                + id(pupil, "SCHOOL_ID"));
        Map<String, Object> other = row("SELECT MIN(o.id) AS id, MIN(o.family_id) AS family_id FROM school o"
                + " WHERE o.family_id = " + id(own, "FAMILY_ID") + " AND o.id <> " + id(own, "ID"));
        // blank reasons and no needs: a hole would answer with the fields' messages before the refusal
        var incomplete = new EhcRequestService.RequestInput(pupilId, RequestSource.SCHOOL, "", "", "", Set.of(),
                null);
        refusedNaming(as(Role.SCHOOL_SENCO, "ehc.request.other", id(own, "LOCAL_AUTHORITY_ID"), id(other, "FAMILY_ID"),
                id(other, "ID")), pupilId, () -> ehcRequests.request(incomplete));
        // the child's own school passes the check and hears what is missing
        as(Role.SCHOOL_SENCO, "ehc.request.own", id(own, "LOCAL_AUTHORITY_ID"), id(own, "FAMILY_ID"), id(own, "ID"));
        assertThatThrownBy(() -> ehcRequests.request(incomplete))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }

    @Test
    void an_interim_decision_is_refused_without_the_chairs_seat_and_for_another_authoritys_child() {
        Map<String, Object> pupil = firstEnglishPupil();
        long pupilId = id(pupil, "ID");
        var request = new org.waymark.panels.service.InterimService.InterimRequest(pupilId,
                org.waymark.panels.domain.InterimGround.TRIBUNAL_ORDER, null, new java.math.BigDecimal("5000"),
                today().plusMonths(2), "Tribunal order");
        // an officer of the child's own authority who holds no seat on its main panel
        UserScope unseated = as(Role.CASEWORKER, "interim.unseated", id(pupil, "LOCAL_AUTHORITY_ID"), null, null);
        refusedNaming(unseated, pupilId, () -> interims.decide(request));
        refusedNaming(unseated, pupilId, () -> interims.toldOfDecision(pupilId));
        // the chair of another authority's main panel (the Welsh demo county's lead officer)
        UserScope chair = org.waymark.SignIn.as(accounts, "lead.send.cy").scope();
        assertThat(interims.mayDecide()).as("the Welsh lead officer holds the chair's seat").isTrue();
        refusedNaming(chair, pupilId, () -> interims.decide(request));
        refusedNaming(chair, pupilId, () -> interims.toldOfDecision(pupilId));
    }

    @Test
    void a_panel_seat_is_only_for_a_staff_member_of_the_officers_own_authority() {
        // the steps on the caller's own standing panel take no id of another's record but a person's:
        // a person of another authority is unknown there, and the panels stay as they were
        long welshOfficer = jdbc.sql("SELECT id FROM app_user WHERE username = 'caseworker.cy'").query(Long.class)
                .single();
        org.waymark.SignIn.as(accounts, "caseworker");
        long seatsBefore = count("SELECT COUNT(*) FROM panel_seat WHERE user_id = " + welshOfficer);
        assertThatThrownBy(() -> panels.seat(PanelKind.HLN_MAIN, welshOfficer,
                org.waymark.panels.domain.SeatCapacity.OFFICER, org.waymark.panels.domain.SeatRole.MEMBER))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        assertThat(count("SELECT COUNT(*) FROM panel_seat WHERE user_id = " + welshOfficer)).isEqualTo(seatsBefore);
    }

    @Test
    void an_annual_review_letter_is_not_for_the_figures_only_roles() {
        Map<String, Object> plan = row("SELECT id, pupil_id, local_authority_id FROM support_plan"
                + " WHERE plan_type = 'EHCP' ORDER BY id LIMIT 1");
        long planId = id(plan, "ID");
        long reviewId = jdbc.sql("SELECT COALESCE(MIN(id), -1) FROM ehc_annual_review WHERE support_plan_id = :p")
                .param("p", planId).query(Long.class).single();
        for (Role role : new Role[] {Role.FINANCE_OFFICER, Role.INCLUSION_TEAM}) {
            UserScope user = as(role, "review", id(plan, "LOCAL_AUTHORITY_ID"), null, null);
            refusedNaming(user, id(plan, "PUPIL_ID"), () -> ehcReviews.letter(planId, reviewId));
            // the review's page offers no letter to them
            assertThat(ehcReviews.annualReview(planId).letter()).isFalse();
        }
    }

    // ---- Wales: the ALN process ----

    @Test
    void another_schools_senco_may_not_draft_an_idp_nor_learn_the_decisions_outcome() {
        // an open case: a hole would tell its outcome (or hand over its plan)
        long decisionId = alnScenarios.concern(alnScenarios.freshPupil(AlnScenarios.SCHOOL));
        Map<String, Object> decision = row("SELECT id, pupil_id, school_id FROM aln_decision WHERE id = " + decisionId);
        long school = id(decision, "SCHOOL_ID");
        long otherSchool = jdbc.sql("SELECT MIN(o.id) FROM school o JOIN school s ON s.id = :s"
                + " WHERE o.local_authority_id = s.local_authority_id AND o.id <> s.id").param("s", school)
                .query(Long.class).single();
        UserScope senco = as(Role.SCHOOL_SENCO, "idp", authorityOfSchool(otherSchool), null, otherSchool);
        refusedNaming(senco, id(decision, "PUPIL_ID"), () -> aln.draftIdp(id(decision, "ID")));
    }

    @Test
    void a_referral_is_recorded_only_by_an_officer_of_the_childs_authority_and_the_refusal_names_the_child() {
        Map<String, Object> pupil = row("SELECT p.id, p.local_authority_id FROM pupil p JOIN local_authority a"
                + " ON a.id = p.local_authority_id WHERE a.nation = 'WALES' ORDER BY p.id LIMIT 1");
        long pupilId = id(pupil, "ID");
        long english = jdbc.sql("SELECT MIN(id) FROM local_authority WHERE nation = 'ENGLAND'").query(Long.class)
                .single();
        UserScope officer = as(Role.CASEWORKER, "referral", english, null, null);
        refusedNaming(officer, pupilId, () -> referrals.record(new ReferralService.ReceivedInput(pupilId,
                ReferralSource.PARENT, "A parent", today(), "Struggles with reading.")));
        refusedNaming(officer, pupilId, () -> referrals.record(new ReferralService.ReceivedInput(pupilId,
                null, "", null, "")));
        // the child's own authority passes the check and hears what is missing
        as(Role.CASEWORKER, "referral.own", id(pupil, "LOCAL_AUTHORITY_ID"), null, null);
        assertThatThrownBy(() -> referrals.record(new ReferralService.ReceivedInput(pupilId, null, "", null, "")))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }

    // ---- point 9: the figures-only roles ----

    @Test
    void restrictive_practice_is_not_for_the_figures_only_roles_and_their_pupil_page_does_not_link_it() {
        // a new pupil of an English school, with an incident its SENCO records
        long newPupil = demoPupils.enrolAt(EhcScenarios.SCHOOL);
        Map<String, Object> incident = row("SELECT id AS pupil_id, school_id, local_authority_id FROM pupil WHERE id = "
                + newPupil);
        as(Role.SCHOOL_SENCO, "restrictive.school", id(incident, "LOCAL_AUTHORITY_ID"), null,
                id(incident, "SCHOOL_ID"));
        restrictive.record(newPupil, new org.waymark.reporting.domain.RestrictiveIncident.Facts(
                org.waymark.reporting.domain.RestrictiveKind.PHYSICAL_INTERVENTION,
                clock.instant().minus(java.time.Duration.ofDays(1)), 5, "Mr Oakes (class teacher)",
                "Held by the arms for a short time until calm."));
        long pupilId = id(incident, "PUPIL_ID");
        for (Role role : new Role[] {Role.FINANCE_OFFICER, Role.INCLUSION_TEAM}) {
            UserScope user = as(role, "restrictive", id(incident, "LOCAL_AUTHORITY_ID"), null, null);
            refusedNaming(user, pupilId, () -> restrictive.incidents(pupilId));
            long before = denied(user.username());
            assertThat(pupils.holdings(pupilId)).noneMatch(h -> h.id().equals("restrictive"));
            assertThat(denied(user.username())).as("the pupil page asks nothing it is refused").isEqualTo(before);
            assertThatThrownBy(() -> UI.getCurrent().navigate("pupils/" + pupilId + "/restrictive-practice"))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        // a content reader of the same authority still reads them
        as(Role.CASEWORKER, "restrictive.own", id(incident, "LOCAL_AUTHORITY_ID"), null, null);
        assertThat(restrictive.incidents(pupilId)).isNotEmpty();
    }

    @Test
    void an_aln_case_its_letter_and_disagreements_are_not_for_the_figures_only_roles_nor_on_their_aln_page() {
        // a case the school decides: no ALN, with its letter
        long alnPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        long decided = alnScenarios.concern(alnPupil);
        aln.decide(decided, alnScenarios.version(decided), AlnScenarios.input(false, false, null), null);
        Map<String, Object> decision = row("SELECT id, pupil_id, local_authority_id, outcome FROM aln_decision"
                + " WHERE id = " + decided);
        assertThat(decision.get("OUTCOME")).isEqualTo("NO_ALN");
        long decisionId = id(decision, "ID");
        long pupilId = id(decision, "PUPIL_ID");
        for (Role role : new Role[] {Role.FINANCE_OFFICER, Role.INCLUSION_TEAM}) {
            UserScope user = as(role, "aln", id(decision, "LOCAL_AUTHORITY_ID"), null, null);
            refusedNaming(user, pupilId, () -> aln.decision(decisionId));
            refusedNaming(user, pupilId, () -> aln.noAlnLetter(decisionId));
            refusedNaming(user, pupilId, () -> disagreements.forPupil(pupilId));
            // the pupil's ALN page shows where the cases stand, with no link to open one or a letter
            assertThat(aln.pupil(pupilId).detailsShown()).isFalse();
            long before = denied(user.username());
            UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
            assertThat(LocatorJ._find(com.vaadin.flow.component.Component.class, spec -> spec.withId("aln-cases")))
                    .hasSize(1);
            assertThat(LocatorJ._find(RouterLink.class)).noneMatch(link -> link.getHref().startsWith("aln/"));
            assertThat(LocatorJ._find(com.vaadin.flow.component.Component.class,
                    spec -> spec.withId("aln-disagreements"))).isEmpty();
            assertThat(LocatorJ._find(com.vaadin.flow.component.Component.class,
                    spec -> spec.withId("aln-letter-" + decisionId))).isEmpty();
            assertThat(denied(user.username())).as("the ALN page asks nothing it is refused").isEqualTo(before);
            assertThatThrownBy(() -> UI.getCurrent().navigate("aln/decisions/" + decisionId))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        as(Role.SCHOOL_SENCO, "aln.own", id(decision, "LOCAL_AUTHORITY_ID"), null, schoolOfPupil(pupilId));
        assertThat(aln.pupil(pupilId).detailsShown()).isTrue();
    }

    @Test
    void comparing_plan_versions_is_not_for_the_figures_only_roles() {
        Map<String, Object> plan = row("SELECT id, pupil_id, local_authority_id FROM support_plan ORDER BY id LIMIT 1");
        for (Role role : new Role[] {Role.FINANCE_OFFICER, Role.INCLUSION_TEAM}) {
            UserScope user = as(role, "compare", id(plan, "LOCAL_AUTHORITY_ID"), null, null);
            refusedNaming(user, id(plan, "PUPIL_ID"), () -> plans.compare(id(plan, "ID"), 1, 1));
        }
    }

    // ---- helpers ----

    /** Refused with an AccessDeniedException and exactly one DENIED row more for the user, naming the child. */
    private void refusedNaming(UserScope user, long pupilId, ThrowingCallable call) {
        long before = denied(user.username());
        long naming = count("SELECT COUNT(*) FROM audit_event WHERE actor = '" + user.username()
                + "' AND outcome = 'DENIED' AND pupil_id = " + pupilId);
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        assertThat(denied(user.username())).as("one DENIED row more for " + user.username()).isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = '" + user.username()
                + "' AND outcome = 'DENIED' AND pupil_id = " + pupilId)).as("the DENIED row names the child")
                .isEqualTo(naming + 1);
    }

    /** A user made for the test holding the one role, placed as given, signed in (the routes see the role too). */
    private UserScope as(Role role, String tag, @Nullable Long authority, @Nullable Long family,
                         @Nullable Long school) {
        String username = "refusals." + tag + "." + role.name().toLowerCase(Locale.ROOT);
        UserScope scope = new UserScope(-2_000L - role.ordinal(), username, "Refusals " + role, Set.of(role),
                authority, family, school, Set.of(), Locale.UK);
        // the mocked request carries the same user, so the routes' role checks see the role
        return org.waymark.SignIn.inMockedUi(scope, role);
    }

    /** The first pupil of an English authority: its id, school and authority. */
    private Map<String, Object> firstEnglishPupil() {
        return row("SELECT p.id, p.school_id, p.local_authority_id FROM pupil p JOIN local_authority a"
                + " ON a.id = p.local_authority_id WHERE a.nation = 'ENGLAND' ORDER BY p.id LIMIT 1");
    }

    private Map<String, Object> row(String sql) {
        return jdbc.sql(sql).query().singleRow();
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) Objects.requireNonNull(row.get(column), column)).longValue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long denied(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED'").param("a", actor)
                .query(Long.class).single();
    }

    private long otherAuthority(long la) {
        return jdbc.sql("SELECT MIN(id) FROM local_authority WHERE id <> :la").param("la", la).query(Long.class)
                .single();
    }

    private long authorityOfSchool(long school) {
        return jdbc.sql("SELECT local_authority_id FROM school WHERE id = :s").param("s", school).query(Long.class)
                .single();
    }

    private long schoolOfPupil(long pupilId) {
        return jdbc.sql("SELECT school_id FROM pupil WHERE id = :p").param("p", pupilId).query(Long.class).single();
    }
}
