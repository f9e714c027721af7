package org.waymark.attachments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

/** The type of a file is read from its bytes; names and claimed types play no part. */
class FileInspectorTest {

    static final long LIMIT = 1024 * 1024;

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
                0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    static byte[] windowsProgram() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] zipWith(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void pdf_png_and_jpeg_are_known_by_their_first_bytes() {
        assertThat(FileInspector.typeOf(pdf())).contains(FileType.PDF);
        assertThat(FileInspector.typeOf(png())).contains(FileType.PNG);
        assertThat(FileInspector.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J',
                'F', 'I', 'F', 0})).contains(FileType.JPEG);
    }

    @Test
    void office_documents_are_told_apart_by_the_parts_inside_the_zip() throws IOException {
        assertThat(FileInspector.typeOf(zipWith("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileInspector.typeOf(zipWith("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
        assertThat(FileInspector.typeOf(zipWith("notes.txt", "virus.exe"))).isEmpty();
    }

    @Test
    void a_program_is_refused_whatever_it_is_called() {
        FileInspector.Inspection inspection = FileInspector.inspect(windowsProgram(), LIMIT);
        assertThat(inspection.accepted()).isFalse();
        assertThat(inspection.violations()).extracting(Violation::messageKey).containsExactly("attachment.type");
    }

    @Test
    void html_and_plain_text_are_refused() {
        assertThat(FileInspector.typeOf("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileInspector.typeOf("just some words".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void empty_and_oversized_files_are_refused_with_their_own_message() {
        assertThat(FileInspector.inspect(new byte[0], LIMIT).violations()).extracting(Violation::messageKey)
                .containsExactly("attachment.empty");
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        FileInspector.Inspection tooBig = FileInspector.inspect(big, LIMIT);
        assertThat(tooBig.violations()).extracting(Violation::messageKey).containsExactly("attachment.tooLarge");
        assertThat(tooBig.violations().getFirst().arguments()).containsExactly(1L);
        assertThat(FileInspector.inspect(pdf(), LIMIT).accepted()).isTrue();
    }

    /** A ZIP whose one entry of zeros deflates about a thousand times: a small bomb. */
    static byte[] bomb(String name, int unpackedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (int written = 0; written < unpackedBytes; written += zeros.length) {
                zip.write(zeros, 0, Math.min(zeros.length, unpackedBytes - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void a_zip_bomb_dressed_as_a_word_document_is_refused_from_its_directory() throws IOException {
        byte[] bomb = bomb("word/document.xml", 50 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        FileInspector.Inspection inspection = FileInspector.inspect(bomb, LIMIT);
        assertThat(inspection.accepted()).isFalse();
        assertThat(inspection.violations()).extracting(Violation::messageKey).containsExactly("attachment.zip.ratio");
    }

    @Test
    void too_many_parts_or_too_much_unpacked_are_refused_and_a_normal_document_is_accepted() throws IOException {
        String[] many = new String[30];
        many[0] = "word/document.xml";
        for (int i = 1; i < many.length; i++) {
            many[i] = "word/media/part" + i + ".xml";
        }
        ZipLimits strict = new ZipLimits(20, 1024, 100, 1024 * 1024);
        assertThat(strict.check(zipWith(many))).map(Violation::messageKey).contains("attachment.zip.entries");
        ZipLimits small = new ZipLimits(2_000, 2 * 1024 * 1024, 100_000, 1024 * 1024);
        assertThat(small.check(bomb("word/document.xml", 3 * 1024 * 1024))).map(Violation::messageKey)
                .contains("attachment.zip.total");

        FileInspector.Inspection docx = FileInspector.inspect(zipWith("[Content_Types].xml", "word/document.xml",
                "word/styles.xml", "docProps/core.xml"), LIMIT);
        assertThat(docx.violations()).isEmpty();
        assertThat(docx.type()).contains(FileType.DOCX);
        assertThat(ZipLimits.DEFAULT.check("not a zip at all".getBytes(StandardCharsets.UTF_8)))
                .map(Violation::messageKey).contains("attachment.zip.unreadable");
    }
}
