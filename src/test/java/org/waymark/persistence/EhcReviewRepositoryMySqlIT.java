package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.plans.domain.PlanDirectory;

/** The same EHC plan and annual review repository tests on a real MySQL-compatible server ({@link MySqlTestServer}). */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PlanDirectory.class)
class EhcReviewRepositoryMySqlIT extends EhcReviewRepositoryContract {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }
}
