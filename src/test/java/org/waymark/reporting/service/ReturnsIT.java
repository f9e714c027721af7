package org.waymark.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.KaribuTest;

/**
 * The statutory returns against their documented layouts (docs/sen2-return-format.md,
 * docs/aln-idp-count-format.md) and plain SQL counts; another nation's return refused.
 */
class ReturnsIT extends KaribuTest {

    @Autowired ReturnsService returns;
    @Autowired JdbcClient jdbc;

    private static CSVParser parse(ByteArrayOutputStream out) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void the_sen2_return_has_one_row_per_ehc_plan_in_the_documented_columns() throws Exception {
        login("caseworker");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = returns.sen2(out);
        try (CSVParser csv = parse(out)) {
            assertThat(csv.getHeaderNames()).isEqualTo(ReturnsService.SEN2_HEADER);
            List<CSVRecord> records = csv.getRecords();
            long expected = jdbc.sql("SELECT COUNT(*) FROM support_plan sp JOIN local_authority la"
                    + " ON la.id = sp.local_authority_id WHERE la.code = 'WLD' AND sp.plan_type = 'EHCP'")
                    .query(Long.class).single();
            assertThat(records).hasSize((int) expected);
            assertThat(rows).isEqualTo(expected);
            for (CSVRecord r : records) {
                assertThat(r.get("la_code")).isEqualTo("WLD");
                assertThat(r.get("date_of_birth")).matches("\\d{4}-\\d{2}-\\d{2}");
                String upn = jdbc.sql("SELECT p.upn FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                        + " WHERE sp.id = :id").param("id", Long.parseLong(r.get("plan_reference")))
                        .query(String.class).single();
                assertThat(r.get("upn")).isEqualTo(upn == null ? "" : upn);
            }
            // the assessment's dates on the plans an EHC needs assessment issued, empty on plans made without one
            java.util.Map<String, List<String>> assessed = new java.util.HashMap<>();
            jdbc.sql("SELECT ea.support_plan_id, ea.received_on, ea.decided_on, ea.draft_sent_on, ea.closed_on"
                    + " FROM ehc_assessment ea JOIN local_authority la ON la.id = ea.local_authority_id"
                    + " WHERE la.code = 'WLD' AND ea.status = 'ISSUED'").query(rs -> {
                        assessed.put(String.valueOf(rs.getLong(1)), List.of(rs.getDate(2).toString(),
                                rs.getDate(3).toString(), rs.getDate(4) == null ? "" : rs.getDate(4).toString(),
                                rs.getDate(5).toString()));
                    });
            for (CSVRecord r : records) {
                List<String> dates = assessed.get(r.get("plan_reference"));
                List<String> written = List.of(r.get("assessment_requested_on"), r.get("assessment_decision_to_assess_on"),
                        r.get("assessment_draft_sent_on"), r.get("assessment_plan_issued_on"));
                if (dates != null) {
                    assertThat(written).as(r.get("plan_reference")).isEqualTo(dates);
                } else if (r.get("assessment_requested_on").isEmpty()) {
                    assertThat(written).containsOnly("");
                }
            }
            assertThat(records).filteredOn(r -> assessed.containsKey(r.get("plan_reference")))
                    .hasSize(assessed.size());
        }
    }

    @Test
    void the_welsh_count_adds_up_to_the_idps_in_force_by_maintaining_body() throws Exception {
        login("caseworker.cy");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        returns.idpCount(out);
        try (CSVParser csv = parse(out)) {
            assertThat(csv.getHeaderNames()).isEqualTo(ReturnsService.IDP_HEADER);
            List<CSVRecord> records = csv.getRecords();
            String inForce = "SELECT COUNT(*) FROM support_plan sp JOIN local_authority la ON la.id = sp.local_authority_id"
                    + " WHERE la.code = 'GLM' AND sp.status IN ('AGREED', 'UNDER_REVIEW') AND sp.plan_type = ";
            assertThat(records.getFirst().get("maintaining_body_type")).isEqualTo("LOCAL_AUTHORITY");
            assertThat(Long.parseLong(records.getFirst().get("idps_in_force")))
                    .isEqualTo(jdbc.sql(inForce + "'IDP_LA'").query(Long.class).single());
            long bySchools = records.stream().skip(1).mapToLong(r -> Long.parseLong(r.get("idps_in_force"))).sum();
            assertThat(bySchools).isEqualTo(jdbc.sql(inForce + "'IDP_SCHOOL'").query(Long.class).single());
        }
    }

    @Test
    void each_nation_makes_only_its_own_return_and_schools_none() {
        login("caseworker");
        assertThatThrownBy(() -> returns.idpCount(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        login("caseworker.sc");
        assertThatThrownBy(() -> returns.sen2(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        login("senco");
        assertThatThrownBy(() -> returns.sen2(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
