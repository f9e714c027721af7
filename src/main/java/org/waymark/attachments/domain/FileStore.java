package org.waymark.attachments.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * The port every stored file goes through: attachments, decision letters and meeting records.
 * Files are kept under names the store makes up (random UUIDs, no extension), so nothing a sender
 * chooses ever becomes part of a path or a key. Two implementations, chosen by
 * {@code waymark.files.store} (DD015): {@code disk} (one directory; the single-node default) and
 * {@code database} (BLOB chunks in the portal's database, which every node reads and every
 * database backup includes).
 */
public interface FileStore {

    /** Streams the content in under a new name and gives that name back. */
    String write(InputStream content);

    /** Streams a stored file's content out to {@code out}; an unknown name is an error. */
    void copyTo(String storedName, OutputStream out);

    /** Removes a stored file for good (retention erasure); true when a file was there. */
    boolean delete(String storedName);

    /** Whether a stored file is there. */
    boolean exists(String storedName);

    /** Keeps bytes already in memory (a generated PDF, an upload checked in memory). */
    default String write(byte[] bytes) {
        return write(new ByteArrayInputStream(bytes));
    }

    /** A stored file's bytes, for callers that need them whole (downloads up to the upload limit). */
    default byte[] read(String storedName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyTo(storedName, out);
        return out.toByteArray();
    }

    /** Stored names are UUIDs made by a store; anything else is a bug or tampering and is refused. */
    static String checkedName(String storedName) {
        return UUID.fromString(storedName).toString().equals(storedName.toLowerCase(java.util.Locale.ROOT))
                ? storedName : fail(storedName);
    }

    private static String fail(String storedName) {
        throw new IllegalArgumentException("not a stored file name: " + storedName);
    }
}
