package org.waymark.asn.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.AsnScenarios;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.service.AccountService;

/**
 * The services are the security boundary of ASN hours: the pupil's school writes, the
 * authority's Education Support Officer decides, everyone else is refused and the refusal
 * audited — another school, another authority, an English authority that does not run the scheme.
 */
@SpringBootTest
@ActiveProfiles("test")
class AsnServiceIT {

    @Autowired HoursRequestService requests;
    @Autowired ScrutinyService scrutiny;
    @Autowired AllocationService allocations;
    @Autowired OrganisationService organisation;
    @Autowired AccountService accounts;
    @Autowired AsnScenarios asn;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private void as(String username) {
        SignIn.as(accounts, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long deniedSchoolAudits(String actor, String action, long schoolId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND subject_type = 'SCHOOL'"
                        + " AND subject_id = :id AND outcome = 'DENIED'")
                .param("a", actor).param("act", action).param("id", String.valueOf(schoolId)).query(Long.class)
                .single();
    }

    @Test
    void the_school_starts_from_the_record_fills_in_and_submits_and_the_head_teacher_may_too() {
        long pupilId = asn.pupilWithPlan();
        as("head.sc");
        long requestId = requests.start(pupilId);
        RequestDetails draft = requests.open(requestId);
        assertThat(draft.mayEdit()).isTrue();
        assertThat(draft.plan()).isNotNull();
        assertThat(draft.plan().assistantRole()).startsWith("Delivers the personal literacy");
        assertThat(draft.plan().outcomesServed()).extracting(o -> o.key()).containsExactly("O1", "O2");
        int lock = requests.save(requestId, draft.lock(), AsnScenarios.eligible());
        as("senco.sc");
        requests.submit(requestId, lock);
        RequestDetails submitted = requests.open(requestId);
        assertThat(submitted.request().getStatus()).isEqualTo(AsnRequestStatus.SUBMITTED);
        assertThat(submitted.request().getPlanVersion()).isEqualTo(1);
        assertThat(submitted.mayEdit()).isFalse();
        assertThat(submitted.check().hoursConsidered()).isEqualByComparingTo("12");
        // one open request per pupil
        assertThatThrownBy(() -> requests.start(pupilId)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::messageKey)
                        .containsExactly("asn.request.alreadyOpen"));
    }

    @Test
    void bad_input_is_refused_on_its_field_and_nothing_is_stored() {
        long pupilId = asn.pupilWithPlan();
        as("senco.sc");
        long requestId = requests.start(pupilId);
        RequestDetails before = requests.open(requestId);
        RequestAnswers bad = AsnScenarios.eligible();
        bad.setSifStage(5);
        bad.setHoursAsked(new BigDecimal("-3"));
        assertThatThrownBy(() -> requests.save(requestId, before.lock(), bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("sifStage", "hoursAsked"));
        RequestDetails after = requests.open(requestId);
        assertThat(after.lock()).isEqualTo(before.lock());
        assertThat(after.request().answers().getHoursAsked()).isNull();
        // a stale screen is a conflict, not an overwrite
        requests.save(requestId, before.lock(), AsnScenarios.eligible());
        assertThatThrownBy(() -> requests.save(requestId, before.lock(), AsnScenarios.eligible()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_plan_without_the_assistants_role_cannot_be_used_and_the_request_stays_with_the_school() {
        long pupilId = asn.freshPupil(AsnScenarios.HOME_SCHOOL);
        asn.agreedPlan(pupilId, false);
        as("senco.sc");
        long requestId = requests.start(pupilId);
        int lock = requests.save(requestId, requests.open(requestId).lock(), AsnScenarios.eligible());
        assertThatThrownBy(() -> requests.submit(requestId, lock)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::messageKey)
                        .containsExactly("asn.rule.noAssistantRole"));
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.DRAFT);
    }

    @Test
    void the_officer_decides_hours_with_reasons_and_the_ledger_records_them_from_the_next_term() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        as("eso.sc");
        RequestDetails seen = requests.open(requestId);
        assertThat(seen.mayDecide()).isTrue();
        assertThatThrownBy(() -> scrutiny.decide(requestId, seen.lock(), new BigDecimal("26"), "Too many"))
                .isInstanceOf(ValidationException.class);
        scrutiny.decide(requestId, seen.lock(), new BigDecimal("10.5"), "The timetable needs ten and a half hours");
        assertThat(requests.open(requestId).request().getStatus()).isEqualTo(AsnRequestStatus.DECIDED);
        Allocation line = allocations.ofPupil(pupilId).lines().getFirst();
        assertThat(line.getStream()).isEqualTo(FundingStream.ASN_HOURS);
        assertThat(line.getAmount()).isEqualByComparingTo("10.5");
        assertThat(line.getSource()).isEqualTo(AllocationSource.SCRUTINY);
        assertThat(line.getSourceId()).isEqualTo(requestId);
        LocalDate today = LocalDate.now(clock);
        LocalDate nextTerm = organisation.calendarOf(demo.authorityOf(pupilId)).termAfter(today)
                .map(Term::startDate).orElseThrow();
        assertThat(line.getStartDate()).isEqualTo(nextTerm);
        // decided once: a second decision on the same screen is a conflict
        assertThatThrownBy(() -> scrutiny.decline(requestId, seen.lock(), "No")).isInstanceOf(ConflictException.class);
    }

    @Test
    void another_school_is_refused_and_audited() {
        long pupilId = asn.freshPupil("Glenarden Primary School");
        as("senco.sc");
        assertThatThrownBy(() -> requests.start(pupilId)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco.sc", "START_ASN_REQUEST", pupilId, "DENIED")).isEqualTo(1);
    }

    @Test
    void another_authority_is_refused_and_audited() {
        long pupilId = asn.pupilWithPlan();
        long requestId = asn.submittedRequest(pupilId);
        long schoolId = demo.schoolId(AsnScenarios.HOME_SCHOOL);
        for (String outsider : new String[] {"senco.cy", "head"}) {
            as(outsider);
            assertThatThrownBy(() -> requests.open(requestId)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(demo.auditCount(outsider, "READ_ASN_REQUEST", pupilId, "DENIED")).isEqualTo(1);
        }
        as("eso");
        assertThatThrownBy(() -> scrutiny.scrutiny(schoolId)).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedSchoolAudits("eso", "READ_ASN_SCRUTINY", schoolId)).isEqualTo(1);
        assertThatThrownBy(() -> scrutiny.decide(requestId, 0, BigDecimal.TEN, "Reasons"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("eso", "DECIDE_ASN_REQUEST", pupilId, "DENIED")).isEqualTo(1);
        // the officer does not see the school's drafts, and the school does not decide
        long draftPupil = asn.pupilWithPlan();
        long draft = asn.as("senco.sc", () -> requests.start(draftPupil));
        as("eso.sc");
        assertThatThrownBy(() -> requests.open(draft)).isInstanceOf(AccessDeniedException.class);
        as("senco.sc");
        assertThatThrownBy(() -> scrutiny.decide(requestId, 0, BigDecimal.TEN, "Reasons"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_english_authority_does_not_run_the_scheme_and_is_refused() {
        long englishPupil = demo.pupilWithoutBids("Larkfield Primary School");
        as("senco");
        assertThat(requests.mayStartRequests()).isFalse();
        assertThatThrownBy(() -> requests.start(englishPupil)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "START_ASN_REQUEST", englishPupil, "DENIED")).isEqualTo(1);
        assertThatThrownBy(() -> requests.requestsOfMySchool()).isInstanceOf(AccessDeniedException.class);
        as("eso");
        assertThatThrownBy(() -> scrutiny.schools()).isInstanceOf(AccessDeniedException.class);
        long englishSchool = demo.schoolId("Larkfield Primary School");
        assertThatThrownBy(() -> scrutiny.scrutiny(englishSchool)).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedSchoolAudits("eso", "READ_ASN_SCRUTINY", englishSchool)).isEqualTo(1);
        as("senco.sc");
        assertThat(requests.mayStartRequests()).isTrue();
    }

    @Test
    void roles_outside_the_process_are_refused_by_method_security() {
        as("family.senco.sc");
        assertThatThrownBy(() -> requests.requestsOfMySchool()).isInstanceOf(AccessDeniedException.class);
        as("caseworker.sc");
        assertThatThrownBy(() -> scrutiny.schools()).isInstanceOf(AccessDeniedException.class);
    }
}
