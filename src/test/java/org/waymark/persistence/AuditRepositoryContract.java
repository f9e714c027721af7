package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.audit.service.AuditChainCheck;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Nation;
import org.waymark.dataprotection.domain.AccessLog;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * The audit trail's child column (V54, V54.1) and the data protection officer's access log query,
 * run unchanged on H2 in MySQL mode and on a real MySQL-compatible server: rows written through
 * {@link AuditLog} name their child (the pupil subject itself, or the child a RAS case belongs
 * to), the access log of an authority finds exactly its children's rows by that key (not another
 * authority's, not rows about no child), its filters work, the sealed chain still verifies, and the
 * database refuses to change a row's child.
 */
abstract class AuditRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired AuditLog auditLog;
    @Autowired AuditChainCheck chain;
    @Autowired AccessLog accessLog;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    long la;
    long otherLa;
    long ellie;
    long sam;
    long other;
    String actor;

    @BeforeEach
    void organisation() {
        la = authority("Testmoor County Council");
        otherLa = authority("Otherfold Borough Council");
        long school = school(la, "7101");
        ellie = pupil(la, school, "Ellie", "Ashby");
        sam = pupil(la, school, "Sam", "Corrigan");
        other = pupil(otherLa, school(otherLa, "7102"), "Noor", "Haddad");
        actor = "audit.reader." + System.nanoTime() % 1_000_000;
    }

    private long authority(String name) {
        return authorities.save(LocalAuthority.create("A" + System.nanoTime() % 100000, name, null, Nation.ENGLAND,
                Set.of())).getId();
    }

    private long school(long laId, String number) {
        long familyId = families.save(SchoolFamily.create(laId, "Vale")).id();
        return schools.save(School.create(laId, familyId, number, "Vale Primary", Phase.PRIMARY, Governance.MAINTAINED,
                false, 200, false)).id();
    }

    private long pupil(long laId, long schoolId, String first, String last) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(first);
        d.setLastName(last);
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        return pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 9, 1), NOW)).getId();
    }

    /** Writes as {@link #actor}, each call in its own committed transaction (sealed after it, as in the portal). */
    private void as(Runnable write) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        try {
            new TransactionTemplate(transactions).executeWithoutResult(s -> write.run());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long lastRow(String action) {
        return jdbc.sql("SELECT MAX(id) FROM audit_event WHERE actor = :a AND action = :act").param("a", actor)
                .param("act", action).query(Long.class).single();
    }

    private void writeTrail() {
        as(() -> auditLog.record("READ", "PUPIL", ellie, "pupil page"));
        as(() -> auditLog.recordFor(ellie, "READ_RAS_CASE", "RAS_CASE", 12L, null));
        as(() -> auditLog.record("SET_BUDGET", "FAMILY", 3L, "no child"));
        auditLog.recordAs(actor, "10.0.0.5", "READ_PUPIL", "PUPIL", String.valueOf(sam), AuditLog.Outcome.ALLOWED,
                "as a named actor");
        as(() -> auditLog.recordDenied("READ", "PUPIL", other, null));
        as(() -> auditLog.recordDeniedFor(other, "READ_RAS_CASE", "RAS_CASE", 13L, "another authority's case"));
    }

    @Test
    void each_row_names_its_child_and_an_authoritys_access_log_finds_its_childrens_rows_only() {
        writeTrail();

        List<AccessLog.Entry> own = accessLog.find(la, new AccessLog.Filter(null, actor, null, null), Dates.ZONE);
        assertThat(own).extracting(AccessLog.Entry::action, AccessLog.Entry::pupilId, AccessLog.Entry::record)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("READ_PUPIL", sam, ""),
                        org.assertj.core.groups.Tuple.tuple("READ_RAS_CASE", ellie, "RAS_CASE 12"),
                        org.assertj.core.groups.Tuple.tuple("READ", ellie, ""));
        assertThat(own.getLast().pupilName()).isEqualTo("Ellie Ashby");
        assertThat(own.getFirst().remoteAddress()).isEqualTo("10.0.0.5");

        List<AccessLog.Entry> theirs = accessLog.find(otherLa, new AccessLog.Filter(null, actor, null, null), Dates.ZONE);
        assertThat(theirs).extracting(AccessLog.Entry::action, AccessLog.Entry::outcome, AccessLog.Entry::record)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("READ_RAS_CASE", "DENIED", "RAS_CASE 13"),
                        org.assertj.core.groups.Tuple.tuple("READ", "DENIED", ""));
        assertThat(theirs).extracting(AccessLog.Entry::pupilId).containsOnly(other);

        assertThat(jdbc.sql("SELECT pupil_id FROM audit_event WHERE id = :id").param("id", lastRow("SET_BUDGET"))
                .query(Long.class).list()).containsExactly((Long) null);
    }

    @Test
    void the_access_logs_filters_narrow_by_pupil_and_day() {
        writeTrail();
        assertThat(accessLog.find(la, new AccessLog.Filter("corrig", actor, null, null), Dates.ZONE))
                .extracting(AccessLog.Entry::pupilId).containsExactly(sam);
        LocalDate today = LocalDate.now(Dates.ZONE);
        assertThat(accessLog.find(la, new AccessLog.Filter(null, actor, today, today), Dates.ZONE)).hasSize(3);
        assertThat(accessLog.find(la, new AccessLog.Filter(null, actor, today.plusDays(1), null), Dates.ZONE)).isEmpty();
    }

    @Test
    void the_chain_still_verifies_and_the_database_refuses_to_change_a_rows_child() {
        writeTrail();
        assertThat(chain.verify().firstBreak()).isEmpty();

        long rasRow = lastRow("READ_RAS_CASE");
        assertThat(jdbc.sql("SELECT pupil_id FROM audit_event WHERE id = :id").param("id", rasRow).query(Long.class)
                .single()).isEqualTo(other);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET pupil_id = :p WHERE id = :id").param("p", ellie)
                .param("id", rasRow).update()).hasMessageContaining("append-only");

        // a row not yet sealed may only be sealed: its child cannot be set either (V54.1's trigger)
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, outcome)"
                        + " VALUES (:at, :a, 'UNSEALED', 'SCHOOL', '7', 'ALLOWED')")
                .param("at", java.sql.Timestamp.from(NOW)).param("a", actor).update();
        long unsealed = lastRow("UNSEALED");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET pupil_id = :p WHERE id = :id").param("p", ellie)
                .param("id", unsealed).update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE id = :id AND pupil_id IS NULL")
                .param("id", unsealed).query(Long.class).single()).isOne();
        assertThat(chain.verify().firstBreak()).isEmpty();
    }
}
