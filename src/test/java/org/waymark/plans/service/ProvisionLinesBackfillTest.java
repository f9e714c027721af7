package org.waymark.plans.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContentCodec;
import org.waymark.plans.domain.PlanFixtures;

/**
 * Migration 27.1 fills the provision lines of versions saved before V27: a database migrated to
 * 27 with two versions (one with two provisions, one with none) gets exactly their lines.
 */
class ProvisionLinesBackfillTest {

    @Test
    void versions_saved_before_the_lines_existed_get_theirs_from_their_content() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:backfill;MODE=MySQL;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("27").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        PlanContent two = PlanFixtures.content().withProvisions(List.of(
                new PlanContent.Provision("O1", "Reading", "TA", "Daily", new BigDecimal("2.5"), new BigDecimal("900"),
                        DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE),
                new PlanContent.Provision("O2", "Talk group", "ALNCo", "Weekly", new BigDecimal("0.75"),
                        new BigDecimal("300"), DeliveryLanguage.BILINGUAL, GroupSize.GROUP)));
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        insertVersion(jdbc, 1, PlanContentCodec.encode(two));
        insertVersion(jdbc, 2, PlanContentCodec.encode(PlanContent.empty()));

        Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .javaMigrations(new ProvisionLinesBackfill()).load().migrate();

        assertThat(jdbc.sql("SELECT plan_version_id, line, delivery_language, group_size, hours_per_week"
                        + " FROM plan_provision_line ORDER BY plan_version_id, line")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3) + "/" + rs.getString(4)
                        + "/" + rs.getBigDecimal(5).stripTrailingZeros().toPlainString()).list())
                .containsExactly("1/0/WELSH/ONE_TO_ONE/2.5", "1/1/BILINGUAL/GROUP/0.75");
    }

    private static void insertVersion(JdbcClient jdbc, long id, String content) {
        jdbc.sql("INSERT INTO plan_version (id, support_plan_id, number, agreed, content, updated_at, updated_by)"
                + " VALUES (:id, 90 + :id, 1, TRUE, :content, CURRENT_TIMESTAMP, 'senco')")
                .param("id", id).param("content", content).update();
    }
}
