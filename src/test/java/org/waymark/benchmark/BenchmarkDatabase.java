package org.waymark.benchmark;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the benchmarks run: the MySQL-compatible server named by {@code WAYMARK_BENCH_DB_URL}
 * (default: the local MariaDB, database {@code waymark_bench}, created if missing), or H2 in
 * MySQL mode in a file under target/ with {@code -Dbench.db=h2}.
 */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    static boolean h2() {
        return "h2".equalsIgnoreCase(System.getProperty("bench.db", "mysql"));
    }

    static void register(DynamicPropertyRegistry registry) {
        if (h2()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/bench-h2/waymark;MODE=MySQL");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
            return;
        }
        String url = System.getenv().getOrDefault("WAYMARK_BENCH_DB_URL",
                "jdbc:mysql://127.0.0.1:3306/waymark_bench?createDatabaseIfNotExist=true");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true");
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("WAYMARK_BENCH_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("WAYMARK_BENCH_DB_PASSWORD", ""));
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    static String describe() {
        return h2() ? "H2 2.x, MySQL mode, file" : "MySQL-compatible server: " + System.getenv()
                .getOrDefault("WAYMARK_BENCH_DB_URL", "local MariaDB");
    }
}
