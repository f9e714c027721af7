package org.waymark.attachments.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.waymark.attachments.domain.FileStore;

/**
 * Keeps files in one directory ({@code waymark.attachments.dir}), the single-node default
 * ({@code waymark.files.store=disk}). A file is streamed to a temporary name first and moved into
 * place, so a failed write leaves no half file under a stored name.
 */
public class DiskFileStore implements FileStore {

    private final Path directory;

    public DiskFileStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String write(InputStream content) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".writing-", ".part");
            try {
                Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file", e);
        }
        return name;
    }

    @Override
    public void copyTo(String storedName, OutputStream out) {
        try {
            Files.copy(resolve(storedName), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + storedName, e);
        }
    }

    /** Opens a stored file for streaming (the move to the database reads each file once this way). */
    public InputStream open(String storedName) {
        try {
            return Files.newInputStream(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + storedName, e);
        }
    }

    @Override
    public boolean delete(String storedName) {
        try {
            return Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete file " + storedName, e);
        }
    }

    @Override
    public boolean exists(String storedName) {
        return Files.exists(resolve(storedName));
    }

    /** The stored names in the directory, sorted; other files (a half-written temporary) are left out. */
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(DiskFileStore::isStoredName).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return names;
    }

    private static boolean isStoredName(String name) {
        try {
            FileStore.checkedName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Path resolve(String storedName) {
        return directory.resolve(FileStore.checkedName(storedName));
    }
}
