package org.waymark.attachments.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.persistence.MySqlTestServer;

/**
 * The database file store on MySQL/MariaDB with the production settings (the mysql profile):
 * LONGBLOB chunks, and a file 4 MiB larger than the server's max_allowed_packet streamed in and out.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("mysql")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseFileStoreMySqlIT extends DatabaseFileStoreContract {

    @DynamicPropertySource
    static void mysql(DynamicPropertyRegistry registry) {
        MySqlTestServer.register(registry);
    }

    @Override
    long largeFileBytes() {
        long packet = jdbc.queryForObject("SELECT @@max_allowed_packet", Long.class);
        return packet + 4L * 1024 * 1024;
    }

    @Test
    void the_chunks_are_longblobs() {
        assertThat(jdbc.queryForObject("SELECT LOWER(data_type) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'stored_file_chunk' AND column_name = 'bytes'",
                String.class)).isEqualTo("longblob");
    }
}
