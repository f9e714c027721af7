package org.waymark.attachments.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.waymark.base.domain.Violation;

/**
 * Limits for ZIP-based documents (docx, xlsx, odt), checked from the ZIP's central directory
 * with {@link ZipFile} reading entry metadata only: nothing is ever inflated here (DD013). A ZIP
 * bomb is refused for too many entries, too large a total once unpacked, or an entry that claims
 * to unpack to far more than it occupies. An entry whose sizes the directory does not give is
 * refused too, since its true size could only be learnt by inflating it.
 */
public record ZipLimits(int maxEntries, long maxTotalUncompressed, long maxRatio, long ratioFloorBytes) {

    /**
     * Real documents: a few dozen to a few hundred parts; text XML compresses up to about 20-50
     * times, so 100 is generous; a small entry may compress better without harm (the floor).
     */
    public static final ZipLimits DEFAULT = new ZipLimits(2_000, 200L * 1024 * 1024, 100, 1024 * 1024);

    /** A refusal, or empty when the container keeps to the limits. */
    public Optional<Violation> check(byte[] bytes) {
        Optional<Optional<Violation>> result = withZipFile(bytes, this::check);
        return result.orElseGet(() -> Optional.of(Violation.of("file", "attachment.zip.unreadable")));
    }

    private Optional<Violation> check(ZipFile zip) {
        int entries = 0;
        long total = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (++entries > maxEntries) {
                return Optional.of(Violation.of("file", "attachment.zip.entries", maxEntries));
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                return Optional.of(Violation.of("file", "attachment.zip.unreadable"));
            }
            total += size;
            if (total > maxTotalUncompressed) {
                return Optional.of(Violation.of("file", "attachment.zip.total", maxTotalUncompressed / (1024 * 1024)));
            }
            if (size > ratioFloorBytes && size > Math.max(compressed, 1) * maxRatio) {
                return Optional.of(Violation.of("file", "attachment.zip.ratio"));
            }
        }
        return Optional.empty();
    }

    /** What {@link ZipFile} can read of the bytes (via a temporary file), empty when it is no ZIP at all. */
    static <T> Optional<T> withZipFile(byte[] bytes, ZipFunction<T> read) {
        Path file = null;
        try {
            file = Files.createTempFile("waymark-zip-", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return Optional.of(read.apply(zip));
            }
        } catch (ZipException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    @FunctionalInterface
    interface ZipFunction<T> {
        T apply(ZipFile zip) throws IOException;
    }
}
