package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AsnScenarios;
import org.waymark.KaribuTest;
import org.waymark.asn.service.StageExportService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/**
 * The export of stages and levels of intervention (issue 15, point 7; docs/asn-export-format.md):
 * parsed back as CSV — the documented columns, one row for each enrolled pupil of the council,
 * the stage and its level, the assistant hours held today; offered to the officers; refused and
 * audited for another council.
 */
class StageExportKaribuIT extends KaribuTest {

    @Autowired StageExportService export;
    @Autowired AsnScenarios asn;
    @Autowired JdbcClient jdbc;

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void one_row_a_pupil_with_stage_level_and_hours_in_the_documented_columns() throws Exception {
        long pupilId = asn.pupilHoldingHoursSince(new BigDecimal("9.5"), today());
        login("eso.sc");
        UI.getCurrent().navigate(ScrutinyListView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("asn-stage-export"))).hasSize(1);

        byte[] csv = export.stagesCsv();
        List<CSVRecord> rows = parse(csv);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(String.join(",", StageExportService.HEADER));
        long enrolled = jdbc.sql("SELECT COUNT(*) FROM pupil p JOIN local_authority a ON a.id = p.local_authority_id"
                + " WHERE a.code = 'ARD' AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id"
                + " AND e.end_date IS NULL)").query(Long.class).single();
        assertThat(rows).hasSize((int) enrolled);
        // every pupil once
        List<String> keys = rows.stream().map(r -> r.get("surname") + "|" + r.get("forename") + "|"
                + r.get("date_of_birth") + "|" + r.get("seed_code")).toList();
        assertThat(keys).doesNotHaveDuplicates();

        // the pupil's record keeps its own stage (the request's answers do not change it)
        var pupil = jdbc.sql("SELECT first_name, last_name, sif_stage FROM pupil WHERE id = :id").param("id", pupilId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2),
                        rs.getObject(3) == null ? "" : String.valueOf(rs.getInt(3)))).single();
        CSVRecord row = rows.stream().filter(r -> r.get("forename").equals(pupil.get(0))
                && r.get("surname").equals(pupil.get(1))).findFirst().orElseThrow();
        assertThat(row.get("school_name")).isEqualTo(AsnScenarios.HOME_SCHOOL);
        assertThat(row.get("sif_stage")).isEqualTo(pupil.get(2));
        assertThat(row.get("level_of_intervention")).isEqualTo(switch (pupil.get(2)) {
            case "1" -> "UNIVERSAL";
            case "2" -> "TARGETED";
            case "3" -> "SPECIALIST";
            default -> "";
        });
        assertThat(row.get("asn_assistant_hours_per_week")).isEqualTo("9.5");
        // the level always follows the stage; no stage, no level
        for (CSVRecord r : rows) {
            String expected = switch (r.get("sif_stage")) {
                case "1" -> "UNIVERSAL";
                case "2" -> "TARGETED";
                case "3" -> "SPECIALIST";
                default -> "";
            };
            assertThat(r.get("level_of_intervention")).as(r.toString()).isEqualTo(expected);
            assertThat(r.get("year_group")).matches("ELC|P[1-7]|S[1-6]");
        }
    }

    @Test
    void another_council_and_other_roles_may_not_export() {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_ASN_STAGES'"
                + " AND outcome = 'DENIED'").query(Long.class).single();
        asn.as("eso", () -> {
            assertThat(export.mayExport()).isFalse();
            assertThatThrownBy(() -> export.stagesCsv()).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT_ASN_STAGES'"
                + " AND outcome = 'DENIED'").query(Long.class).single()).isEqualTo(before + 1);
        asn.as("senco.sc", () -> {
            assertThatThrownBy(() -> export.stagesCsv()).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
    }
}
