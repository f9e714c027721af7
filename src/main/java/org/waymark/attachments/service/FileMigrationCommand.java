package org.waymark.attachments.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Moves files from disk into the database (docs/operations.md, DD015): start the portal once with
 * {@code --waymark.files.migrate=true --spring.main.web-application-type=none}. Every stored file
 * in {@code waymark.attachments.dir} is streamed into the database under its own name (so the
 * records pointing at it need no change), then read back from the database and its SHA-256
 * compared with the file on disk. Running it again moves nothing twice: a file already in the
 * database with the same checksum is counted as already there. Disk files are left in place for
 * the operator to remove once {@code waymark.files.store=database} is running. Prints the counts
 * and exits with 0, or 3 when any file failed.
 */
@Component
@ConditionalOnProperty(name = "waymark.files.migrate", havingValue = "true")
class FileMigrationCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FileMigrationCommand.class);

    private final DiskFileStore disk;
    private final DatabaseFileStore database;
    private final ConfigurableApplicationContext context;

    FileMigrationCommand(@Value("${waymark.attachments.dir}") Path directory, JdbcTemplate jdbc,
                         PlatformTransactionManager transactions, Clock clock, ConfigurableApplicationContext context) {
        this.disk = new DiskFileStore(directory);
        this.database = new DatabaseFileStore(jdbc, transactions, clock);
        this.context = context;
    }

    /** What a run found: files on disk, moved now, already in the database, and those that failed. */
    record Report(int onDisk, int moved, int alreadyThere, List<String> failed) {

        boolean succeeded() {
            return failed.isEmpty();
        }

        String summary() {
            return "Files to database: " + onDisk + " on disk, " + moved + " moved and verified, " + alreadyThere
                    + " already there and verified, " + failed.size() + " failed"
                    + (failed.isEmpty() ? "" : ": " + String.join("; ", failed));
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Report report = migrate();
        System.out.println(report.summary());
        int code = report.succeeded() ? 0 : 3;
        if (!args.containsOption("waymark.files.migrate.keep-running")) {
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        }
    }

    Report migrate() {
        List<String> names = disk.names();
        int moved = 0;
        int already = 0;
        List<String> failed = new ArrayList<>();
        LOG.info("Moving {} files from {} to the database", names.size(), disk.directory());
        for (String name : names) {
            try {
                Optional<DatabaseFileStore.Stored> existing = database.find(name);
                String diskSha;
                if (existing.isPresent()) {
                    diskSha = shaOnDisk(name);
                    if (!diskSha.equals(existing.get().sha256())) {
                        failed.add(name + ": a different file of that name is already in the database");
                        continue;
                    }
                } else {
                    try (InputStream in = disk.open(name)) {
                        diskSha = database.put(name, in).sha256();
                    }
                }
                String readBack = shaInDatabase(name);
                if (!readBack.equals(diskSha)) {
                    failed.add(name + ": read back from the database with checksum " + readBack + ", disk has " + diskSha);
                } else if (existing.isPresent()) {
                    already++;
                } else {
                    moved++;
                }
            } catch (IOException | UncheckedIOException | org.springframework.dao.DataAccessException e) {
                LOG.error("Could not move {}", name, e);
                failed.add(name + ": " + e.getMessage());
            }
        }
        Report report = new Report(names.size(), moved, already, List.copyOf(failed));
        if (report.succeeded()) {
            LOG.info(report.summary());
        } else {
            LOG.error(report.summary());
        }
        return report;
    }

    private String shaOnDisk(String name) throws IOException {
        MessageDigest digest = DatabaseFileStore.sha256();
        try (InputStream in = disk.open(name)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String shaInDatabase(String name) {
        MessageDigest digest = DatabaseFileStore.sha256();
        database.copyTo(name, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return HexFormat.of().formatHex(digest.digest());
    }
}
