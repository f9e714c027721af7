package org.waymark.attachments.service;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.FileStore;

/** The database file store on H2, chosen by {@code waymark.files.store=database}. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(FileStoreConfiguration.class)
@TestPropertySource(properties = {"waymark.files.store=database", "waymark.attachments.dir=target/unused-files",
        "spring.datasource.url=jdbc:h2:mem:waymark-files;MODE=MySQL;DB_CLOSE_DELAY=-1"})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseFileStoreIT extends DatabaseFileStoreContract {

    @Autowired FileStore configured;

    @Override
    long largeFileBytes() {
        return 6L * 1024 * 1024; // H2 has no packet limit; the MySQL test goes past the server's
    }

    @Test
    void the_property_chooses_the_database_store() {
        assertThat(configured).isInstanceOf(DatabaseFileStore.class);
        String name = configured.write(new byte[] {9, 8, 7});
        assertThat(store.read(name)).containsExactly(9, 8, 7);
        configured.delete(name);
    }
}
