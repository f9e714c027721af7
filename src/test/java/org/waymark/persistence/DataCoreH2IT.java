package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.waymark.pupils.domain.PupilDirectory;

/** The data core on the embedded default database: H2 in MySQL mode. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({PupilDirectory.class, org.waymark.bids.domain.BidDirectory.class, org.waymark.plans.domain.PlanDirectory.class})
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:datacore;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class DataCoreH2IT extends DataCoreContract {
}
