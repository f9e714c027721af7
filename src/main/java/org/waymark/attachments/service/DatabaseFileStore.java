package org.waymark.attachments.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.attachments.domain.FileStore;

/**
 * Keeps files in the portal's database ({@code waymark.files.store=database}, DD015): every node
 * reads the same files and a database backup includes them. A file is cut into chunks of
 * {@link #CHUNK_BYTES} (table {@code stored_file_chunk}), each sent with
 * {@code setBinaryStream} and read back with {@code getBinaryStream}, so at most one chunk is in
 * memory and no file is limited by the server's {@code max_allowed_packet} (16 MiB by default on
 * MariaDB). The chunks and the file's row ({@code stored_file}: size and SHA-256) are written in
 * one transaction, joining the caller's when there is one: a rolled-back upload leaves no file.
 */
public class DatabaseFileStore implements FileStore {

    /** One chunk: far below any server's packet limit, large enough that a 10 MB upload is ten rows. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DatabaseFileStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A stored file's size and checksum as recorded when it was written. */
    public record Stored(String name, long sizeBytes, String sha256, int chunks) {
    }

    @Override
    public String write(InputStream content) {
        String name = UUID.randomUUID().toString();
        put(name, content);
        return name;
    }

    /**
     * Streams content in under a name given (the move from disk keeps each file's name, so the
     * records pointing at it need no change); returns what was recorded.
     */
    public Stored put(String storedName, InputStream content) {
        String name = FileStore.checkedName(storedName);
        Stored stored = transaction.execute(status -> {
            jdbc.update("INSERT INTO stored_file (name, size_bytes, sha256, chunks, stored_at) VALUES (?, 0, ?, 0, ?)",
                    name, "0".repeat(64), Timestamp.from(clock.instant()));
            MessageDigest digest = sha256();
            byte[] buffer = new byte[CHUNK_BYTES];
            long size = 0;
            int seq = 0;
            try (InputStream in = new DigestInputStream(content, digest)) {
                int filled;
                while ((filled = in.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                    int length = filled;
                    int chunk = seq;
                    jdbc.update("INSERT INTO stored_file_chunk (name, seq, bytes) VALUES (?, ?, ?)", ps -> {
                        ps.setString(1, name);
                        ps.setInt(2, chunk);
                        ps.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
                    });
                    size += length;
                    seq++;
                    if (length < CHUNK_BYTES) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the file to store", e);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            jdbc.update("UPDATE stored_file SET size_bytes = ?, sha256 = ?, chunks = ? WHERE name = ?", size, sha, seq, name);
            return new Stored(name, size, sha, seq);
        });
        return java.util.Objects.requireNonNull(stored);
    }

    @Override
    public void copyTo(String storedName, OutputStream out) {
        Stored stored = find(storedName).orElseThrow(
                () -> new UncheckedIOException(new IOException("no stored file " + storedName)));
        for (int seq = 0; seq < stored.chunks(); seq++) {
            int chunk = seq;
            Boolean found = jdbc.query("SELECT bytes FROM stored_file_chunk WHERE name = ? AND seq = ?", rs -> {
                if (!rs.next()) {
                    return false;
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    in.transferTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read file " + storedName, e);
                }
                return true;
            }, stored.name(), chunk);
            if (!Boolean.TRUE.equals(found)) {
                throw new UncheckedIOException(new IOException("file " + storedName + " lacks chunk " + chunk));
            }
        }
    }

    /** What was recorded for a stored name, if the database has it. */
    public Optional<Stored> find(String storedName) {
        String name = FileStore.checkedName(storedName);
        List<Stored> found = jdbc.query("SELECT name, size_bytes, sha256, chunks FROM stored_file WHERE name = ?",
                (rs, row) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4)), name);
        return found.stream().findFirst();
    }

    @Override
    public boolean delete(String storedName) {
        String name = FileStore.checkedName(storedName);
        Integer removed = transaction.execute(status -> {
            jdbc.update("DELETE FROM stored_file_chunk WHERE name = ?", name);
            return jdbc.update("DELETE FROM stored_file WHERE name = ?", name);
        });
        return removed != null && removed > 0;
    }

    @Override
    public boolean exists(String storedName) {
        return find(storedName).isPresent();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
