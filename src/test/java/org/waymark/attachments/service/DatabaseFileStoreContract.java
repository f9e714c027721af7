package org.waymark.attachments.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database file store and the move from disk, run on H2 ({@link DatabaseFileStoreIT}) and on
 * MySQL/MariaDB ({@link DatabaseFileStoreMySqlIT}) (issue 21 point 3, DD015).
 */
abstract class DatabaseFileStoreContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ConfigurableApplicationContext context;

    DatabaseFileStore store;

    @BeforeEach
    void store() {
        store = new DatabaseFileStore(jdbc, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A file of this size must go through: on MySQL/MariaDB larger than the server's packet limit. */
    abstract long largeFileBytes();

    @Test
    void a_file_of_several_chunks_goes_in_and_comes_out_the_same_and_is_deleted_for_good() {
        long size = 2L * DatabaseFileStore.CHUNK_BYTES + 12_345;
        String name = store.write(GeneratedFile.of(size, 7));

        DatabaseFileStore.Stored stored = store.find(name).orElseThrow();
        assertThat(stored.sizeBytes()).isEqualTo(size);
        assertThat(stored.chunks()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo(GeneratedFile.sha256(size, 7));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file_chunk WHERE name = ?", Integer.class, name))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT stored_at FROM stored_file WHERE name = ?", java.sql.Timestamp.class, name)
                .toInstant()).isEqualTo(NOW);

        GeneratedFile.Sink out = new GeneratedFile.Sink();
        store.copyTo(name, out);
        assertThat(out.count()).isEqualTo(size);
        assertThat(out.sha256()).isEqualTo(stored.sha256());

        assertThat(store.exists(name)).isTrue();
        assertThat(store.delete(name)).isTrue();
        assertThat(store.exists(name)).isFalse();
        assertThat(store.delete(name)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file_chunk WHERE name = ?", Integer.class, name))
                .isZero();
        assertThatThrownBy(() -> store.read(name)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void small_and_empty_files_keep_their_bytes() {
        byte[] letter = "Annwyl Riant — ŵ ŷ â".getBytes(StandardCharsets.UTF_8);
        String name = store.write(letter);
        assertThat(store.read(name)).isEqualTo(letter);
        String empty = store.write(new byte[0]);
        assertThat(store.read(empty)).isEmpty();
        assertThat(store.find(empty).orElseThrow().chunks()).isZero();
    }

    @Test
    void a_file_larger_than_the_drivers_packet_is_streamed_in_and_out() {
        long size = largeFileBytes();
        String name = store.write(GeneratedFile.of(size, 42));
        GeneratedFile.Sink out = new GeneratedFile.Sink();
        store.copyTo(name, out);
        assertThat(out.count()).isEqualTo(size);
        assertThat(out.sha256()).isEqualTo(GeneratedFile.sha256(size, 42))
                .isEqualTo(store.find(name).orElseThrow().sha256());
        store.delete(name);
    }

    @Test
    void a_write_in_a_transaction_that_rolls_back_leaves_no_file() {
        String[] name = new String[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            name[0] = store.write(new byte[] {1, 2, 3});
            status.setRollbackOnly();
        });
        assertThat(store.exists(name[0])).isFalse();
    }

    @Test
    void names_the_store_did_not_make_are_refused() {
        assertThatThrownBy(() -> store.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("not-a-uuid", GeneratedFile.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_move_from_disk_copies_each_file_once_verifies_it_and_reports_counts(@TempDir Path dir) throws IOException {
        DiskFileStore disk = new DiskFileStore(dir);
        String a = disk.write(GeneratedFile.of(DatabaseFileStore.CHUNK_BYTES + 1, 1));
        String b = disk.write("a decision letter".getBytes(StandardCharsets.UTF_8));
        String c = disk.write(new byte[0]);
        Files.writeString(dir.resolve("notes.txt"), "not a stored file");
        FileMigrationCommand command = new FileMigrationCommand(dir, jdbc, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC), context);

        FileMigrationCommand.Report first = command.migrate();
        assertThat(first.onDisk()).isEqualTo(3);
        assertThat(first.moved()).isEqualTo(3);
        assertThat(first.alreadyThere()).isZero();
        assertThat(first.failed()).isEmpty();
        assertThat(first.summary()).contains("3 on disk, 3 moved and verified, 0 already there");
        assertThat(store.read(b)).isEqualTo(disk.read(b));
        assertThat(store.read(a)).isEqualTo(disk.read(a));
        assertThat(store.read(c)).isEmpty();

        // run again: nothing moved twice
        FileMigrationCommand.Report second = command.migrate();
        assertThat(second.moved()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(3);
        assertThat(second.succeeded()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE name IN (?, ?, ?)", Integer.class, a, b, c))
                .isEqualTo(3);

        // a disk file that differs from the database's file of the same name is reported, not overwritten
        Files.writeString(dir.resolve(b), "changed on disk");
        FileMigrationCommand.Report third = command.migrate();
        assertThat(third.failed()).singleElement().asString().startsWith(b);
        assertThat(third.alreadyThere()).isEqualTo(2);
        assertThat(store.read(b)).isEqualTo("a decision letter".getBytes(StandardCharsets.UTF_8));

        for (String name : new String[] {a, b, c}) {
            store.delete(name);
        }
    }

    @Test
    void an_unknown_name_is_not_there() {
        assertThat(store.exists(UUID.randomUUID().toString())).isFalse();
    }
}
