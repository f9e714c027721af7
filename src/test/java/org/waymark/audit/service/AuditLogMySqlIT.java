package org.waymark.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.persistence.MySqlTestServer;

/**
 * Audited reads on MySQL/MariaDB with the production settings (the mysql profile). Found by the
 * casework benchmark: audited reads ran in read-only transactions, which H2 lets write but MySQL's
 * driver refuses ("Connection is read-only"), so reading a pupil or a statement failed on MySQL
 * while every test on H2 passed. Audited reads now run in writable transactions, and AuditLog
 * refuses a read-only one on any database so that H2 tests catch the mistake.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditChainStore.class})
@ActiveProfiles("mysql")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditLogMySqlIT {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }

    @Autowired AuditLog auditLog;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void an_audited_read_is_written_in_the_reading_transaction() {
        String action = "READ_TEST_" + System.nanoTime() % 1_000_000;
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> auditLog.record(action, "PUPIL", 42L, "read of a pupil"));
        assertThat(count(action)).isEqualTo(1);
    }

    @Test
    void a_read_only_transaction_is_refused_with_a_clear_message_not_a_driver_error() {
        String action = "READ_TEST_" + System.nanoTime() % 1_000_000;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                status -> auditLog.record(action, "PUPIL", 42L, "read of a pupil")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only transaction");
        assertThat(count(action)).isZero();
    }

    @Autowired AuditChainStore chain;

    /** DD013: the MySQL/MariaDB triggers of V47 refuse changing or deleting a row; sealed rows verify. */
    @Test
    void audit_rows_are_sealed_into_the_chain_and_the_database_refuses_to_change_or_delete_them() {
        String action = "CHAIN_TEST_" + System.nanoTime() % 1_000_000;
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> auditLog.record(action, "PUPIL", 42L, "read of a pupil"));
        long id = jdbc.sql("SELECT MAX(id) FROM audit_event WHERE action = :a").param("a", action).query(Long.class).single();
        assertThat(jdbc.sql("SELECT row_hash FROM audit_event WHERE id = :id").param("id", id).query(String.class).single())
                .hasSize(64);
        assertThat(chain.verify().firstBreak()).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone.else' WHERE id = :id")
                .param("id", id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThat(count(action)).isEqualTo(1);
    }

    private long count(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a").param("a", action)
                .query(Long.class).single();
    }
}
