package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditChainCheck;
import org.waymark.audit.service.AuditChainStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.dataprotection.domain.AccessLog;

/** The audit trail's child column and the access log on the embedded default database: H2 in MySQL mode. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditChainStore.class, AuditChainCheck.class, AccessLog.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:audit;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class AuditRepositoryH2IT extends AuditRepositoryContract {
}
