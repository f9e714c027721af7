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
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.reporting.domain.ReportDirectory;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.reporting.domain.RestrictiveIncidentRepository;
import org.waymark.reporting.domain.RestrictiveKind;
import org.waymark.security.domain.ListScope;

/**
 * Reporting on H2 in MySQL mode and on a real MySQL-compatible server: V37's restrictive practice
 * incidents round trip and lock optimistically; the dashboard's SQL (CONCAT, CASE over EXISTS,
 * date windows) counts the same on both.
 */
@Import(ReportDirectory.class)
abstract class ReportingRepositoryContract {

    // whole seconds: MariaDB's driver here keeps whole seconds
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired SupportPlanRepository plans;
    @Autowired RestrictiveIncidentRepository incidents;
    @Autowired ReportDirectory directory;

    long laId;
    long schoolId;
    long pupilId;
    long otherPupilId;

    @BeforeEach
    void organisation() {
        laId = authorities.save(LocalAuthority.create("R" + System.nanoTime() % 100000, "Testshire", null,
                Nation.ENGLAND, Set.of(Scheme.DESCRIPTOR_TOP_UP))).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Vale")).id();
        schoolId = schools.save(School.create(laId, familyId, "7001", "Vale Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
        pupilId = pupil("Ava", AreaOfNeed.COGNITION_LEARNING);
        otherPupilId = pupil("Leo", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
    }

    private long pupil(String name, AreaOfNeed need) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(name);
        d.setLastName("Hollis");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(need);
        d.setAreasOfNeed(EnumSet.of(need));
        return pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 9, 1), NOW)).getId();
    }

    private RestrictiveIncident incident(long pupil, Instant at) {
        return RestrictiveIncident.record(laId, pupil, schoolId, new RestrictiveIncident.Facts(
                RestrictiveKind.SECLUSION, at, 12, "Ms Lacey", "Kept in the calm room."), "senco", NOW);
    }

    @Test
    void an_incident_round_trips_gets_its_debrief_and_a_stale_copy_is_refused() {
        RestrictiveIncident saved = incidents.save(incident(pupilId, NOW.minusSeconds(3600)));
        RestrictiveIncident loaded = incidents.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getKind()).isEqualTo(RestrictiveKind.SECLUSION);
        assertThat(loaded.getOccurredAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(loaded.getDurationMinutes()).isEqualTo(12);
        RestrictiveIncident stale = incidents.findById(saved.getId()).orElseThrow();
        loaded.recordDebrief(LocalDate.parse("2026-11-18"), "Talked it through", LocalDate.parse("2026-11-18"));
        incidents.save(loaded);
        assertThat(incidents.findById(saved.getId()).orElseThrow().getDebriefNote()).isEqualTo("Talked it through");
        stale.recordParentInformed(LocalDate.parse("2026-11-18"), "Phone", LocalDate.parse("2026-11-18"));
        assertThatThrownBy(() -> incidents.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_pupils_incidents_come_latest_first() {
        long older = incidents.save(incident(pupilId, NOW.minusSeconds(86400))).getId();
        long newer = incidents.save(incident(pupilId, NOW.minusSeconds(60))).getId();
        incidents.save(incident(otherPupilId, NOW.minusSeconds(30)));
        assertThat(incidents.findByPupilIdOrderByOccurredAtDescIdDesc(pupilId)).extracting(RestrictiveIncident::getId)
                .containsExactly(newer, older);
    }

    @Test
    void the_dashboard_counts_the_same_on_both_databases() {
        ListScope scope = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ReportFilter year = ReportFilter.year(2026);
        assertThat(directory.pupilsByNeed(scope, year)).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COGNITION_LEARNING", 1L),
                        org.assertj.core.groups.Tuple.tuple("SENSORY_MEDICAL_PHYSICAL", 1L));
        plans.save(SupportPlan.start(pupilId, laId, PlanType.EHCP, "caseworker", NOW));
        plans.save(SupportPlan.start(otherPupilId, laId, PlanType.EHCP, "caseworker", NOW));
        assertThat(directory.plansByTypeAndStatus(scope, year, List.of("EHCP")))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EHCP/DRAFT", 2L));
        assertThat(directory.planVoices(scope, year, List.of("EHCP"))).extracting(ReportDirectory.Count::count)
                .containsExactly(2L, 0L, 0L);
        incidents.save(incident(pupilId, NOW.minusSeconds(60)));
        incidents.save(incident(pupilId, Instant.parse("2026-03-31T22:00:00Z"))); // 31 March: the year before
        assertThat(directory.restrictiveBySchool(scope, year)).extracting(ReportDirectory.Count::count)
                .containsExactly(1L);
        assertThat(directory.letterTimeliness(scope, year, LocalDate.parse("2026-11-18"))).isEmpty();
        ListScope elsewhere = new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolId + 100000));
        assertThat(directory.pupilsByNeed(elsewhere, year)).isEmpty();
    }
}
