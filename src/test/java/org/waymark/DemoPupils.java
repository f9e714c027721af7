package org.waymark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * Finds demo pupils and schools for tests, straight from the database. The finders of "a pupil
 * with nothing yet" enrol a new one at the school when the shared test database has used up its
 * demo pupils there, so tests do not depend on how many ran before them.
 */
@Component
public class DemoPupils {

    private static final AtomicInteger ENROLLED = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PupilRepository pupils;
    private final Clock clock;

    DemoPupils(JdbcClient jdbc, PupilRepository pupils, Clock clock) {
        this.jdbc = jdbc;
        this.pupils = pupils;
        this.clock = clock;
    }

    /**
     * A new Year 4 pupil enrolled at the named school (England or Wales) today, with nothing else
     * recorded: for tests that need a pupil no other test has touched.
     */
    public long enrolAt(String schoolName) {
        long[] school = jdbc.sql("SELECT id, local_authority_id FROM school WHERE name = :n").param("n", schoolName)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        LocalDate today = LocalDate.now(clock);
        PupilDetails d = new PupilDetails();
        // a name the pupil rules accept (letters only), different for each pupil enrolled
        d.setFirstName("Nova" + letters(ENROLLED.incrementAndGet()));
        d.setLastName("Newcombe");
        // born in the year that makes them Year 4 in this academic year, as the demo's pupils are
        LocalDate startOfYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        d.setDateOfBirth(startOfYear.minusYears(YearGroup.Y4.typicalAge()).minusDays(1 + ENROLLED.get() % 364));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        return java.util.Objects.requireNonNull(pupils.save(Pupil.enrol(d, school[1], school[0], today,
                clock.instant())).getId());
    }

    public long schoolId(String name) {
        return jdbc.sql("SELECT id FROM school WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int left = n; left > 0; left /= 26) {
            out.insert(0, (char) ('a' + left % 26));
        }
        return out.toString();
    }

    /** Some pupil currently at the named school. */
    public long pupilAt(String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                + " ORDER BY p.id LIMIT 1").param("name", schoolName).query(Long.class).single();
    }

    public long countAt(String schoolName) {
        return jdbc.sql("SELECT COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name")
                .param("name", schoolName).query(Long.class).single();
    }

    /**
     * How many pupils the named school's own staff list: those enrolled there and those who left
     * it within the 30-day read-only period (DD014), on the pinned clock.
     */
    public long listedBy(String schoolName) {
        return jdbc.sql("SELECT COUNT(DISTINCT e.pupil_id) FROM enrolment e JOIN school s ON s.id = e.school_id"
                        + " WHERE s.name = :name AND (e.end_date IS NULL OR e.end_date >= :from)")
                .param("name", schoolName).param("from", LocalDate.now(clock).minusDays(30)).query(Long.class).single();
    }

    /** A pupil of the user's own school that is not one of the parent's linked children. */
    public long childOf(String parentUsername) {
        return jdbc.sql("SELECT c.pupil_id FROM linked_child c JOIN app_user u ON u.id = c.app_user_id"
                + " WHERE u.username = :u ORDER BY c.pupil_id LIMIT 1").param("u", parentUsername)
                .query(Long.class).single();
    }

    public java.util.List<Long> childrenOf(String parentUsername) {
        return jdbc.sql("SELECT c.pupil_id FROM linked_child c JOIN app_user u ON u.id = c.app_user_id"
                + " WHERE u.username = :u ORDER BY c.pupil_id").param("u", parentUsername).query(Long.class).list();
    }

    public long notChildOf(String parentUsername, String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :school"
                        + " AND p.id NOT IN (SELECT c.pupil_id FROM linked_child c JOIN app_user u"
                        + " ON u.id = c.app_user_id WHERE u.username = :u) ORDER BY p.id LIMIT 1")
                .param("school", schoolName).param("u", parentUsername).query(Long.class).single();
    }

    /** A pupil at the named school with no plan at all, and no linked parent. */
    public long pupilWithoutPlans(String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("name", schoolName).query(Long.class).optional().orElseGet(() -> enrolAt(schoolName));
    }

    /** A pupil at the named school with no bid yet, and no linked parent. */
    public long pupilWithoutBids(String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                // nor funding another test gave without a bid (an interim decision): an HLN held makes a new
                // HLN bid a resubmission, which a main panel meeting does not list
                + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                // nor a pupil another test recorded as left (new work is refused for a leaver)
                + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = s.id"
                + " AND e.end_date IS NULL)"
                // nor a looked-after child: the authority looking after them would be recouped from, whatever a test
                // records as the pupil's home authority
                + " AND p.looked_after = FALSE"
                + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id LIMIT 1")
                .param("name", schoolName).query(Long.class).optional().orElseGet(() -> enrolAt(schoolName));
    }

    /** A pupil at the named school with no bid and no funding in the ledger yet, and no linked parent. */
    public long pupilWithoutFunding(String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id LIMIT 1")
                .param("name", schoolName).query(Long.class).single();
    }

    /** The family of schools a school belongs to. */
    public long familyOf(String schoolName) {
        return jdbc.sql("SELECT family_id FROM school WHERE name = :n").param("n", schoolName).query(Long.class)
                .single();
    }

    /** The family of schools a school (by id) belongs to. */
    public long familyOfSchool(long schoolId) {
        return jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId).query(Long.class)
                .single();
    }

    /** The authority a pupil belongs to. */
    public long authorityOf(long pupilId) {
        return jdbc.sql("SELECT local_authority_id FROM pupil WHERE id = :id").param("id", pupilId)
                .query(Long.class).single();
    }

    /** A pupil of an authority (by code) whose family prefers Welsh, with no allocation yet. */
    public long welshSpeakerIn(String authorityCode) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN local_authority a ON a.id = p.local_authority_id"
                + " WHERE a.code = :code AND p.preferred_language = 'cy'"
                + " AND NOT EXISTS (SELECT 1 FROM allocation x WHERE x.pupil_id = p.id) ORDER BY p.id LIMIT 1")
                .param("code", authorityCode).query(Long.class).single();
    }

    /** The authority (by code) runs the scheme as well as its own, until {@link #stopsRunning}. */
    public void alsoRuns(String authorityCode, String scheme) {
        jdbc.sql("INSERT INTO la_scheme (local_authority_id, scheme) SELECT id, :s FROM local_authority"
                + " WHERE code = :code").param("s", scheme).param("code", authorityCode).update();
    }

    public void stopsRunning(String authorityCode, String scheme) {
        jdbc.sql("DELETE FROM la_scheme WHERE scheme = :s AND local_authority_id = (SELECT id FROM local_authority"
                + " WHERE code = :code)").param("s", scheme).param("code", authorityCode).update();
    }

    /** Links a pupil to a parent account (the parent's next sign-in sees the child). */
    public void linkParent(String parentUsername, long pupilId) {
        jdbc.sql("INSERT INTO linked_child (app_user_id, pupil_id) SELECT id, :p FROM app_user WHERE username = :u")
                .param("p", pupilId).param("u", parentUsername).update();
    }

    /** Undoes {@link #linkParent}, so other tests see the demo parent's own children only. */
    public void unlinkParent(String parentUsername, long pupilId) {
        jdbc.sql("DELETE FROM linked_child WHERE pupil_id = :p AND app_user_id = (SELECT id FROM app_user"
                + " WHERE username = :u)").param("p", pupilId).param("u", parentUsername).update();
    }

    /** The (demo) plan of a pupil. */
    public long planOf(long pupilId) {
        return jdbc.sql("SELECT id FROM support_plan WHERE pupil_id = :p ORDER BY id LIMIT 1").param("p", pupilId)
                .query(Long.class).single();
    }

    public long auditCount(String actor, String action, long pupilId, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND subject_type = 'PUPIL'"
                        + " AND subject_id = :id AND outcome = :o")
                .param("a", actor).param("act", action).param("id", String.valueOf(pupilId)).param("o", outcome)
                .query(Long.class).single();
    }
}
