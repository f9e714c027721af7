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
