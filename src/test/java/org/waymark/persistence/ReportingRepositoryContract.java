package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
@Import({ReportDirectory.class, org.waymark.pupils.domain.PupilDirectory.class, org.waymark.reporting.domain.PupilCounts.class, org.waymark.reporting.domain.PlanCounts.class,
        org.waymark.ehc.domain.EhcTimelinessReport.class, org.waymark.plans.domain.PlanReviewDues.class})
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
    @Autowired org.waymark.ehc.domain.EhcTimelinessReport assessmentTimeliness;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired org.waymark.plans.domain.PlanReviewDues dues;
    @Autowired org.waymark.reporting.domain.PupilCounts pupilCounts;
    @Autowired org.waymark.allocations.domain.AllocationRepository allocations;
    @Autowired org.waymark.pupils.domain.PupilDirectory pupilDirectory;

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

    private static org.assertj.core.groups.Tuple row(String key, long count) {
        return org.assertj.core.groups.Tuple.tuple(key, count);
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

    private void ledgerLine(@org.jspecify.annotations.Nullable Long pupil, String stream,
                            @org.jspecify.annotations.Nullable String level, String amount) {
        Long family = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId).query(Long.class)
                .single();
        jdbc.sql("INSERT INTO allocation (local_authority_id, pupil_id, school_id, family_id, stream, level, amount,"
                        + " start_date, end_date, source, source_id, decided_on, created_at, created_by) VALUES (:la,"
                        + " :pupil, :school, :family, :stream, :level, :amount, :start, :end, 'PANEL', 1, :start, :at,"
                        + " 'caseworker')")
                .param("la", laId).param("pupil", pupil).param("school", pupil == null ? null : schoolId)
                .param("family", family).param("stream", stream).param("level", level)
                .param("amount", new java.math.BigDecimal(amount)).param("start", LocalDate.parse("2026-04-01"))
                .param("end", LocalDate.parse("2027-03-31")).param("at", NOW).update();
    }

    /**
     * Narrowed to one need, the figures counted from pupils' own records (incidents, plans, ledger
     * lines) look the pupil's main need up per record: the same counts as by hand, whole authority
     * and family alike.
     */
    @Test
    void one_need_counts_only_the_records_of_that_needs_pupils() {
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        incidents.save(incident(pupilId, NOW.minusSeconds(60)));
        incidents.save(incident(pupilId, NOW.minusSeconds(120)));
        incidents.save(incident(otherPupilId, NOW.minusSeconds(180)));
        plans.save(SupportPlan.start(pupilId, laId, PlanType.EHCP, "caseworker", NOW));
        plans.save(SupportPlan.start(otherPupilId, laId, PlanType.EHCP, "caseworker", NOW));
        ledgerLine(pupilId, "HLN", "HLN2", "3650");
        ledgerLine(otherPupilId, "HLN", "HLN1", "7300");
        ledgerLine(null, "AFN", null, "1000"); // the family's own line: no pupil, so no need
        ReportFilter year = ReportFilter.year(2026);
        ReportFilter cognition = new ReportFilter(2026, null, null, AreaOfNeed.COGNITION_LEARNING, null);
        LocalDate today = LocalDate.parse("2026-11-18");
        for (ListScope scope : List.of(new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId)),
                new ListScope(ListScope.Kind.FAMILY, Set.of(familyId)))) {
            assertThat(directory.restrictiveByNeed(scope, year)).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("COGNITION_LEARNING", 2), row("SENSORY_MEDICAL_PHYSICAL", 1));
            assertThat(directory.restrictiveByNeed(scope, cognition)).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("COGNITION_LEARNING", 2));
            assertThat(directory.restrictiveBySchool(scope, cognition)).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("Vale Primary", 2));
            assertThat(directory.plansByTypeAndStatus(scope, cognition, List.of("EHCP"))).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("EHCP/DRAFT", 1));
            assertThat(directory.pupilsByLevel(scope, cognition, today, List.of("HLN", "AFN"))).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("HLN2", 1));
            List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
            directory.ledgerLines(scope, cognition, List.of("HLN", "AFN"), line -> amounts.add(line.amount()));
            assertThat(amounts).as(scope.kind().name()).containsExactly(new java.math.BigDecimal("3650.00"));
            amounts.clear();
            directory.ledgerLines(scope, year, List.of("HLN", "AFN"), line -> amounts.add(line.amount()));
            assertThat(amounts).as(scope.kind().name()).hasSize(3);
            assertThat(directory.letterTimeliness(scope, cognition, today)).isEmpty();
            assertThat(directory.appealsByStatus(scope, cognition)).isEmpty();
        }
    }

    private @org.jspecify.annotations.Nullable String needKept(String table, long id) {
        return jdbc.sql("SELECT pupil_need FROM " + table + " WHERE id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    /**
     * Ledger lines, decision letters (V61) and restrictive practice incidents (V63) keep their pupil's
     * main need: written with a line or incident saved through the aggregate, rewritten when the pupil's save changes the need, filled for rows a bulk
     * writer wrote without it; narrowed to one need, the authority's and the family's figures count the
     * same before and after the fill.
     */
    @Test
    void ledger_lines_and_letters_keep_their_pupils_need_and_one_need_figures_follow_it() {
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        long saved = allocations.save(org.waymark.allocations.domain.Allocation.open(
                new org.waymark.allocations.domain.Allocation.Holder(laId, otherPupilId, schoolId, familyId, null),
                org.waymark.allocations.domain.FundingStream.HLN, "HLN1", new java.math.BigDecimal("7300"),
                LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"),
                new org.waymark.allocations.domain.Allocation.Origin(org.waymark.allocations.domain.AllocationSource.PANEL,
                        1L, LocalDate.parse("2026-04-01"), "caseworker", NOW, null))).getId();
        assertThat(needKept("allocation", saved)).isEqualTo("SENSORY_MEDICAL_PHYSICAL");
        ledgerLine(pupilId, "HLN", "HLN2", "3650"); // a bulk writer's line: no copy
        long bulk = jdbc.sql("SELECT MAX(id) FROM allocation").query(Long.class).single();
        assertThat(needKept("allocation", bulk)).isNull();
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ListScope family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        ReportFilter cognition = new ReportFilter(2026, null, null, AreaOfNeed.COGNITION_LEARNING, null);
        ReportFilter sensory = new ReportFilter(2026, null, null, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null);
        LocalDate today = LocalDate.parse("2026-11-18");
        java.util.function.BiConsumer<String, Map<String, List<String>>> same = (as, byNeed) -> {
            for (ListScope scope : List.of(authority, family)) {
                for (var need : List.of(cognition, sensory)) {
                    List<String> levels = byNeed.getOrDefault(need.area().name(), List.of());
                    assertThat(directory.pupilsByLevel(scope, need, today, List.of("HLN")))
                            .as(as + " " + scope.kind() + " " + need.area())
                            .extracting(ReportDirectory.Count::key).containsExactlyElementsOf(levels);
                    List<String> lines = new java.util.ArrayList<>();
                    directory.ledgerLines(scope, need, List.of("HLN"), line -> lines.add(line.level()));
                    assertThat(lines).as(as + " " + scope.kind() + " " + need.area())
                            .containsExactlyInAnyOrderElementsOf(levels);
                }
            }
        };
        same.accept("one line without the copy", Map.of("COGNITION_LEARNING", List.of("HLN2"),
                "SENSORY_MEDICAL_PHYSICAL", List.of("HLN1")));
        org.waymark.reporting.domain.PupilCounts.fillPupilNeeds(jdbcTemplate, laId);
        assertThat(needKept("allocation", bulk)).isEqualTo("COGNITION_LEARNING");
        same.accept("filled", Map.of("COGNITION_LEARNING", List.of("HLN2"), "SENSORY_MEDICAL_PHYSICAL", List.of("HLN1")));
        // a letter written by a bulk writer, filled; then Leo's main need changes: his line and letter follow
        jdbc.sql("INSERT INTO panel_meeting (local_authority_id, kind, meeting_date, status, opened_by, opened_at)"
                        + " VALUES (:la, 'MAIN', :on, 'CLOSED', 'caseworker', :at)")
                .param("la", laId).param("on", LocalDate.parse("2026-11-06")).param("at", java.sql.Timestamp.from(NOW))
                .update();
        long meeting = jdbc.sql("SELECT MAX(id) FROM panel_meeting").query(Long.class).single();
        jdbc.sql("INSERT INTO decision_letter (local_authority_id, panel_meeting_id, case_key, pupil_id, school_id,"
                        + " language, due_by) VALUES (:la, :meeting, 1, :pupil, :school, 'en', :due)")
                .param("la", laId).param("meeting", meeting).param("pupil", otherPupilId).param("school", schoolId)
                .param("due", LocalDate.parse("2026-11-20")).update();
        long letter = jdbc.sql("SELECT MAX(id) FROM decision_letter").query(Long.class).single();
        long kase = assessment(otherPupilId, "REQUESTED", "2026-10-01", null, null, null); // and an EHC request (V64)
        org.waymark.reporting.domain.PupilCounts.fillPupilNeeds(jdbcTemplate, laId);
        assertThat(needKept("decision_letter", letter)).isEqualTo("SENSORY_MEDICAL_PHYSICAL");
        assertThat(needKept("ehc_assessment", kase)).isEqualTo("SENSORY_MEDICAL_PHYSICAL");
        assertThat(directory.letterTimeliness(authority, sensory, today)).extracting(ReportDirectory.Count::count)
                .containsExactly(1L);
        // an incident saved through its aggregate keeps the need too (V63)
        long incident = incidents.save(incident(otherPupilId, NOW.minusSeconds(60))).getId();
        assertThat(needKept("restrictive_incident", incident)).isEqualTo("SENSORY_MEDICAL_PHYSICAL");
        Pupil leo = pupils.findById(otherPupilId).orElseThrow();
        PupilDetails d = leo.details();
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        leo.apply(d, NOW);
        pupils.save(leo);
        assertThat(needKept("allocation", saved)).isEqualTo("COGNITION_LEARNING");
        assertThat(needKept("decision_letter", letter)).isEqualTo("COGNITION_LEARNING");
        same.accept("after Leo's change of need", Map.of("COGNITION_LEARNING", List.of("HLN1", "HLN2")));
        assertThat(needKept("restrictive_incident", incident)).isEqualTo("COGNITION_LEARNING");
        assertThat(needKept("ehc_assessment", kase)).isEqualTo("COGNITION_LEARNING");
        assertThat(directory.restrictiveByNeed(authority, ReportFilter.year(2026)))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("COGNITION_LEARNING", 1));
        for (ListScope scope : List.of(authority, family)) {
            assertThat(directory.letterTimeliness(scope, sensory, today)).as(scope.kind().name()).isEmpty();
            assertThat(directory.letterTimeliness(scope, cognition, today)).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::count).containsExactly(1L);
        }
    }

    @Test
    void the_authoritys_pupil_figures_come_from_summaries_that_follow_each_save_and_match_a_live_count() {
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ReportFilter year = ReportFilter.year(2026);
        ReportDirectory.PupilFigures before = directory.pupilFigures(authority, year);
        assertThat(before.byNeed()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("COGNITION_LEARNING", 1), row("SENSORY_MEDICAL_PHYSICAL", 1));
        assertThat(before.bySchool()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("Vale Primary", 2));
        assertThat(before.byYear()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("Y4", 2));
        sameTallyAsTheRegister(Map.of(AreaOfNeed.COGNITION_LEARNING, 1L, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, 1L),
                Map.of(schoolId, 2L));
        // Leo's main need changes and he moves to a second school: the summaries follow the save
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        long second = schools.save(School.create(laId, familyId, "7002",
                "Vale Juniors", Phase.PRIMARY, Governance.MAINTAINED, false, 200, false)).id();
        Pupil leo = pupils.findById(otherPupilId).orElseThrow();
        PupilDetails d = leo.details();
        d.setPrimaryNeed(AreaOfNeed.COMMUNICATION_INTERACTION);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        leo.apply(d, NOW);
        leo.moveTo(second, LocalDate.of(2026, 9, 1), org.waymark.pupils.domain.EnrolmentEndReason.PLANNED_TRANSITION);
        pupils.save(leo);
        pupils.save(pupils.findById(pupilId).orElseThrow()); // saved unchanged: counted once still
        ReportDirectory.PupilFigures after = directory.pupilFigures(authority, year);
        assertThat(after.byNeed()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("COGNITION_LEARNING", 1), row("COMMUNICATION_INTERACTION", 1));
        assertThat(after.bySchool()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("Vale Juniors", 1), row("Vale Primary", 1));
        // the same figures counted live from the register (a family's scope is never summarised)
        ReportDirectory.PupilFigures live = directory.pupilFigures(new ListScope(ListScope.Kind.FAMILY,
                Set.of(familyId)), year);
        assertThat(live).isEqualTo(after);
        // narrowed to one need, from the summaries
        ReportDirectory.PupilFigures narrowed = directory.pupilFigures(authority,
                new ReportFilter(2026, null, null, AreaOfNeed.COMMUNICATION_INTERACTION, null));
        assertThat(narrowed.bySchool()).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("Vale Juniors", 1));
        sameTallyAsTheRegister(Map.of(AreaOfNeed.COGNITION_LEARNING, 1L, AreaOfNeed.COMMUNICATION_INTERACTION, 1L),
                Map.of(schoolId, 1L, second, 1L));
    }

    /**
     * The authority's home figures read from the summaries ({@code AuthorityPupilTally}) are the given ones and
     * the register's own counts for the authority's scope.
     */
    private void sameTallyAsTheRegister(Map<AreaOfNeed, Long> byNeed, Map<Long, Long> bySchool) {
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        org.waymark.pupils.domain.AuthorityPupilTally.Tally tally = pupilCounts.ofAuthority(laId);
        assertThat(tally.byPrimaryNeed().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(byNeed);
        assertThat(tally.byPrimaryNeed()).isEqualTo(pupilDirectory.countByPrimaryNeed(authority));
        assertThat(tally.byYearGroup()).isEqualTo(pupilDirectory.countByYearGroup(authority));
        assertThat(tally.bySchool()).isEqualTo(bySchool).isEqualTo(pupilDirectory.countBySchool(authority));
    }

    private long assessment(String status, String received, @org.jspecify.annotations.Nullable String decided,
                            @org.jspecify.annotations.Nullable String draftSent,
                            @org.jspecify.annotations.Nullable String closed) {
        return assessment(pupilId, status, received, decided, draftSent, closed);
    }

    private long assessment(long pupil, String status, String received, @org.jspecify.annotations.Nullable String decided,
                            @org.jspecify.annotations.Nullable String draftSent,
                            @org.jspecify.annotations.Nullable String closed) {
        jdbc.sql("INSERT INTO ehc_assessment (local_authority_id, pupil_id, school_id, source, requester,"
                        + " requester_role, reasons, needs, received_on, caseworker, status, decided_on, draft_sent_on,"
                        + " closed_on, recorded_by, recorded_at) VALUES (:la, :pupil, :school, 'SCHOOL', 'Vale Primary',"
                        + " '', 'Needs beyond the school', 'COGNITION_LEARNING', :received, 'caseworker', :status,"
                        + " :decided, :draft, :closed, 'caseworker', :at)")
                .param("la", laId).param("pupil", pupil).param("school", schoolId)
                .param("received", LocalDate.parse(received)).param("status", status)
                .param("decided", decided == null ? null : LocalDate.parse(decided))
                .param("draft", draftSent == null ? null : LocalDate.parse(draftSent))
                .param("closed", closed == null ? null : LocalDate.parse(closed))
                .param("at", java.sql.Timestamp.from(NOW)).update();
        return jdbc.sql("SELECT MAX(id) FROM ehc_assessment").query(Long.class).single();
    }

    private void pause(long assessment, String from, String to) {
        jdbc.sql("INSERT INTO ehc_pause (ehc_assessment_id, sort_key, reason, notes, from_on, to_on, recorded_by)"
                        + " VALUES (:a, 0, 'PERSONAL_CIRCUMSTANCES', 'In hospital', :from, :to, 'caseworker')")
                .param("a", assessment).param("from", LocalDate.parse(from)).param("to", LocalDate.parse(to)).update();
    }

    private void advice(long assessment, String requested, @org.jspecify.annotations.Nullable String returned) {
        jdbc.sql("INSERT INTO ehc_advice (ehc_assessment_id, kind, adviser, requested_on, returned_on)"
                        + " VALUES (:a, 'HEALTH', 'Community paediatrics', :requested, :returned)")
                .param("a", assessment).param("requested", LocalDate.parse(requested))
                .param("returned", returned == null ? null : LocalDate.parse(returned)).update();
    }

    /** Hand-worked cases (today 18 November 2026; the financial year 2026 runs 1 April 2026 to 31 March 2027). */
    @Test
    void ehc_assessment_timeliness_counts_each_step_as_worked_by_hand() {
        assessment("REQUESTED", "2026-10-01", null, null, null);                      // decision due 12 Nov: overdue
        assessment("REQUESTED", "2026-11-01", null, null, null);                      // decision due 13 Dec: not yet due
        assessment("ISSUED", "2026-04-01", "2026-05-01", "2026-07-01", "2026-08-01"); // all in time (due 13 May, 22 Jul, 19 Aug)
        long late = assessment("ISSUED", "2026-03-01", "2026-05-01", null, "2026-09-01"); // all late (12 Apr, 21 Jun, 19 Jul)
        advice(late, "2026-03-20", null);                                            // outstanding on a closed case: not counted
        long open = assessment("ASSESSING", "2026-05-01", "2026-06-01", null, null);
        pause(open, "2026-06-10", "2026-06-19");                                     // ten days off the clock
        advice(open, "2026-06-01", "2026-07-01");                                    // due 23 Jul with the pause: in time
        advice(open, "2026-06-01", null);                                            // overdue
        long paused = assessment("ISSUED", "2026-04-10", "2026-05-20", "2026-08-10", "2026-09-05");
        pause(paused, "2026-06-01", "2026-06-14");                                   // 14 days: final due 11 Sep, in time
        assessment("NOT_ASSESSED", "2026-01-01", "2026-02-01", null, "2026-02-01");   // the year before: not counted
        assessment("NOT_ISSUED", "2026-06-01", "2026-06-20", null, "2026-10-01");     // decision in time, no-plan decision late
        ListScope scope = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        List<ReportDirectory.Count> counts = assessmentTimeliness.timeliness(scope, ReportFilter.year(2026),
                LocalDate.parse("2026-11-18"));
        assertThat(counts).filteredOn(c -> c.count() > 0).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactlyInAnyOrder(
                        row("DECISION/ON_TIME", 4), row("DECISION/LATE", 1), row("DECISION/OVERDUE", 1),
                        row("DECISION/NOT_DUE", 1),
                        row("ADVICE/ON_TIME", 1), row("ADVICE/OVERDUE", 1),
                        row("DRAFT/ON_TIME", 2), row("DRAFT/LATE", 2), row("DRAFT/OVERDUE", 1),
                        row("FINAL/ON_TIME", 2), row("FINAL/LATE", 1), row("FINAL/OVERDUE", 1));
        // another school's scope sees none of them
        assertThat(assessmentTimeliness.timeliness(new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolId + 100000)),
                ReportFilter.year(2026), LocalDate.parse("2026-11-18"))).allMatch(c -> c.count() == 0);
    }

    @Test
    void reviews_are_told_held_on_time_held_late_or_held_before_due_dates_were_kept() {
        long plan = plans.save(SupportPlan.start(pupilId, laId, PlanType.SEN_SUPPORT, "senco", NOW)).getId();
        String review = "INSERT INTO plan_review (support_plan_id, reviewed_version, held_on, summary, recorded_by,"
                + " recorded_at) VALUES (:plan, :v, :held, 'Met', 'senco', :at)";
        long[] ids = new long[3];
        String[] held = {"2026-05-10", "2026-09-20", "2026-10-01"};
        for (int v = 0; v < 3; v++) {
            jdbc.sql(review).param("plan", plan).param("v", v + 1).param("held", LocalDate.parse(held[v]))
                    .param("at", java.sql.Timestamp.from(NOW)).update();
            ids[v] = jdbc.sql("SELECT MAX(id) FROM plan_review").query(Long.class).single();
        }
        // written past the aggregate, as a bulk writer would: the authority's summaries counted afresh; the due days
        // below then move two reviews from untimed to on time and late as they are kept
        org.waymark.reporting.domain.PlanCounts.recount(jdbcTemplate, laId);
        dues.record(ids[0], plan, LocalDate.parse("2026-05-31"), LocalDate.parse(held[0])); // on time
        dues.record(ids[1], plan, LocalDate.parse("2026-09-01"), LocalDate.parse(held[1])); // late
        // the third was recorded before due dates were kept
        ListScope scope = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        assertThat(directory.reviewTimeliness(scope, ReportFilter.year(2026), LocalDate.parse("2026-11-18"),
                List.of("SEN_SUPPORT"))).filteredOn(c -> c.key().startsWith("HELD"))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactlyInAnyOrder(row("HELD_ON_TIME", 1), row("HELD_LATE", 1), row("HELD_UNTIMED", 1));
        assertThat(dues.dueOn(ids[1])).contains(LocalDate.parse("2026-09-01"));
    }

    private @org.jspecify.annotations.Nullable String planNeed(long plan) {
        return jdbc.sql("SELECT pupil_need FROM support_plan WHERE id = :id").param("id", plan).query(String.class)
                .optional().orElse(null);
    }

    /**
     * Narrowed to one need, the authority's plan figures read the plan's copy of its pupil's main
     * need (V58): written with a new plan, rewritten on the pupil's plans when the pupil's save
     * changes the need, and a plan written without it (a bulk writer) still counted by its pupil's
     * need until it is filled. Each figure equals the family's, which reads the pupil's own row.
     */
    @Test
    void one_need_plan_figures_follow_a_change_of_the_pupils_need() {
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        long ava = plans.save(SupportPlan.start(pupilId, laId, PlanType.EHCP, "caseworker", NOW)).getId();
        long leo = plans.save(SupportPlan.start(otherPupilId, laId, PlanType.EHCP, "caseworker", NOW)).getId();
        assertThat(planNeed(ava)).isEqualTo("COGNITION_LEARNING");
        assertThat(planNeed(leo)).isEqualTo("SENSORY_MEDICAL_PHYSICAL");
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ListScope family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        ReportFilter cognition = new ReportFilter(2026, null, null, AreaOfNeed.COGNITION_LEARNING, null);
        ReportFilter sensory = new ReportFilter(2026, null, null, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null);
        LocalDate today = LocalDate.parse("2026-11-18");
        for (ListScope scope : List.of(authority, family)) {
            assertThat(directory.plansByTypeAndStatus(scope, cognition, List.of("EHCP"))).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("EHCP/DRAFT", 1));
            assertThat(directory.planVoices(scope, sensory, List.of("EHCP"))).as(scope.kind().name())
                    .extracting(ReportDirectory.Count::count).containsExactly(1L, 0L, 0L);
        }
        // Leo's main need changes: his plan's copy follows in the same save
        Pupil leoPupil = pupils.findById(otherPupilId).orElseThrow();
        PupilDetails d = leoPupil.details();
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        leoPupil.apply(d, NOW);
        pupils.save(leoPupil);
        assertThat(planNeed(leo)).isEqualTo("COGNITION_LEARNING");
        assertThat(planNeed(ava)).isEqualTo("COGNITION_LEARNING");
        // a plan's later save leaves the copy as it is
        SupportPlan avaPlan = plans.findById(ava).orElseThrow();
        avaPlan.agree("caseworker", NOW, today);
        plans.save(avaPlan);
        assertThat(planNeed(ava)).isEqualTo("COGNITION_LEARNING");
        // a plan written by a bulk writer without the copy: counted by its pupil's need until filled
        jdbc.sql("INSERT INTO support_plan (pupil_id, local_authority_id, plan_type, status, review_interval_months,"
                        + " next_review_date, created_at, version) VALUES (:pupil, :la, 'EHCP', 'AGREED', 12, :review, :at, 0)")
                .param("pupil", pupilId).param("la", laId).param("review", LocalDate.parse("2026-10-01"))
                .param("at", java.sql.Timestamp.from(NOW)).update();
        long bulk = jdbc.sql("SELECT MAX(id) FROM support_plan").query(Long.class).single();
        assertThat(planNeed(bulk)).isNull();
        // the bulk writer counts the authority's plans afresh (its plans' summaries, V59)
        org.waymark.reporting.domain.PlanCounts.recount(jdbcTemplate, laId);
        for (int round = 0; round < 2; round++) {
            for (ListScope scope : List.of(authority, family)) {
                String as = scope.kind().name() + (round == 0 ? ", one plan without the copy" : ", filled");
                assertThat(directory.plansByTypeAndStatus(scope, cognition, List.of("EHCP"))).as(as)
                        .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                        .containsExactly(row("EHCP/AGREED", 2), row("EHCP/DRAFT", 1));
                assertThat(directory.plansByTypeAndStatus(scope, sensory, List.of("EHCP"))).as(as).isEmpty();
                assertThat(directory.planVoices(scope, cognition, List.of("EHCP"))).as(as)
                        .extracting(ReportDirectory.Count::count).containsExactly(3L, 0L, 0L);
                assertThat(directory.reviewTimeliness(scope, cognition, today, List.of("EHCP"))).as(as)
                        .filteredOn(c -> !c.key().startsWith("HELD"))
                        .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                        .containsExactly(row("OVERDUE", 1), row("DUE", 0));
            }
            org.waymark.reporting.domain.PupilCounts.fillPupilNeeds(jdbcTemplate, laId);
        }
        assertThat(planNeed(bulk)).isEqualTo("COGNITION_LEARNING");
    }

    /** The four plan figures of the whole authority (its summaries) and of its one family (read live), for one need or all. */
    private void sameForAuthorityAndFamily(String step, @org.jspecify.annotations.Nullable AreaOfNeed need) {
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ListScope family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        ReportFilter filter = new ReportFilter(2026, null, null, need, null);
        LocalDate today = LocalDate.parse("2026-11-18");
        List<String> types = List.of("EHCP", "SEN_SUPPORT");
        String as = step + (need == null ? "" : ", " + need);
        assertThat(directory.plansByTypeAndStatus(authority, filter, types)).as(as + ": plans")
                .isEqualTo(directory.plansByTypeAndStatus(family, filter, types));
        assertThat(directory.reviewTimeliness(authority, filter, today, types)).as(as + ": reviews")
                .containsExactlyInAnyOrderElementsOf(directory.reviewTimeliness(family, filter, today, types));
        assertThat(directory.planVoices(authority, filter, types)).as(as + ": voices")
                .isEqualTo(directory.planVoices(family, filter, types));
        assertThat(directory.outcomesAtReview(authority, filter, types)).as(as + ": outcomes")
                .isEqualTo(directory.outcomesAtReview(family, filter, types));
    }

    private void sameForAuthorityAndFamily(String step) {
        sameForAuthorityAndFamily(step, null);
        sameForAuthorityAndFamily(step, AreaOfNeed.COGNITION_LEARNING);
        sameForAuthorityAndFamily(step, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
    }

    @Autowired org.waymark.plans.domain.PlanContributionRepository contributions;
    @Autowired org.waymark.plans.domain.PlanReviewRepository reviews;

    /**
     * The whole authority's plan figures are added up from the summaries PlanCounts keeps (V59); after
     * every kind of write they equal the same figures of the authority's one family, which reads the
     * plans themselves — and the figures do move (checked against hand counts on the way).
     */
    @Test
    void the_authoritys_plan_figures_come_from_summaries_that_follow_every_write_and_match_the_live_figures() {
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        ReportFilter year = ReportFilter.year(2026);
        List<String> types = List.of("EHCP", "SEN_SUPPORT");
        LocalDate today = LocalDate.parse("2026-11-18");
        sameForAuthorityAndFamily("no plans");
        long ava = plans.save(SupportPlan.start(pupilId, laId, PlanType.EHCP, "caseworker", NOW)).getId();
        long leo = plans.save(SupportPlan.start(otherPupilId, laId, PlanType.SEN_SUPPORT, "senco", NOW)).getId();
        sameForAuthorityAndFamily("two drafts");
        SupportPlan avaPlan = plans.findById(ava).orElseThrow();
        avaPlan.agree("caseworker", NOW, LocalDate.parse("2025-11-01")); // review due 2026-11-01: overdue today
        plans.save(avaPlan);
        assertThat(directory.reviewTimeliness(authority, year, today, types)).filteredOn(c -> !c.key().startsWith("HELD"))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("OVERDUE", 1), row("DUE", 0));
        sameForAuthorityAndFamily("one agreed");
        contributions.save(new org.waymark.plans.domain.PlanContribution(null, ava, 1,
                org.waymark.plans.domain.Voice.CHILD, "I like maths", "parent", NOW));
        contributions.save(new org.waymark.plans.domain.PlanContribution(null, ava, 1,
                org.waymark.plans.domain.Voice.CHILD, "And lunch", "parent", NOW));
        assertThat(directory.planVoices(authority, year, types)).extracting(ReportDirectory.Count::count)
                .containsExactly(2L, 1L, 0L);
        sameForAuthorityAndFamily("the child's words, twice");
        long review = reviews.save(org.waymark.plans.domain.PlanReview.record(ava, 1,
                new org.waymark.plans.domain.PlanReview.ReviewRecord(LocalDate.parse("2026-11-10"), "Went well",
                        List.of(new org.waymark.plans.domain.PlanReview.ReviewedOutcome("O1", "Reads", 
                                        org.waymark.plans.domain.OutcomeProgress.ACHIEVED, "Yes"),
                                new org.waymark.plans.domain.PlanReview.ReviewedOutcome("O2", "Asks",
                                        org.waymark.plans.domain.OutcomeProgress.PARTLY, "Often")), List.of()),
                "caseworker", NOW)).getId();
        assertThat(directory.reviewTimeliness(authority, year, today, types)).filteredOn(c -> c.key().startsWith("HELD"))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("HELD_UNTIMED", 1));
        sameForAuthorityAndFamily("a review, untimed");
        dues.record(review, ava, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-10"));
        assertThat(directory.reviewTimeliness(authority, year, today, types)).filteredOn(c -> c.key().startsWith("HELD"))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("HELD_LATE", 1));
        assertThat(directory.outcomesAtReview(authority, year, types))
                .extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                .containsExactly(row("ACHIEVED", 1), row("PARTLY", 1));
        sameForAuthorityAndFamily("the review's due day kept");
        // Ava's main need changes: her plan, its review and outcomes move to the new need
        Pupil avaPupil = pupils.findById(pupilId).orElseThrow();
        PupilDetails d = avaPupil.details();
        d.setPrimaryNeed(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL));
        avaPupil.apply(d, NOW);
        pupils.save(avaPupil);
        assertThat(directory.plansByTypeAndStatus(authority,
                new ReportFilter(2026, null, null, AreaOfNeed.COGNITION_LEARNING, null), types)).isEmpty();
        sameForAuthorityAndFamily("a change of need");
        SupportPlan leoPlan = plans.findById(leo).orElseThrow();
        leoPlan.agree("senco", NOW, today);
        plans.save(leoPlan);
        sameForAuthorityAndFamily("the second agreed");
        // counted afresh, the summaries are what the writes made them
        List<ReportDirectory.Count> kept = directory.plansByTypeAndStatus(authority, year, types);
        List<ReportDirectory.Count> keptReviews = directory.reviewTimeliness(authority, year, today, types);
        org.waymark.reporting.domain.PlanCounts.recount(jdbcTemplate, laId);
        assertThat(directory.plansByTypeAndStatus(authority, year, types)).isEqualTo(kept);
        assertThat(directory.reviewTimeliness(authority, year, today, types)).isEqualTo(keptReviews);
    }

    /** EHC assessments narrowed to one need: each case counted by its pupil's main need, looked up per case. */
    @Test
    void ehc_assessment_timeliness_narrowed_to_one_need_counts_that_needs_pupils_cases() {
        assessment(pupilId, "REQUESTED", "2026-10-01", null, null, null);      // Ava (cognition): decision overdue
        assessment(otherPupilId, "REQUESTED", "2026-11-01", null, null, null); // Leo (sensory): not yet due
        long familyId = jdbc.sql("SELECT family_id FROM school WHERE id = :id").param("id", schoolId)
                .query(Long.class).single();
        LocalDate today = LocalDate.parse("2026-11-18");
        for (ListScope scope : List.of(new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId)),
                new ListScope(ListScope.Kind.FAMILY, Set.of(familyId)))) {
            assertThat(assessmentTimeliness.timeliness(scope, ReportFilter.year(2026), today)).as(scope.kind().name())
                    .filteredOn(c -> c.count() > 0).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactlyInAnyOrder(row("DECISION/OVERDUE", 1), row("DECISION/NOT_DUE", 1));
            assertThat(assessmentTimeliness.timeliness(scope, new ReportFilter(2026, null, null,
                    AreaOfNeed.COGNITION_LEARNING, null), today)).as(scope.kind().name())
                    .filteredOn(c -> c.count() > 0).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("DECISION/OVERDUE", 1));
            assertThat(assessmentTimeliness.timeliness(scope, new ReportFilter(2026, null, null,
                    AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null), today)).as(scope.kind().name())
                    .filteredOn(c -> c.count() > 0).extracting(ReportDirectory.Count::key, ReportDirectory.Count::count)
                    .containsExactly(row("DECISION/NOT_DUE", 1));
            assertThat(assessmentTimeliness.timeliness(scope, new ReportFilter(2026, null, null,
                    AreaOfNeed.COMMUNICATION_INTERACTION, null), today)).as(scope.kind().name())
                    .allMatch(c -> c.count() == 0);
        }
    }
}
