package org.waymark.persistence;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same EHC needs assessment repository tests and migrations on a real MySQL-compatible server ({@link MySqlTestServer}). */
@DataJdbcTest
@org.springframework.context.annotation.Import(org.waymark.ehc.domain.EhcDirectory.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EhcRepositoryMySqlIT extends EhcRepositoryContract {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }
}
