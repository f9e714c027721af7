package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.pupils.domain.PupilDirectory;

/**
 * The same data-core tests and the same Flyway migrations on a real MySQL-compatible server
 * (see {@link MySqlTestServer}).
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PupilDirectory.class, org.waymark.bids.domain.BidDirectory.class, org.waymark.plans.domain.PlanDirectory.class})
class DataCoreMySqlIT extends DataCoreContract {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }
}
