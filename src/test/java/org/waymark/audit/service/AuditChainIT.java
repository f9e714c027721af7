package org.waymark.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on a database of its own (no demo data): rows are sealed into one chain even
 * when written at once from several threads, the database refuses to change or delete a row, a
 * row changed behind the application's back is found as the first broken link, and only an
 * administrator or a data protection officer may run the check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-protect;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class AuditChainIT {

    @Autowired AuditLog audit;
    @Autowired AuditChainCheck check;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "x", "ROLE_" + role));
    }

    private void write(String action, long subject) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> audit.record(action, "PUPIL", subject, "test"));
    }

    /** Runs {@code work} on each of {@code threads} threads (given its number), all let go at once; waits for all. */
    static void atOnce(int threads, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                work.accept(thread);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    @Test
    void rows_written_at_once_from_several_threads_form_one_unbroken_chain() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        int threads = 4;
        int each = 25;
        atOnce(threads, thread -> {
            for (int i = 0; i < each; i++) {
                write("CONCURRENT_" + thread, i);
            }
        });
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        assertThat(after - before).isEqualTo(threads * each);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT chain_seq) FROM audit_event").query(Long.class).single()).isEqualTo(after);
        assertThat(jdbc.sql("SELECT MAX(chain_seq) FROM audit_event").query(Long.class).single()).isEqualTo(after);
        as("admin", "LA_ADMIN");
        AuditChainReport report = check.verify();
        assertThat(report.firstBreak()).isEmpty();
        assertThat(report.checked()).isGreaterThanOrEqualTo(after);
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_audit_row() {
        write("TRIGGER_TEST", 7);
        long id = jdbc.sql("SELECT MAX(id) FROM audit_event WHERE action = 'TRIGGER_TEST'").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone.else' WHERE id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET row_hash = NULL, chain_seq = NULL WHERE id = :id")
                .param("id", id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void a_row_changed_behind_the_applications_back_is_the_first_broken_link() {
        write("TAMPER_TEST", 8);
        write("TAMPER_TEST", 9);
        long id = jdbc.sql("SELECT MIN(id) FROM audit_event WHERE action = 'TAMPER_TEST'").query(Long.class).single();
        long seq = jdbc.sql("SELECT chain_seq FROM audit_event WHERE id = :id").param("id", id).query(Long.class).single();
        as("dpo", "DATA_PROTECTION_OFFICER");
        assertThat(check.verify().intact()).isTrue();
        // someone with the database's owner account drops the trigger and edits a row
        jdbc.sql("DROP TRIGGER audit_event_seal_only").update();
        try {
            jdbc.sql("UPDATE audit_event SET detail = 'nothing happened' WHERE id = :id").param("id", id).update();
            AuditChainReport report = check.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBreak().orElseThrow().id()).isEqualTo(id);
            assertThat(report.firstBreak().orElseThrow().seq()).isEqualTo(seq);
            assertThat(report.summary()).contains("BROKEN").contains("id " + id);
        } finally {
            jdbc.sql("UPDATE audit_event SET detail = 'test' WHERE id = :id").param("id", id).update();
            jdbc.sql("CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW"
                    + " CALL 'org.waymark.audit.domain.AppendOnlyH2Trigger'").update();
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void only_an_administrator_or_data_protection_officer_may_run_the_check_and_the_check_is_audited() {
        as("caseworker", "CASEWORKER");
        assertThatThrownBy(() -> check.verify()).isInstanceOf(AccessDeniedException.class);
        as("dpo", "DATA_PROTECTION_OFFICER");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VERIFY_AUDIT_CHAIN' AND actor = 'dpo'")
                .query(Long.class).single();
        check.verify();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VERIFY_AUDIT_CHAIN' AND actor = 'dpo'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }
}
