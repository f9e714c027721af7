package org.waymark.demo.service;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

/**
 * Generates an authority at scale for the benchmarks (docs/performance.md): families, schools,
 * pupils with their areas of need and enrolment, and a caseworker and SENCO account — written
 * with batched inserts, deterministic for a given seed, so two runs (or two databases) hold the
 * same data. The rows look like real ones (names, dates of birth by year group, UPN-shaped
 * numbers) but are invented.
 */
public final class ScaleData {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleData.class);
    /** Rows in one INSERT statement, and pupils written between commits. */
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    /** From this many pupils, MySQL/MariaDB's secondary indexes are dropped for the write and built after. */
    private static final int DROP_INDEXES_FROM = 200_000;
    private static final String[] BULK_TABLES = {"pupil", "pupil_need", "enrolment"};
    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "Noah", "Freya", "Leo", "Ava", "Arthur", "Mia",
            "Harry", "Poppy", "Jack", "Evie", "Theo", "Ruby", "Alfie", "Grace", "Oscar", "Daisy", "George", "Zara",
            "Kai", "Maya", "Ibrahim", "Priya", "Tomasz", "Amara", "Reuben", "Cerys", "Dylan", "Elin", "Gethin", "Seren",
            "Osian", "Ffion", "Iwan", "Layla", "Yusuf", "Hana", "Mateo", "Sofia", "Aarav", "Nia", "Callum", "Skye",
            "Finlay", "Eilidh", "Rory", "Orla", "Jude"};
    private static final String[] LAST = {"Ashworth", "Bramley", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garside",
            "Hollis", "Ingram", "Jessop", "Kirkby", "Lacey", "Mallory", "Norbury", "Oakes", "Pennock", "Quarmby",
            "Rowntree", "Sutcliffe", "Thwaite", "Underwood", "Varley", "Whitlock", "Yardley", "Okafor", "Nowak",
            "Chaudhry", "Mensah", "Bowen", "Pritchard", "Llewellyn", "Rees", "Morgan", "Campbell", "Fraser", "Macleod",
            "Stewart", "Begum", "Hussain", "Kowalski", "Silva", "Murphy", "Doyle", "Walsh", "Patel", "Shah", "Khan",
            "Ahmed", "Green", "Wood"};
    private static final YearGroup[] YEARS = {YearGroup.R, YearGroup.Y1, YearGroup.Y2, YearGroup.Y3, YearGroup.Y4,
            YearGroup.Y5, YearGroup.Y6, YearGroup.Y7, YearGroup.Y8, YearGroup.Y9, YearGroup.Y10, YearGroup.Y11};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public ScaleData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** What to generate: an authority (by code), its size, and the seed. */
    public record Plan(String code, int pupils, int schools, int families, long seed) {

        /** Sizes in proportion when only the pupil count is given: 100 pupils a school, 20 schools a family. */
        public static Plan of(String code, int pupils, long seed) {
            int schools = Math.max(10, pupils / 100);
            return new Plan(code, pupils, schools, Math.max(2, schools / 20), seed);
        }
    }

    /** Pupils the authority already holds (0 if it does not exist). */
    public long pupilsOf(String code) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM local_authority WHERE code = ?", Long.class, code);
        return ids.isEmpty() ? 0 : jdbc.queryForObject("SELECT COUNT(*) FROM pupil WHERE local_authority_id = ?",
                Long.class, ids.getFirst());
    }

    /** Generates the authority unless it is there already; returns its id. */
    public long generate(Plan plan) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM local_authority WHERE code = ?", Long.class,
                plan.code());
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        long started = System.nanoTime();
        Random random = new Random(plan.seed());
        jdbc.update("INSERT INTO local_authority (code, name, nation, welsh_preferred) VALUES (?, ?, 'ENGLAND', FALSE)",
                plan.code(), "Scale test authority " + plan.code());
        long laId = jdbc.queryForObject("SELECT id FROM local_authority WHERE code = ?", Long.class, plan.code());
        jdbc.update("INSERT INTO la_scheme (local_authority_id, scheme) VALUES (?, 'DESCRIPTOR_TOP_UP')", laId);
        // the English demo terms around the generated casework's fixed "today", so runs are repeatable
        for (Object[] term : DemoAuthorities.england(ScaleWork.TODAY).terms().stream().map(t -> new Object[] {laId,
                t.academicYear(), t.termName().name(), Date.valueOf(t.startDate()), Date.valueOf(t.endDate())})
                .toList()) {
            jdbc.update("INSERT INTO term (local_authority_id, academic_year, term_name, start_date, end_date)"
                    + " VALUES (?, ?, ?, ?, ?)", term);
        }
        List<Long> families = new ArrayList<>();
        for (int f = 0; f < plan.families(); f++) {
            jdbc.update("INSERT INTO school_family (local_authority_id, name) VALUES (?, ?)", laId, "Family " + (f + 1));
        }
        families.addAll(jdbc.queryForList("SELECT id FROM school_family WHERE local_authority_id = ? ORDER BY id",
                Long.class, laId));
        List<Object[]> schoolRows = new ArrayList<>();
        for (int s = 0; s < plan.schools(); s++) {
            boolean secondary = s % 6 == 5;
            schoolRows.add(new Object[] {laId, families.get(s % families.size()), plan.code() + "-" + (s + 1),
                    (secondary ? "High School " : "Primary School ") + (s + 1), secondary ? "SECONDARY" : "PRIMARY",
                    "MAINTAINED", secondary ? 900 : 300});
        }
        jdbc.batchUpdate("INSERT INTO school (local_authority_id, family_id, reference_number, name, phase, governance,"
                + " number_on_roll) VALUES (?, ?, ?, ?, ?, ?, ?)", schoolRows);
        List<Long> schools = jdbc.queryForList("SELECT id FROM school WHERE local_authority_id = ? ORDER BY id",
                Long.class, laId);
        insertPupils(plan, laId, schools, random);
        // the batch inserts bypass the pupil aggregate: the dashboards' summaries are counted afresh
        org.waymark.reporting.domain.PupilCounts.recount(jdbc, laId);
        accounts(plan.code(), laId, families.getFirst(), schools.getFirst());
        LOG.info("Generated authority {}: {} pupils, {} schools, {} families in {} s", plan.code(), plan.pupils(),
                plan.schools(), plan.families(), (System.nanoTime() - started) / 1_000_000_000);
        return laId;
    }

    private void insertPupils(Plan plan, long laId, List<Long> schools, Random random) {
        jdbc.execute((ConnectionCallback<@Nullable Void>) con -> {
            boolean mysql = !con.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            boolean autoCommit = con.getAutoCommit();
            List<String> rebuild = new ArrayList<>();
            try (Statement session = con.createStatement()) {
                if (mysql) {
                    // the checks are the generator's own business: ids are new, schools exist, UPNs are unique
                    session.execute("SET foreign_key_checks = 0, unique_checks = 0");
                    if (plan.pupils() >= DROP_INDEXES_FROM) {
                        for (String table : BULK_TABLES) {
                            rebuild.addAll(dropSecondaryIndexes(con, table));
                        }
                    }
                }
                con.setAutoCommit(false);
                writePupils(con, plan, laId, schools, random);
                con.commit();
            } finally {
                con.setAutoCommit(autoCommit);
                if (mysql) {
                    try (Statement session = con.createStatement()) {
                        long started = System.nanoTime();
                        for (String alter : rebuild) {
                            session.execute(alter);
                        }
                        if (!rebuild.isEmpty()) {
                            LOG.info("{}: secondary indexes rebuilt in {} s", plan.code(),
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                        session.execute("SET foreign_key_checks = 1, unique_checks = 1");
                    }
                }
            }
            return null;
        });
    }

    /**
     * Drops a table's secondary indexes before a bulk write (each row would otherwise be placed at a
     * random point of a dozen indexes: once they outgrow the server's buffer pool, every row costs disk
     * reads) and returns the one ALTER TABLE that builds them again by sorting, which is many times
     * faster. An index the server refuses to drop (one a foreign key needs) is kept.
     */
    private static List<String> dropSecondaryIndexes(Connection con, String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (PreparedStatement query = con.prepareStatement("SELECT index_name, non_unique, column_name, sub_part"
                + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ?"
                + " AND index_name <> 'PRIMARY' ORDER BY index_name, seq_in_index")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    unique.put(name, rs.getInt(2) == 0);
                    String column = "`" + rs.getString(3) + "`";
                    int prefix = rs.getInt(4);
                    columns.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.wasNull() ? column : column + "(" + prefix + ")");
                }
            }
        }
        List<String> adds = new ArrayList<>();
        try (Statement ddl = con.createStatement()) {
            for (Map.Entry<String, List<String>> index : columns.entrySet()) {
                try {
                    ddl.execute("ALTER TABLE " + table + " DROP INDEX `" + index.getKey() + "`");
                    adds.add((unique.get(index.getKey()) ? "ADD UNIQUE INDEX `" : "ADD INDEX `") + index.getKey() + "` ("
                            + String.join(", ", index.getValue()) + ")");
                } catch (SQLException needed) {
                    LOG.debug("{}: index {} kept ({})", table, index.getKey(), needed.getMessage());
                }
            }
        }
        return adds.isEmpty() ? List.of() : List.of("ALTER TABLE " + table + " " + String.join(", ", adds));
    }

    private void writePupils(Connection con, Plan plan, long laId, List<Long> schools, Random random)
            throws SQLException {
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM pupil", Long.class) + 1;
        LocalDate startOfYear = LocalDate.of(2026, 9, 1);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T09:00:00Z"));
        AreaOfNeed[] areas = AreaOfNeed.values();
        long started = System.nanoTime();
        try (MultiRowInsert pupils = new MultiRowInsert(con, "INSERT INTO pupil (id, local_authority_id, school_id,"
                + " first_name, last_name, name_key, first_name_key, date_of_birth, upn, year_group, year_rank,"
                + " primary_need, looked_after, created_at, updated_at)", 15);
             MultiRowInsert needs = new MultiRowInsert(con, "INSERT INTO pupil_need (pupil_id, area)", 2);
             MultiRowInsert enrolments = new MultiRowInsert(con,
                     "INSERT INTO enrolment (pupil_id, sort_key, school_id, start_date)", 4)) {
            for (int i = 0; i < plan.pupils(); i++) {
                long id = firstId + i;
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                long school = schools.get(random.nextInt(schools.size()));
                YearGroup year = YEARS[random.nextInt(YEARS.length)];
                LocalDate born = startOfYear.minusYears(year.typicalAge()).minusDays(1 + random.nextInt(364));
                AreaOfNeed primary = areas[random.nextInt(areas.length)];
                pupils.add(id, laId, school, first, last, (last + " " + first).toLowerCase(Locale.ROOT),
                        first.toLowerCase(Locale.ROOT), Date.valueOf(born), String.format("Z%012d", id), year.name(),
                        year.rank(), primary.name(), random.nextInt(40) == 0, now, now);
                needs.add(id, primary.name());
                AreaOfNeed second = areas[random.nextInt(areas.length)];
                if (second != primary && random.nextInt(3) == 0) {
                    needs.add(id, second.name());
                }
                enrolments.add(id, 0, school, Date.valueOf(LocalDate.of(2021 + random.nextInt(5), 9, 1)));
                if ((i + 1) % COMMIT_EVERY == 0) {
                    pupils.flush();
                    needs.flush();
                    enrolments.flush();
                    con.commit();
                    if ((i + 1) % 100_000 == 0) {
                        LOG.info("{}: {} pupils written ({} s)", plan.code(), i + 1,
                                (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
            }
            // the rest in the foreign keys' order: closing would write the enrolments before their pupils
            // (resources close in reverse), which H2, checking foreign keys, refuses
            pupils.flush();
            needs.flush();
            enrolments.flush();
        }
    }

    /**
     * Rows written {@value #ROWS_PER_STATEMENT} to a statement ({@code INSERT … VALUES (…), (…), …}),
     * so a bulk write is fast on any driver, with or without Connector/J's
     * {@code rewriteBatchedStatements}; what is left is written on {@link #flush} and {@link #close}.
     */
    private static final class MultiRowInsert implements AutoCloseable {

        private final Connection con;
        private final String head;
        private final int width;
        private final PreparedStatement full;
        private final List<Object[]> rows = new ArrayList<>(ROWS_PER_STATEMENT);

        MultiRowInsert(Connection con, String head, int width) throws SQLException {
            this.con = con;
            this.head = head;
            this.width = width;
            this.full = con.prepareStatement(sql(ROWS_PER_STATEMENT));
        }

        private String sql(int count) {
            String row = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
            return head + " VALUES " + String.join(", ", java.util.Collections.nCopies(count, row));
        }

        void add(Object... row) throws SQLException {
            rows.add(row);
            if (rows.size() == ROWS_PER_STATEMENT) {
                write(full);
            }
        }

        void flush() throws SQLException {
            if (!rows.isEmpty()) {
                try (PreparedStatement rest = con.prepareStatement(sql(rows.size()))) {
                    write(rest);
                }
            }
        }

        private void write(PreparedStatement statement) throws SQLException {
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(p++, value);
                }
            }
            statement.executeUpdate();
            rows.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                full.close();
            }
        }
    }

    /** A caseworker (the whole authority), a Family SENCO and a school SENCO: password waymark-demo. */
    private void accounts(String code, long laId, long familyId, long schoolId) {
        String hash = passwordEncoder.encode(DemoDataLoader.DEMO_PASSWORD);
        String lower = code.toLowerCase(Locale.ROOT);
        user("caseworker." + lower, hash, laId, null, null, "CASEWORKER");
        user("family.senco." + lower, hash, laId, familyId, null, "FAMILY_SENCO");
        user("senco." + lower, hash, laId, null, schoolId, "SCHOOL_SENCO");
    }

    private void user(String username, String hash, long laId, @Nullable Long familyId, @Nullable Long schoolId,
                      String role) {
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, local_authority_id, family_id,"
                + " school_id) VALUES (?, ?, ?, ?, ?, ?)", username, hash, username, laId, familyId, schoolId);
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
        jdbc.update("INSERT INTO user_role (app_user_id, role) VALUES (?, ?)", id, role);
    }
}
