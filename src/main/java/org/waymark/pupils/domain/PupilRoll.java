package org.waymark.pupils.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The identifying facts of every pupil an authority holds, in one query, for comparing an import
 * file with the register (issue 22): numbers, names, date of birth, school, whether enrolled and
 * since when. Read-side only; the aggregate stays the way to change a pupil.
 */
@Component
public class PupilRoll {

    /** One held pupil as an import compares them. {@code currentSince} is null for a pupil who left. */
    public record HeldPupil(long id, long schoolId, @Nullable String upn, @Nullable String candidateNumber,
                            String firstName, String lastName, @Nullable String preferredName, LocalDate dateOfBirth,
                            YearGroup yearGroup, AreaOfNeed primaryNeed, boolean lookedAfter,
                            String preferredLanguage, int version, @Nullable LocalDate currentSince,
                            java.util.Set<AreaOfNeed> areas) {

        public boolean enrolled() {
            return currentSince != null;
        }

        public String displayName() {
            return Pupil.displayName(firstName, preferredName, lastName);
        }
    }

    private final JdbcClient jdbc;

    PupilRoll(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HeldPupil> ofAuthority(long localAuthorityId) {
        java.util.Map<Long, java.util.Set<AreaOfNeed>> areas = new java.util.HashMap<>();
        jdbc.sql("SELECT n.pupil_id, n.area FROM pupil_need n JOIN pupil p ON p.id = n.pupil_id"
                        + " WHERE p.local_authority_id = :la").param("la", localAuthorityId)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong(1), k -> java.util.EnumSet.noneOf(AreaOfNeed.class))
                            .add(AreaOfNeed.valueOf(rs.getString(2)));
                });
        return jdbc.sql("SELECT p.id, p.school_id, p.upn, p.candidate_number, p.first_name, p.last_name,"
                        + " p.preferred_name, p.date_of_birth, p.year_group, p.primary_need, p.looked_after,"
                        + " p.preferred_language, p.version, e.start_date"
                        + " FROM pupil p LEFT JOIN enrolment e ON e.pupil_id = p.id AND e.end_date IS NULL"
                        + " WHERE p.local_authority_id = :la ORDER BY p.id")
                .param("la", localAuthorityId)
                .query((rs, n) -> new HeldPupil(rs.getLong("id"), rs.getLong("school_id"), rs.getString("upn"),
                        rs.getString("candidate_number"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("preferred_name"), rs.getDate("date_of_birth").toLocalDate(),
                        YearGroup.valueOf(rs.getString("year_group")), AreaOfNeed.valueOf(rs.getString("primary_need")),
                        rs.getBoolean("looked_after"), rs.getString("preferred_language"), rs.getInt("version"),
                        rs.getDate("start_date") == null ? null : rs.getDate("start_date").toLocalDate(),
                        areas.getOrDefault(rs.getLong("id"), java.util.Set.of())))
                .list();
    }

    /**
     * A pupil as the undo of the import that added them finds them (DD020): school, names, and how
     * many enrolments they have and whether one is current (a move or leaving recorded since shows).
     */
    public record Enrolled(long id, long schoolId, String firstName, String lastName, @Nullable String preferredName,
                           int enrolments, boolean enrolled) {

        public String displayName() {
            return Pupil.displayName(firstName, preferredName, lastName);
        }
    }

    /** Those of {@code ids} still held (one statement: callers pass a slice), without loading the aggregates. */
    public List<Enrolled> enrolled(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id, p.school_id, p.first_name, p.last_name, p.preferred_name, COUNT(e.pupil_id),"
                        + " SUM(CASE WHEN e.pupil_id IS NOT NULL AND e.end_date IS NULL THEN 1 ELSE 0 END)"
                        + " FROM pupil p LEFT JOIN enrolment e ON e.pupil_id = p.id WHERE p.id IN (:ids)"
                        + " GROUP BY p.id, p.school_id, p.first_name, p.last_name, p.preferred_name")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Enrolled(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7) > 0))
                .list();
    }

    /** A held pupil with given names and date of birth, and the numbers they carry. */
    public record Namesake(long id, long schoolId, @Nullable String upn, @Nullable String candidateNumber) {
    }

    /**
     * The authority's pupils with these names (either case, outer spaces aside) and date of birth,
     * left or not: whom an import would match a record without a known number to.
     */
    public List<Namesake> namesakes(long localAuthorityId, String firstName, String lastName, LocalDate dateOfBirth) {
        return jdbc.sql("SELECT id, school_id, upn, candidate_number FROM pupil WHERE local_authority_id = :la"
                        + " AND date_of_birth = :dob AND name_key = :nameKey ORDER BY id")
                .param("la", localAuthorityId).param("dob", dateOfBirth)
                .param("nameKey", (lastName.strip() + " " + firstName.strip()).toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new Namesake(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Which of these numbers (UPNs, candidate numbers) any pupil holds, in any authority. */
    public java.util.Set<String> numbersHeld(java.util.Collection<String> numbers) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            found.addAll(jdbc.sql("SELECT upn FROM pupil WHERE upn IN (:n)"
                    + " UNION SELECT candidate_number FROM pupil WHERE candidate_number IN (:n)")
                    .param("n", chunk).query(String.class).list());
        }
        return found;
    }

    /** Which of these UPNs and candidate numbers are held by pupils of other authorities (they are unique). */
    public java.util.Set<String> numbersHeldElsewhere(long localAuthorityId, java.util.Collection<String> numbers) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            found.addAll(jdbc.sql("SELECT upn FROM pupil WHERE local_authority_id <> :la AND upn IN (:n)"
                    + " UNION SELECT candidate_number FROM pupil WHERE local_authority_id <> :la"
                    + " AND candidate_number IN (:n)").param("la", localAuthorityId).param("n", chunk)
                    .query(String.class).list());
        }
        return found;
    }
}
