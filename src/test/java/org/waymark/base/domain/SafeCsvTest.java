package org.waymark.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Formula-like cells leave the printer inert and come back unchanged through unescape. */
class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\tTAB", "\rCR", "=1"})
    void formula_cells_get_an_apostrophe_and_read_back_unchanged(String hostile) throws IOException {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            csv.printRecord("name", hostile);
        }
        CSVRecord record = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().getFirst();
        assertThat(record.get(1)).isEqualTo("'" + hostile);
        assertThat(SafeCsv.unescape(record.get(1))).isEqualTo(hostile);
    }

    @Test
    void numbers_and_ordinary_text_are_left_alone() throws IOException {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            csv.printRecord("-12.50", new BigDecimal("-3"), -4, "O'Neil", "a=b", "", "+44");
        }
        assertThat(out.toString()).isEqualTo("-12.50,-3,-4,O'Neil,a=b,,+44\r\n");
        assertThat(SafeCsv.unescape("'hello")).isEqualTo("'hello");
        assertThat(SafeCsv.unescape("'-12")).isEqualTo("'-12");
    }
}
