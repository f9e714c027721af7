package org.waymark.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The one upload handler of the portal (DD013): the file streams to a temporary file with a hard
 * cap enforced on the server, whatever the browser's own limit says. A file that says it is larger
 * than the cap is refused before a byte is read; one that turns out larger is refused as soon as
 * the cap is passed, the rest of the body is not read, and the partial file is deleted. Vaadin's
 * multipart parsing is told the same limits ({@link #getFileSizeMax()}, {@link #getRequestSizeMax()}),
 * and Spring's multipart limits (application.properties) bound the request as a whole. An accepted
 * file is handed over (inside the UI's lock) as at most {@code maxBytes} bytes and its temporary
 * file deleted afterwards.
 */
public final class CappedUpload implements UploadHandler {

    /** The cap for CSV imports (frameworks, outcomes, calendars): far above any real one. */
    public static final long IMPORT_MAX_BYTES = 5L * 1024 * 1024;

    /** Room for the multipart headers around one file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    /** Takes an accepted file. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, byte[] bytes);
    }

    /**
     * Takes an accepted file as its temporary file, to stream from (large imports: memory stays
     * bounded whatever the cap); the file is deleted when the receiver returns.
     */
    @FunctionalInterface
    public interface FileReceiver {
        void receive(String fileName, Path file) throws IOException;
    }

    /** Told (inside the UI's lock) that a file was refused for its size. */
    @FunctionalInterface
    public interface TooLarge {
        void refused(String fileName, long maxBytes);
    }

    private final long maxBytes;
    private final FileReceiver receiver;
    private final TooLarge tooLarge;
    private final Path directory;

    public CappedUpload(long maxBytes, Receiver receiver, TooLarge tooLarge) {
        this(maxBytes, receiver, tooLarge, Path.of(System.getProperty("java.io.tmpdir")));
    }

    CappedUpload(long maxBytes, Receiver receiver, TooLarge tooLarge, Path directory) {
        this(maxBytes, tooLarge, directory, (name, file) -> receiver.receive(name, Files.readAllBytes(file)));
    }

    /** An upload whose accepted file is handed over as its temporary file, not as bytes. */
    public static CappedUpload streaming(long maxBytes, FileReceiver receiver, TooLarge tooLarge) {
        return new CappedUpload(maxBytes, tooLarge, Path.of(System.getProperty("java.io.tmpdir")), receiver);
    }

    static CappedUpload streaming(long maxBytes, FileReceiver receiver, TooLarge tooLarge, Path directory) {
        return new CappedUpload(maxBytes, tooLarge, directory, receiver);
    }

    private CappedUpload(long maxBytes, TooLarge tooLarge, Path directory, FileReceiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
        this.directory = directory;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + REQUEST_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        Optional<Path> kept;
        try (InputStream in = event.getInputStream()) {
            kept = streamToTempFile(in, event.getFileSize(), maxBytes, directory);
        }
        UI ui = event.getUI();
        if (kept.isEmpty()) {
            event.reject("file larger than " + maxBytes + " bytes");
            ui.access(() -> tooLarge.refused(name, maxBytes));
            return;
        }
        Path file = kept.get();
        ui.access(() -> {
            try {
                receiver.receive(name, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(file);
            }
        });
    }

    /**
     * Copies the stream to a new temporary file in {@code directory} unless it is (or says it is)
     * larger than {@code maxBytes}: then nothing is kept, reading stops at the first byte past the
     * cap, and empty is returned. {@code declaredSize} below zero means unknown.
     */
    public static Optional<Path> streamToTempFile(InputStream in, long declaredSize, long maxBytes, Path directory)
            throws IOException {
        if (declaredSize > maxBytes) {
            return Optional.empty();
        }
        Path file = Files.createTempFile(directory, "waymark-upload-", ".part");
        boolean keep = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            while (true) {
                // never ask for more than one byte past the cap
                int wanted = (int) Math.min(buffer.length, maxBytes - total + 1);
                int read = in.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                total += read;
                if (total > maxBytes) {
                    return Optional.empty();
                }
                out.write(buffer, 0, read);
            }
            keep = true;
            return Optional.of(file);
        } finally {
            if (!keep) {
                deleteQuietly(file);
            }
        }
    }

    /** The usual answer to an import file over its cap: a notice naming the file and the limit. */
    public static void refuseImport(String fileName, long maxBytes) {
        Feedback.error(UI.getCurrent().getTranslation("upload.tooLarge", fileName, maxBytes / (1024 * 1024)));
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
