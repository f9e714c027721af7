package org.waymark.attachments.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes in one directory under names the server makes up (random UUIDs, no
 * extension), so nothing a sender chooses ever becomes part of a path on the server.
 */
@Component
public class FileStore {

    private final Path directory;

    public FileStore(@Value("${waymark.attachments.dir}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes the bytes under a new name and gives that name back. */
    public String write(byte[] bytes) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Files.write(resolve(name), bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment", e);
        }
        return name;
    }

    public byte[] read(String storedName) {
        try {
            return Files.readAllBytes(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + storedName, e);
        }
    }

    /**
     * Removes a stored file for good (retention erasure); true when a file was there. A name this
     * store never made (not a UUID) is refused as in {@link #read}.
     */
    public boolean delete(String storedName) {
        try {
            return Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + storedName, e);
        }
    }

    /** Whether a stored file is there. */
    public boolean exists(String storedName) {
        return Files.exists(resolve(storedName));
    }

    private Path resolve(String storedName) {
        // stored names are UUIDs made here; anything else is a bug or tampering
        UUID.fromString(storedName);
        return directory.resolve(storedName);
    }
}
