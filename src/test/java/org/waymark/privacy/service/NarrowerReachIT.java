package org.waymark.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;

/**
 * Narrower reach (issue 20 point 9): finance and inclusion roles see a child's figures, not the
 * diagnoses, plan content or documents; a school keeps read-only access to a pupil who left it
 * for 30 days (on the pinned clock), then none.
 */
@SpringBootTest
@ActiveProfiles("test")
class NarrowerReachIT {

    static final String SCHOOL = "Larkfield Primary School";
    static final String OTHER_SCHOOL = "St Aidan's CE Primary School";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired PupilService pupils;
    @Autowired PlanService plans;
    @Autowired PupilRepository repository;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void finance_and_inclusion_see_figures_but_not_diagnoses_plan_content_or_documents() {
        long child = demo.enrolAt(SCHOOL);
        jdbc.sql("INSERT INTO diagnosis (pupil_id, sort_key, description) VALUES (:p, 0, 'Dyspraxia')")
                .param("p", child).update();
        SignIn.as(accounts, "senco");
        long plan = plans.startPlan(child, PlanType.SEN_SUPPORT);
        Attachment file = plans.attach(plan, AttachmentKind.OTHER, "ot-report.pdf", PDF);

        SignIn.as(accounts, "caseworker");
        assertThat(pupils.get(child).pupil().diagnosisTexts()).containsExactly("Dyspraxia");
        assertThat(plans.open(plan).plan().getId()).isEqualTo(plan);
        assertThat(plans.attachment(plan, file.getId()).bytes()).isEqualTo(PDF);

        for (String figuresOnly : List.of("finance", "inclusion")) {
            SignIn.as(accounts, figuresOnly);
            // the record and its plans' summaries (counts, where each stands) still open
            assertThat(pupils.get(child).pupil().getId()).as(figuresOnly).isEqualTo(child);
            assertThat(pupils.get(child).pupil().diagnosisTexts()).as(figuresOnly).isEmpty();
            assertThat(plans.plansOf(child)).as(figuresOnly).hasSize(1);
            long before = demo.auditCount(figuresOnly, "READ_PLAN", child, "DENIED");
            assertThatThrownBy(() -> plans.open(plan)).as(figuresOnly).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.pdf(plan, java.util.Locale.ENGLISH)).as(figuresOnly)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(demo.auditCount(figuresOnly, "READ_PLAN", child, "DENIED")).isEqualTo(before + 2);
            assertThatThrownBy(() -> plans.attachedFiles(plan)).as(figuresOnly)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.attachment(plan, file.getId())).as(figuresOnly)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long pupilThatMoved(int daysAgo, boolean toAnotherSchool) {
        long id = demo.enrolAt(SCHOOL);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("UPDATE enrolment SET start_date = :d WHERE pupil_id = :p").param("d", today.minusYears(1))
                .param("p", id).update();
        Pupil pupil = repository.findById(id).orElseThrow();
        if (toAnotherSchool) {
            // the old enrolment ends the day before the move
            pupil.moveTo(demo.schoolId(OTHER_SCHOOL), today.minusDays(daysAgo - 1L), EnrolmentEndReason.MOVED_SCHOOL);
        } else {
            pupil.leave(today.minusDays(daysAgo), EnrolmentEndReason.LEFT, null);
        }
        repository.save(pupil);
        return id;
    }

    @Test
    void a_school_reads_a_pupil_who_moved_on_read_only_for_30_days_then_not_at_all() {
        long movedWithin = pupilThatMoved(30, true);
        long movedBefore = pupilThatMoved(31, true);
        long leftWithin = pupilThatMoved(10, false);
        long leftBefore = pupilThatMoved(31, false);
        long stillHere = demo.enrolAt(SCHOOL);

        SignIn.as(accounts, "senco");
        assertThat(pupils.get(stillHere).editable()).isTrue();
        for (long within : List.of(movedWithin, leftWithin)) {
            assertThat(pupils.get(within).pupil().getId()).isEqualTo(within);
            assertThat(pupils.get(within).editable()).isFalse();
            assertThatThrownBy(() -> pupils.forEditing(within)).isInstanceOf(AccessDeniedException.class);
            assertThat(plans.typesCallerMayStart(within)).isEmpty();
        }
        for (long gone : List.of(movedBefore, leftBefore)) {
            long before = demo.auditCount("senco", "READ", gone, "DENIED");
            assertThatThrownBy(() -> pupils.get(gone)).isInstanceOf(AccessDeniedException.class);
            assertThat(demo.auditCount("senco", "READ", gone, "DENIED")).isEqualTo(before + 1);
        }
        // the authority's view of the record does not change
        SignIn.as(accounts, "caseworker");
        assertThat(pupils.get(movedBefore).pupil().getId()).isEqualTo(movedBefore);
    }
}
