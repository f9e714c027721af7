package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.reporting.service.RestrictivePracticeService;
import org.waymark.security.service.AccountService;

/**
 * Each demo authority shows restrictive practice recorded through the service (issue 19): one
 * incident closed, one waiting for its debrief and the parents, one whose parents were never told;
 * the parent reads the one about their child. The same application as {@link AlnDemoIT}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-demo-in-flight;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class RestrictiveDemoIT {

    @Autowired AccountService accounts;
    @Autowired RestrictivePracticeService restrictive;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_authority_has_incidents_in_each_state_and_the_parent_reads_their_childs() {
        for (String code : List.of("WLD", "GLM", "ARD")) {
            String base = "SELECT COUNT(*) FROM restrictive_incident r JOIN local_authority a ON a.id = r.local_authority_id"
                    + " WHERE a.code = :c";
            assertThat(jdbc.sql(base + " AND r.debrief_on IS NOT NULL AND r.parent_informed_on IS NOT NULL")
                    .param("c", code).query(Long.class).single()).as(code).isEqualTo(1);
            assertThat(jdbc.sql(base + " AND r.parent_informed_on IS NULL").param("c", code).query(Long.class).single())
                    .as(code).isEqualTo(2);
        }
        SignIn.as(accounts, "parent");
        long child = jdbc.sql("SELECT r.pupil_id FROM restrictive_incident r JOIN local_authority a"
                + " ON a.id = r.local_authority_id WHERE a.code = 'WLD' AND r.debrief_on IS NOT NULL")
                .query(Long.class).single();
        assertThat(restrictive.incidents(child)).extracting(RestrictiveIncident::getStaffInvolved)
                .containsExactly("Mrs Hollis (teaching assistant), Mr Garside (deputy head)");
    }
}
