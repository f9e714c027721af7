package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditChainCheck;
import org.waymark.audit.service.AuditChainStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.dataprotection.domain.AccessLog;

/**
 * The same audit and access-log tests on a real MySQL-compatible server ({@link MySqlTestServer}),
 * with V54.1's MySQL/MariaDB trigger.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditChainStore.class, AuditChainCheck.class, AccessLog.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditRepositoryMySqlIT extends AuditRepositoryContract {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }
}
