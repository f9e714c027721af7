package org.waymark.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
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
import org.waymark.attachments.domain.FileStore;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.privacy.domain.RecordKind;
import org.waymark.privacy.domain.RetentionRun;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;

/**
 * The retention rule on a pinned date: a pupil born 31 years and a day before it is erased with
 * their plan, attachment and its stored file, their ledger line kept without them; one born 31
 * years less a day before it is kept; the run report counts exactly that.
 */
@SpringBootTest
@ActiveProfiles("test")
class RetentionServiceIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired RetentionService retention;
    @Autowired PlanService plans;
    @Autowired AccountService accounts;
    @Autowired SystemUser systemUser;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired FileStore files;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long pupilBorn(LocalDate born) {
        long id = demo.enrolAt("Larkfield Primary School");
        jdbc.sql("UPDATE pupil SET date_of_birth = :d WHERE id = :id").param("d", born).param("id", id).update();
        return id;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** What the dashboards' summaries count: the authority's pupils (by group), the school's, the authority's plans. */
    private List<Long> counted(long la, long school) {
        return List.of(count("SELECT COALESCE(SUM(pupils), 0) FROM report_pupil_group WHERE local_authority_id = :id", la),
                count("SELECT COALESCE(SUM(pupils), 0) FROM report_pupil_school WHERE school_id = :id", school),
                count("SELECT COALESCE(SUM(plans), 0) FROM report_plan_group WHERE local_authority_id = :id", la));
    }

    @Test
    void a_pupil_past_date_of_birth_plus_31_years_is_erased_with_records_and_files_and_the_run_counts_it() {
        LocalDate today = LocalDate.of(2026, 11, 18);
        long due = pupilBorn(today.minusYears(31).minusDays(1));
        long kept = pupilBorn(today.minusYears(31).plusDays(1));
        SignIn.as(accounts, "senco");
        long duePlan = plans.startPlan(due, PlanType.SEN_SUPPORT);
        Attachment file = plans.attach(duePlan, AttachmentKind.OTHER, "report.pdf", PDF);
        long keptPlan = plans.startPlan(kept, PlanType.SEN_SUPPORT);
        SecurityContextHolder.clearContext();
        assertThat(files.exists(file.getStoredName())).isTrue();
        long la = count("SELECT local_authority_id FROM pupil WHERE id = :id", due);
        jdbc.sql("INSERT INTO allocation (local_authority_id, pupil_id, stream, amount, start_date, end_date, source,"
                        + " source_id, decided_on, created_at, created_by) VALUES (:la, :p, 'HLN', 1234.50, :s, :e,"
                        + " 'INTERIM', 0, :s, :at, 'test')")
                .param("la", la).param("p", due).param("s", today.minusYears(20)).param("e", today.minusYears(19))
                .param("at", Timestamp.from(clock.instant())).update();
        long school = count("SELECT school_id FROM pupil WHERE id = :id", due);
        List<Long> countedBefore = counted(la, school);

        RetentionRun run = systemUser.as(systemPrincipal(), () -> retention.run(today));

        // the dashboards' summaries lose the erased pupil and their plan (and only those: the kept pupil, at the same
        // school, and their plan stay)
        assertThat(counted(la, school)).containsExactly(countedBefore.get(0) - 1, countedBefore.get(1) - 1,
                countedBefore.get(2) - 1);

        assertThat(count("SELECT COUNT(*) FROM pupil WHERE id = :id", due)).isZero();
        assertThat(count("SELECT COUNT(*) FROM support_plan WHERE pupil_id = :id", due)).isZero();
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE support_plan_id = :id", duePlan)).isZero();
        assertThat(count("SELECT COUNT(*) FROM attachment WHERE pupil_id = :id", due)).isZero();
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE pupil_id = :id", due)).isZero();
        assertThat(files.exists(file.getStoredName())).isFalse();
        // the ledger keeps the amount, no longer the child
        assertThat(jdbc.sql("SELECT amount FROM allocation WHERE source = 'INTERIM' AND pupil_id IS NULL"
                + " AND created_by = 'test' AND local_authority_id = :la").param("la", la).query(BigDecimal.class)
                .list()).contains(new BigDecimal("1234.50"));
        assertThat(count("SELECT COUNT(*) FROM allocation WHERE pupil_id = :id", due)).isZero();

        assertThat(count("SELECT COUNT(*) FROM pupil WHERE id = :id", kept)).isOne();
        assertThat(count("SELECT COUNT(*) FROM support_plan WHERE id = :id", keptPlan)).isOne();

        assertThat(run.erased(RecordKind.PUPIL)).isEqualTo(1);
        assertThat(run.erased(RecordKind.FILE)).isEqualTo(1);
        assertThat(run.anonymised(RecordKind.LEDGER_LINE)).isEqualTo(1);
        // the pupil's enrolment, need, plan, its version and step, the attachment at least
        assertThat(run.erased(RecordKind.PUPIL_LINKED)).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASE' AND subject_type = 'PUPIL'"
                + " AND subject_id = CAST(:id AS VARCHAR(20)) AND outcome = 'ALLOWED'", due)).isOne();

        // the report is the authority administrator's to read, nobody else's
        SignIn.as(accounts, "admin");
        assertThat(retention.latestRuns(10)).extracting(RetentionRun::id).contains(run.id());
        RetentionRun shown = retention.latestRuns(10).stream().filter(r -> r.id() == run.id()).findFirst().orElseThrow();
        assertThat(shown.erased(RecordKind.PUPIL)).isEqualTo(1);
        assertThat(shown.lines()).extracting(RetentionRun.Line::rule).contains(RetentionService.RULE_BIRTH + "31");
        SignIn.as(accounts, "senco");
        assertThatThrownBy(() -> retention.latestRuns(10)).isInstanceOf(AccessDeniedException.class);
    }

    private void oldNotice(String recipient, boolean withMail) {
        Timestamp old = Timestamp.valueOf("2020-01-06 09:00:00");
        jdbc.sql("INSERT INTO notice (recipient, message_key, arguments, link, created_at) VALUES (:r, 'notice.test',"
                + " '', 'home', :at)").param("r", recipient).param("at", old).update();
        if (withMail) {
            long notice = jdbc.sql("SELECT MAX(id) FROM notice WHERE recipient = :r").param("r", recipient)
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO outbox_mail (recipient, notice_id, message_key, link, digest, status, created_at,"
                            + " due_at) VALUES (:r, :n, 'notice.test', 'home', FALSE, 'SENT', :at, :at)")
                    .param("r", recipient).param("n", notice).param("at", old).update();
        }
    }

    private RetentionRun shownTo(String admin, long runId) {
        SignIn.as(accounts, admin);
        try {
            return retention.latestRuns(10).stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Point 8: one run erases two authorities' records; each authority's administrator sees their part only. */
    @Test
    void each_authoritys_administrator_sees_only_their_authoritys_part_of_a_run() {
        LocalDate today = LocalDate.of(2026, 11, 18);
        // whatever earlier tests left due goes first, so this run counts exactly what is made here
        systemUser.as(systemPrincipal(), () -> retention.run(today));
        LocalDate born = today.minusYears(31).minusDays(1);
        long english = pupilBorn(born);
        long welsh = demo.enrolAt("Cwm Tawel Primary School");
        long welshToo = demo.enrolAt("Cwm Tawel Primary School");
        for (long id : new long[] {welsh, welshToo}) {
            jdbc.sql("UPDATE pupil SET date_of_birth = :d WHERE id = :id").param("d", born).param("id", id).update();
        }
        assertThat(demo.authorityOf(welsh)).isNotEqualTo(demo.authorityOf(english));
        oldNotice("senco", true);
        oldNotice("senco.cy", false);
        oldNotice("parent.cy", false);            // a parent: their linked child's authority
        oldNotice("nobody.anywhere", false);      // no account: in the run's total only

        RetentionRun run = systemUser.as(systemPrincipal(), () -> retention.run(today));
        assertThat(run.erased(RecordKind.PUPIL)).isEqualTo(3);
        assertThat(run.erased(RecordKind.NOTICE)).isEqualTo(4);
        assertThat(run.erased(RecordKind.OUTBOX_MAIL)).isEqualTo(1);

        RetentionRun england = shownTo("admin", run.id());
        RetentionRun wales = shownTo("admin.cy", run.id());
        RetentionRun scotland = shownTo("admin.sc", run.id());
        assertThat(england.erased(RecordKind.PUPIL)).isEqualTo(1);
        assertThat(england.erased(RecordKind.NOTICE)).isEqualTo(1);
        assertThat(england.erased(RecordKind.OUTBOX_MAIL)).isEqualTo(1);
        assertThat(wales.erased(RecordKind.PUPIL)).isEqualTo(2);
        assertThat(wales.erased(RecordKind.NOTICE)).isEqualTo(2);
        assertThat(wales.erased(RecordKind.OUTBOX_MAIL)).isZero();
        assertThat(england.erased(RecordKind.PUPIL_LINKED)).isPositive();
        assertThat(england.erased(RecordKind.PUPIL_LINKED) + wales.erased(RecordKind.PUPIL_LINKED))
                .isEqualTo(run.erased(RecordKind.PUPIL_LINKED));
        // an authority none of whose records were due sees the run, with nothing of anyone else's
        assertThat(scotland.lines()).isEmpty();
        assertThat(scotland.erased(RecordKind.PUPIL)).isZero();
    }

    @Test
    void a_run_with_nothing_due_erases_nothing() {
        LocalDate today = LocalDate.of(2026, 11, 18);
        long kept = pupilBorn(today.minusYears(31));
        RetentionRun run = systemUser.as(systemPrincipal(), () -> retention.run(today));
        assertThat(count("SELECT COUNT(*) FROM pupil WHERE id = :id", kept)).isOne();
        assertThat(run.erased(RecordKind.PUPIL)).isZero();
    }

    private static org.waymark.security.service.WaymarkUserDetails systemPrincipal() {
        return new org.waymark.security.service.WaymarkUserDetails(new org.waymark.security.domain.UserScope(0,
                SystemUser.NAME, "Waymark", java.util.Set.of(), null, null, null, java.util.Set.of(),
                java.util.Locale.ENGLISH));
    }
}
