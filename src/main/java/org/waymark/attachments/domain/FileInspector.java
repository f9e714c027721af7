package org.waymark.attachments.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.waymark.base.domain.Violation;

/**
 * Decides what a file is from its bytes. The name and media type a browser sends are whatever
 * the sender's machine says, so they are never trusted: a program renamed "report.pdf" is
 * refused. Office documents are ZIP containers, told apart by the part every such document has.
 */
public final class FileInspector {

    private static final Tika TIKA = new Tika();

    private FileInspector() {
    }

    /** The outcome of checking one file: its type, or the rules it broke. */
    public record Inspection(Optional<FileType> type, List<Violation> violations) {
        public boolean accepted() {
            return violations.isEmpty();
        }
    }

    public static Inspection inspect(byte[] bytes, long maxBytes) {
        List<Violation> violations = new ArrayList<>();
        if (bytes.length == 0) {
            violations.add(Violation.of("file", "attachment.empty"));
            return new Inspection(Optional.empty(), violations);
        }
        if (bytes.length > maxBytes) {
            violations.add(Violation.of("file", "attachment.tooLarge", maxBytes / (1024 * 1024)));
            return new Inspection(Optional.empty(), violations);
        }
        if (isZip(bytes)) {
            // office documents are ZIP containers: judged from the central directory before
            // anything (Tika included) opens an entry, so a ZIP bomb is never inflated
            Optional<Violation> bomb = ZipLimits.DEFAULT.check(bytes);
            if (bomb.isPresent()) {
                violations.add(bomb.get());
                return new Inspection(Optional.empty(), violations);
            }
        }
        Optional<FileType> type = typeOf(bytes);
        if (type.isEmpty()) {
            violations.add(Violation.of("file", "attachment.type"));
        }
        return new Inspection(type, violations);
    }

    /** The accepted type the content is, if any. */
    public static Optional<FileType> typeOf(byte[] bytes) {
        String detected;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            // content only: no name hint, so the detection cannot be steered by the file name
            detected = TIKA.detect(in, new Metadata());
        } catch (IOException e) {
            return Optional.empty();
        }
        return switch (detected) {
            case "application/pdf" -> Optional.of(FileType.PDF);
            case "image/png" -> Optional.of(FileType.PNG);
            case "image/jpeg" -> Optional.of(FileType.JPEG);
            case "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice" -> officeDocument(bytes);
            default -> detected.equals(FileType.ODT.mediaType()) ? Optional.of(FileType.ODT) : officeDocument(bytes);
        };
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Which office document the ZIP is, by the part every such document has (central directory only). */
    private static Optional<FileType> officeDocument(byte[] bytes) {
        if (!isZip(bytes)) {
            return Optional.empty();
        }
        return ZipLimits.withZipFile(bytes, zip -> {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    // at most 100 bytes are inflated
                    String declared = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
                    if (declared.strip().equals(FileType.ODT.mediaType())) {
                        return Optional.of(FileType.ODT);
                    }
                }
            }
            return Optional.<FileType>empty();
        }).flatMap(t -> t);
    }
}
