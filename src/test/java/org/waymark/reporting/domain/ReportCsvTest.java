package org.waymark.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A dashboard's CSV: a row label that a spreadsheet would run as a formula leaves the export inert. */
class ReportCsvTest {

    @Test
    void a_hostile_label_is_escaped_and_numbers_stay_numbers() {
        ReportTable table = new ReportTable("t", "title", List.of("col.school", "col.count"),
                List.of(ReportTable.Row.of("=HYPERLINK(\"http://x\")", -5), ReportTable.Row.of("Oak School", 7)));
        String csv = new String(ReportCsv.write(table, key -> key), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("col.school,col.count\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\nOak School,7\r\n");
    }
}
