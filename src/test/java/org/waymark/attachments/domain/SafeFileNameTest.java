package org.waymark.attachments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download names cannot carry paths, quotes or line breaks, and end in the real type's extension. */
class SafeFileNameTest {

    @Test
    void keeps_ordinary_names_and_welsh_letters() {
        assertThat(SafeFileName.of("Asesiad risg Dŵr.pdf", FileType.PDF)).isEqualTo("Asesiad risg Dŵr.pdf");
        assertThat(SafeFileName.of("report_v2-final.docx", FileType.DOCX)).isEqualTo("report_v2-final.docx");
    }

    @Test
    void strips_paths_and_header_breaking_characters() {
        assertThat(SafeFileName.of("C:\\Users\\x\\..\\evil\"name\r\nSet-Cookie: a=b.pdf", FileType.PDF))
                .isEqualTo("evil_name_Set-Cookie_ a=b.pdf".replace("=", "_"));
        assertThat(SafeFileName.of("../../etc/passwd", FileType.PNG)).isEqualTo("passwd.png");
    }

    @Test
    void the_extension_is_that_of_the_content_not_the_name() {
        assertThat(SafeFileName.of("holiday.exe", FileType.JPEG)).isEqualTo("holiday.jpg");
        assertThat(SafeFileName.of(".hidden", FileType.PDF)).isEqualTo("hidden.pdf");
        assertThat(SafeFileName.of("", FileType.PDF)).isEqualTo("attachment.pdf");
        assertThat(SafeFileName.of("a".repeat(300) + ".pdf", FileType.PDF)).hasSize(SafeFileName.MAX_LENGTH + 4);
    }
}
