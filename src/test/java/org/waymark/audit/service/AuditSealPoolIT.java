package org.waymark.audit.service;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit rows are sealed after their transaction commits, while that transaction's connection is
 * still held, and sealing takes a second connection. With more writers than the pool has
 * connections, callers that each waited for the sealer held every connection while waiting for one
 * more, until the pool timed out: at 1,000 users, most requests failed that way
 * (docs/performance.md, "Concurrent users"). Here the pool has two connections and a one-second
 * timeout, and eight threads write at once. No thread may run out of connections, and every row
 * must end sealed into one chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-seal-pool;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=1000",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AuditSealPoolIT {

    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void more_writers_than_connections_never_wait_for_a_connection_to_seal(CapturedOutput output) throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        int threads = 8;
        int each = 20;
        AuditChainIT.atOnce(threads, thread -> {
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("writer" + thread, "x", "ROLE_LA_CASEWORKER"));
            for (int i = 0; i < each; i++) {
                int subject = i;
                new TransactionTemplate(transactions).executeWithoutResult(
                        s -> audit.record("POOL_" + thread, "PUPIL", subject, "test"));
            }
        });
        assertThat(output.getAll()).doesNotContain("Connection is not available");
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        assertThat(after - before).isEqualTo(threads * each);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT MAX(chain_seq) FROM audit_event").query(Long.class).single()).isEqualTo(after);
    }
}
