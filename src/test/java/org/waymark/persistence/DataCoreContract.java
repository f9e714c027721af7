package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.audit.domain.AuditEvent;
import org.waymark.audit.domain.AuditEventRepository;
import org.waymark.base.domain.BankHolidayCalendar;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanFixtures;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanStep;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersion;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.Role;

/**
 * The data core's repository behaviour, run unchanged against H2 in MySQL mode and against a
 * real MySQL-compatible server: Flyway migrations, aggregates with their children, optimistic
 * locking, unique keys, the pupil queries with scope, filters, sorting and paging.
 */
abstract class DataCoreContract {

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired PupilDirectory directory;
    @Autowired AppUserRepository users;
    @Autowired AuditEventRepository auditEvents;
    @Autowired BankHolidayRepository bankHolidays;
    @Autowired JdbcClient jdbc;
    @Autowired SupportPlanRepository plans;
    @Autowired PlanVersionRepository planVersions;
    @Autowired org.waymark.plans.domain.PlanDirectory planDirectory;
    @Autowired org.waymark.plans.domain.PlanReviewRepository planReviews;
    @Autowired org.waymark.attachments.domain.AttachmentRepository attachments;
    @Autowired org.waymark.notifications.domain.NoticeRepository notices;
    @Autowired org.waymark.descriptors.domain.DescriptorFrameworkRepository frameworks;
    @Autowired org.waymark.bids.domain.BidRepository bids;
    @Autowired org.waymark.bids.domain.BidDirectory bidDirectory;
    @Autowired org.waymark.moderation.domain.FamilyBudgetRepository familyBudgets;
    @Autowired org.waymark.moderation.domain.ModerationMeetingRepository meetings;
    @Autowired org.waymark.allocations.domain.AllocationRepository allocations;
    @Autowired org.waymark.panels.domain.PanelRepository panelRepository;
    @Autowired org.waymark.panels.domain.PanelMeetingRepository panelMeetings;
    @Autowired org.waymark.panels.domain.DecisionLetterRepository decisionLetters;
    @Autowired org.waymark.panels.domain.InterimDecisionRepository interimDecisions;
    @Autowired org.waymark.panels.domain.AppealRequestRepository appealRequests;

    long laId;
    long familyId;
    long schoolA;
    long schoolB;
    long otherFamilySchool;

    @BeforeEach
    void organisation() {
        LocalAuthority la = LocalAuthority.create("T" + System.nanoTime() % 100000, "Testshire", null, Nation.ENGLAND,
                Set.of(Scheme.DESCRIPTOR_TOP_UP));
        la.setTerm(new Term("2026/27", TermName.AUTUMN, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18)));
        la.setTerm(new Term("2026/27", TermName.SPRING, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 25)));
        laId = authorities.save(la).getId();
        familyId = families.save(SchoolFamily.create(laId, "North")).id();
        long otherFamily = families.save(SchoolFamily.create(laId, "South")).id();
        schoolA = schools.save(School.create(laId, familyId, "1001", "Alder Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
        schoolB = schools.save(School.create(laId, familyId, "1002", "Birch Academy", Phase.SECONDARY,
                Governance.ACADEMY, true, 900, false)).id();
        otherFamilySchool = schools.save(School.create(laId, otherFamily, "1003", "Cedar Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 150, false)).id();
    }

    PupilDetails details(String first, String last, YearGroup year, AreaOfNeed primary, String upn) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(first);
        d.setLastName(last);
        d.setDateOfBirth(LocalDate.of(2016, 4, 1));
        d.setYearGroup(year);
        d.setPrimaryNeed(primary);
        d.setAreasOfNeed(EnumSet.of(primary, AreaOfNeed.ANXIETY_RELATED));
        d.setUpn(upn);
        d.setDiagnoses(List.of("Dyslexia", "Epilepsy"));
        return d;
    }

    Pupil save(String first, String last, long school, YearGroup year, AreaOfNeed primary, String upn) {
        return pupils.save(Pupil.enrol(details(first, last, year, primary, upn), laId, school,
                LocalDate.of(2021, 9, 1), Instant.parse("2026-11-22T10:15:30.123456Z")));
    }

    @Test
    void flyway_created_the_schema_and_reference_calendars() {
        assertThat(bankHolidays.countByCalendar(BankHolidayCalendar.ENGLAND_WALES)).isGreaterThanOrEqualTo(24);
        assertThat(bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(BankHolidayCalendar.SCOTLAND,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .extracting(h -> h.holidayDate()).containsExactly(LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void an_authority_keeps_its_schemes_and_terms() {
        LocalAuthority loaded = authorities.findById(laId).orElseThrow();
        assertThat(loaded.schemeSet()).containsExactly(Scheme.DESCRIPTOR_TOP_UP);
        assertThat(loaded.termsInOrder()).extracting(Term::termName).containsExactly(TermName.AUTUMN, TermName.SPRING);
        assertThat(loaded.termContaining(LocalDate.of(2027, 2, 1))).map(Term::termName).contains(TermName.SPRING);
        assertThat(loaded.getVersion()).isNotNull();
    }

    @Test
    void an_authority_keeps_its_contact_for_send_decisions() {
        LocalAuthority la = authorities.findById(laId).orElseThrow();
        assertThat(la.contact().isEmpty()).isTrue();
        var contact = org.waymark.organisation.domain.AuthorityContact.of("send@testshire.example", "01632 960 100",
                "SEND Team\nCounty Hall\n" + "x".repeat(250));
        la.changeContact(contact);
        authorities.save(la);
        assertThat(authorities.findById(laId).orElseThrow().contact()).isEqualTo(contact);
        assertThat(authorities.findById(laId).orElseThrow().termsInOrder()).hasSize(2);
    }

    @Test
    void a_pupil_round_trips_with_needs_diagnoses_and_enrolment_history() {
        Pupil pupil = save("Ellis", "Ashworth", schoolA, YearGroup.Y5, AreaOfNeed.COGNITION_LEARNING, "R801200101001");
        pupil.moveTo(schoolB, LocalDate.of(2026, 9, 2), EnrolmentEndReason.PLANNED_TRANSITION, LocalDate.of(2026, 9, 7));
        pupils.save(pupil);
        Pupil loaded = pupils.findById(pupil.getId()).orElseThrow();
        assertThat(loaded.areas()).containsExactlyInAnyOrder(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.ANXIETY_RELATED);
        assertThat(loaded.diagnosisTexts()).containsExactly("Dyslexia", "Epilepsy");
        assertThat(loaded.getEnrolments()).hasSize(2);
        assertThat(loaded.getEnrolments().get(0).endReason()).isEqualTo(EnrolmentEndReason.PLANNED_TRANSITION);
        assertThat(loaded.getEnrolments().get(0).notifiedOn()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(loaded.getEnrolments().get(1).notifiedOn()).isNull();
        assertThat(loaded.getSchoolId()).isEqualTo(schoolB);
        // seconds: Connector/J drops fractions on MariaDB 10.x, which reports itself as MySQL 5.5
        assertThat(loaded.getCreatedAt().truncatedTo(ChronoUnit.SECONDS))
                .isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
        assertThat(pupils.findByUpn("R801200101001")).isPresent();
    }

    @Test
    void an_authoritys_schemes_and_nation_are_read_on_their_own() {
        assertThat(authorities.findSchemeNames(laId)).containsExactly("DESCRIPTOR_TOP_UP");
        assertThat(authorities.findNationName(laId)).contains("ENGLAND");
        LocalAuthority scottish = authorities.save(LocalAuthority.create("S" + System.nanoTime() % 100000,
                "Glenshire", null, Nation.SCOTLAND, Set.of(Scheme.ASN_HOURS, Scheme.RESOURCE_ALLOCATION)));
        long scottishId = java.util.Objects.requireNonNull(scottish.getId());
        assertThat(authorities.findSchemeNames(scottishId)).containsExactlyInAnyOrder("ASN_HOURS", "RESOURCE_ALLOCATION");
        assertThat(authorities.findNationName(scottishId)).contains("SCOTLAND");
        assertThat(authorities.findNationName(-1)).isEmpty();
        assertThat(authorities.findSchemeNames(-1)).isEmpty();
    }

    @Test
    void a_pupils_placement_is_read_in_one_go_with_every_stay() {
        Pupil pupil = save("Ellis", "Carr", schoolA, YearGroup.Y5, AreaOfNeed.COGNITION_LEARNING, null);
        long id = java.util.Objects.requireNonNull(pupil.getId());
        assertThat(directory.placement(id)).contains(new PupilDirectory.Placement(schoolA, familyId, laId,
                List.of(new PupilDirectory.Stay(schoolA, null))));
        pupil.moveTo(otherFamilySchool, LocalDate.of(2026, 9, 2), EnrolmentEndReason.PLANNED_TRANSITION);
        pupils.save(pupil);
        PupilDirectory.Placement moved = directory.placement(id).orElseThrow();
        assertThat(moved.schoolId()).isEqualTo(otherFamilySchool);
        assertThat(moved.familyId()).isEqualTo(schools.findById(otherFamilySchool).orElseThrow().familyId())
                .isNotEqualTo(familyId);
        assertThat(moved.localAuthorityId()).isEqualTo(laId);
        assertThat(moved.stays()).containsExactly(new PupilDirectory.Stay(schoolA, LocalDate.of(2026, 9, 1)),
                new PupilDirectory.Stay(otherFamilySchool, null));
        assertThat(directory.placement(-1)).isEmpty();
    }

    @Test
    void a_stale_version_is_refused() {
        Pupil pupil = save("Ellis", "Bramley", schoolA, YearGroup.Y5, AreaOfNeed.COGNITION_LEARNING, null);
        Pupil first = pupils.findById(pupil.getId()).orElseThrow();
        Pupil second = pupils.findById(pupil.getId()).orElseThrow();
        PupilDetails changed = first.details();
        changed.setPreferredName("El");
        first.apply(changed, Instant.parse("2026-11-22T10:20:00Z"));
        pupils.save(first);
        PupilDetails other = second.details();
        other.setPreferredName("Elly");
        second.apply(other, Instant.parse("2026-11-22T10:21:00Z"));
        assertThatThrownBy(() -> pupils.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_upn_belongs_to_one_pupil_only() {
        save("Ellis", "Carrow", schoolA, YearGroup.Y5, AreaOfNeed.COGNITION_LEARNING, "C80120010100A");
        assertThatThrownBy(() -> save("Other", "Child", schoolA, YearGroup.Y5, AreaOfNeed.COGNITION_LEARNING,
                "C80120010100A")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_pupil_list_applies_scope_filters_sorting_and_paging_in_the_database() {
        save("Amy", "Dunmore", schoolA, YearGroup.Y3, AreaOfNeed.COGNITION_LEARNING, null);
        save("Ben", "Dunmore", schoolA, YearGroup.Y6, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null);
        save("Cal", "Ellery", schoolB, YearGroup.Y8, AreaOfNeed.COMMUNICATION_INTERACTION, null);
        save("Dee", "Fenwick", otherFamilySchool, YearGroup.Y4, AreaOfNeed.COGNITION_LEARNING, null);

        ListScope school = new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolA));
        ListScope family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));

        assertThat(names(directory.search(PupilFilter.none(), school, PupilSort.NAME, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben");
        assertThat(names(directory.search(PupilFilter.none(), family, PupilSort.NAME, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben", "Ellery, Cal");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.NAME_DESC, 0, 2)))
                .containsExactly("Fenwick, Dee", "Ellery, Cal");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.NAME_DESC, 2, 2)))
                .containsExactly("Dunmore, Ben", "Dunmore, Amy");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.YEAR_GROUP, 0, 50)))
                .containsExactly("Dunmore, Amy", "Fenwick, Dee", "Dunmore, Ben", "Ellery, Cal");
        assertThat(names(directory.search(new PupilFilter("dunm", null, null, null), authority, PupilSort.NAME, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben");
        assertThat(names(directory.search(new PupilFilter("BEN", null, null, null), authority, PupilSort.NAME, 0, 50)))
                .containsExactly("Dunmore, Ben");
        assertThat(names(directory.search(new PupilFilter("dunmore a", null, null, null), authority, PupilSort.NAME, 0, 50)))
                .containsExactly("Dunmore, Amy");
        assertThat(names(directory.search(new PupilFilter(null, YearGroup.Y8, null, null), authority, PupilSort.NAME, 0, 50)))
                .containsExactly("Ellery, Cal");
        assertThat(names(directory.search(new PupilFilter(null, null, otherFamilySchool, null), authority, PupilSort.NAME, 0, 50)))
                .containsExactly("Fenwick, Dee");
        assertThat(names(directory.search(new PupilFilter(null, null, null, AreaOfNeed.COGNITION_LEARNING), authority,
                PupilSort.NAME, 0, 50))).containsExactly("Dunmore, Amy", "Fenwick, Dee");
        // a secondary area of need matches too: every test pupil also has anxiety-related needs
        assertThat(directory.search(new PupilFilter(null, null, null, AreaOfNeed.ANXIETY_RELATED), authority,
                PupilSort.NAME, 0, 50)).hasSize(4);
        assertThat(names(directory.search(new PupilFilter("%", null, null, null), authority, PupilSort.NAME, 0, 50)))
                .isEmpty();
        assertThat(directory.search(PupilFilter.none(), ListScope.none(), PupilSort.NAME, 0, 50)).isEmpty();
        // school order: schools by name (Alder, Birch, Cedar), pupils by name within each, pages across schools
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.SCHOOL, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben", "Ellery, Cal", "Fenwick, Dee");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.SCHOOL, 1, 2)))
                .containsExactly("Dunmore, Ben", "Ellery, Cal");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.SCHOOL, 2, 2)))
                .containsExactly("Ellery, Cal", "Fenwick, Dee");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.SCHOOL_DESC, 0, 50)))
                .containsExactly("Fenwick, Dee", "Ellery, Cal", "Dunmore, Amy", "Dunmore, Ben");
        assertThat(names(directory.search(PupilFilter.none(), family, PupilSort.SCHOOL, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben", "Ellery, Cal");
        assertThat(names(directory.search(new PupilFilter(null, YearGroup.Y6, null, null), authority, PupilSort.SCHOOL,
                0, 50))).containsExactly("Dunmore, Ben");
        assertThat(names(directory.search(new PupilFilter("dun", null, null, null), authority, PupilSort.SCHOOL, 0, 50)))
                .containsExactly("Dunmore, Amy", "Dunmore, Ben");
        assertThat(names(directory.search(PupilFilter.none(), authority, PupilSort.YEAR_GROUP_DESC, 0, 50)))
                .containsExactly("Ellery, Cal", "Dunmore, Ben", "Fenwick, Dee", "Dunmore, Amy");
    }

    @Test
    void counts_and_duplicate_search_stay_within_scope() {
        Pupil a = save("Amy", "Garside", schoolA, YearGroup.Y3, AreaOfNeed.COGNITION_LEARNING, null);
        save("Ben", "Hollis", schoolB, YearGroup.Y8, AreaOfNeed.COMMUNICATION_INTERACTION, null);
        ListScope family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        Map<AreaOfNeed, Long> byNeed = directory.countByPrimaryNeed(family);
        assertThat(byNeed.get(AreaOfNeed.COGNITION_LEARNING)).isEqualTo(1);
        assertThat(byNeed.get(AreaOfNeed.COMMUNICATION_INTERACTION)).isEqualTo(1);
        assertThat(directory.count(family)).isEqualTo(2);
        assertThat(directory.countBySchool(family)).containsEntry(schoolA, 1L).containsEntry(schoolB, 1L);
        assertThat(directory.countByYearGroup(family)).containsEntry(YearGroup.Y3, 1L);
        assertThat(directory.sameNameAndBirthDate(laId, " amy ", "GARSIDE", LocalDate.of(2016, 4, 1), null))
                .extracting(PupilRow::id).containsExactly(a.getId());
        assertThat(directory.sameNameAndBirthDate(laId, "Amy", "Garside", LocalDate.of(2016, 4, 1), a.getId())).isEmpty();
        assertThat(directory.sameNameAndBirthDate(laId, "Amy", "Garside", LocalDate.of(2016, 4, 2), null)).isEmpty();
    }

    @Test
    void a_user_keeps_roles_scope_children_and_lock_state() {
        Pupil child = save("Amy", "Ingram", schoolA, YearGroup.Y3, AreaOfNeed.COGNITION_LEARNING, null);
        AppUser parent = AppUser.create("parent-" + System.nanoTime(), "{noop}x", "P", Set.of(Role.PARENT), null, null, null);
        parent.linkChild(child.getId());
        parent.recordFailedLogin(Instant.parse("2026-11-22T10:00:00Z"), 1, java.time.Duration.ofMinutes(15));
        AppUser saved = users.save(parent);
        AppUser loaded = users.findByUsername(saved.getUsername()).orElseThrow();
        assertThat(loaded.roleSet()).containsExactly(Role.PARENT);
        assertThat(loaded.childIds()).containsExactly(child.getId());
        assertThat(loaded.isLockedAt(Instant.parse("2026-11-22T10:05:00Z"))).isTrue();
        AppUser senco = users.save(AppUser.create("senco-" + System.nanoTime(), "{noop}x", "S",
                Set.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER), laId, null, schoolA));
        assertThat(users.findById(senco.getId()).orElseThrow().roleSet())
                .containsExactlyInAnyOrder(Role.SCHOOL_SENCO, Role.HEAD_TEACHER);
        assertThat(users.countByLocalAuthority(laId)).isEqualTo(1);
    }

    /** The reads on every page's path are written in SQL (DD026); they filter, order and load children as their names say. */
    @Test
    void the_hand_written_reads_filter_order_and_load_whole_aggregates() {
        Pupil pupil = save("Eve", "Hollis", schoolA, YearGroup.Y5, AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var older = org.waymark.bids.domain.Bid.start(pupil.getId(), schoolA, familyId, laId, 1, null, "senco", now);
        older.chooseAreas(Set.of("CI"), now);
        older.submit(new java.math.BigDecimal("100"), "senco", now.plusSeconds(60));
        long olderId = bids.save(older).getId();
        long newerId = bids.save(org.waymark.bids.domain.Bid.start(pupil.getId(), schoolA, familyId, laId, 1, null,
                "senco", now.plusSeconds(3600))).getId();
        assertThat(bids.findByPupilIdOrderByCreatedAtDesc(pupil.getId())).extracting(b -> b.getId())
                .containsExactly(newerId, olderId);
        assertThat(bids.findByPupilIdOrderByCreatedAtDesc(pupil.getId()).getLast().areaCodes()).containsExactly("CI");
        assertThat(bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, org.waymark.bids.domain.BidStatus.SUBMITTED))
                .extracting(b -> b.getId()).contains(olderId).doesNotContain(newerId);

        long first = plans.save(SupportPlan.start(pupil.getId(), laId, PlanType.SEN_SUPPORT, "senco", now)).getId();
        long second = plans.save(SupportPlan.start(pupil.getId(), laId, PlanType.SEN_SUPPORT, "senco",
                now.plusSeconds(60))).getId();
        assertThat(plans.findByPupilIdOrderByCreatedAt(pupil.getId())).extracting(SupportPlan::getId)
                .containsExactly(first, second);
        assertThat(plans.findByPupilIdOrderByCreatedAt(pupil.getId()).getFirst().getSteps())
                .extracting(PlanStep::status).containsExactly(PlanStatus.DRAFT);
        planVersions.save(PlanVersion.draft(first, 2, PlanContent.empty(), "senco", now));
        planVersions.save(PlanVersion.draft(first, 1, PlanContent.empty(), "senco", now));
        assertThat(planVersions.findBySupportPlanIdOrderByNumber(first)).extracting(PlanVersion::getNumber)
                .containsExactly(1, 2);

        AppUser zed = AppUser.create("zed-" + System.nanoTime(), "{noop}x", "Zed Young", Set.of(Role.CASEWORKER),
                laId, null, null);
        AppUser abe = AppUser.create("abe-" + System.nanoTime(), "{noop}x", "Abe Arden", Set.of(Role.CASEWORKER),
                laId, null, null);
        AppUser gone = AppUser.create("gone-" + System.nanoTime(), "{noop}x", "Ann Gone", Set.of(Role.CASEWORKER),
                laId, null, null);
        gone.setEnabled(false, now);
        users.saveAll(List.of(zed, abe, gone));
        assertThat(users.findByLocalAuthorityIdAndEnabledTrueOrderByDisplayName(laId))
                .extracting(AppUser::getDisplayName).containsExactly("Abe Arden", "Zed Young");
        assertThat(users.findByLocalAuthorityIdAndEnabledTrueOrderByDisplayName(laId).getFirst().roleSet())
                .containsExactly(Role.CASEWORKER);

        assertThat(schools.findByFamilyIdOrderByName(familyId)).extracting(School::name)
                .containsExactly("Alder Primary", "Birch Academy");
        assertThat(schools.findByLocalAuthorityIdOrderByName(laId)).extracting(School::name)
                .containsExactly("Alder Primary", "Birch Academy", "Cedar Primary");
        assertThat(families.findByLocalAuthorityIdOrderByName(laId)).extracting(SchoolFamily::name)
                .containsExactly("North", "South");
    }

    @Test
    void audit_events_are_kept_in_utc_and_found_by_subject() {
        Instant at = Instant.parse("2026-03-29T00:30:00.250Z"); // the night the UK clocks go forward
        auditEvents.save(new AuditEvent(null, at, "senco", "READ", "PUPIL", "42", "ALLOWED", null, "10.0.0.1", 42L));
        auditEvents.save(new AuditEvent(null, at.plusSeconds(3600), "head", "UPDATE", "PUPIL", "42", "ALLOWED",
                "changed: preferredName", "10.0.0.2", 42L));
        List<AuditEvent> events = auditEvents.findForSubject("PUPIL", "42");
        assertThat(events).extracting(AuditEvent::actor).containsExactly("head", "senco");
        assertThat(events.get(1).occurredAt().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(at.truncatedTo(ChronoUnit.SECONDS));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = '42'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void a_plan_keeps_its_steps_and_its_versions_as_documents() {
        Pupil pupil = save("Amy", "Jessop", schoolA, YearGroup.Y3, AreaOfNeed.COGNITION_LEARNING, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        SupportPlan plan = SupportPlan.start(pupil.getId(), laId, PlanType.SEN_SUPPORT, "senco", now);
        plan.agree("senco", now, LocalDate.of(2026, 11, 22));
        long planId = plans.save(plan).getId();
        PlanContent content = PlanFixtures.content().withSupportAround(null, List.of("x".repeat(20000)), List.of());
        PlanVersion v1 = planVersions.save(PlanVersion.draft(planId, 1, content, "senco", now));
        SupportPlan loaded = plans.findById(planId).orElseThrow();
        assertThat(loaded.getSteps()).extracting(PlanStep::status).containsExactly(PlanStatus.DRAFT, PlanStatus.AGREED);
        assertThat(loaded.getNextReviewDate()).isEqualTo(LocalDate.of(2027, 11, 22));
        assertThat(planVersions.findBySupportPlanIdAndNumber(planId, 1).orElseThrow().content()).isEqualTo(content);
        PlanVersion stale = planVersions.findById(v1.getId()).orElseThrow();
        PlanVersion fresh = planVersions.findById(v1.getId()).orElseThrow();
        fresh.replaceContent(PlanContent.empty(), "head", now);
        planVersions.save(fresh);
        stale.replaceContent(PlanFixtures.content(), "senco", now);
        assertThatThrownBy(() -> planVersions.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_versions_provision_lines_follow_its_content_and_the_report_sums_the_agreed_version_in_force() {
        Pupil pupil = save("Nia", "Rees", schoolA, YearGroup.Y3, AreaOfNeed.COGNITION_LEARNING, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        SupportPlan plan = SupportPlan.start(pupil.getId(), laId, PlanType.IDP_SCHOOL, "senco", now);
        plan.agree("senco", now, LocalDate.of(2026, 11, 22));
        long planId = plans.save(plan).getId();
        PlanContent first = PlanFixtures.content().withProvisions(List.of(
                new PlanContent.Provision("O1", "Reading", "TA", "Daily", new java.math.BigDecimal("2.5"),
                        new java.math.BigDecimal("900"), org.waymark.plans.domain.DeliveryLanguage.WELSH,
                        org.waymark.plans.domain.GroupSize.ONE_TO_ONE),
                new PlanContent.Provision("O2", "Talk", "ALNCo", "Weekly", new java.math.BigDecimal("1.25"),
                        new java.math.BigDecimal("300"), org.waymark.plans.domain.DeliveryLanguage.WELSH,
                        org.waymark.plans.domain.GroupSize.ONE_TO_ONE)));
        PlanVersion v1 = PlanVersion.draft(planId, 1, first, "senco", now);
        v1.agree("senco", now);
        planVersions.save(v1);
        // a later draft (a review) with other provision: stored with its own lines, not yet in force
        PlanVersion v2 = planVersions.save(PlanVersion.draft(planId, 2, first, "senco", now));
        v2.replaceContent(first.withProvisions(List.of(new PlanContent.Provision("O1", "Reading", "TA", "Daily",
                new java.math.BigDecimal("6"), new java.math.BigDecimal("900"),
                org.waymark.plans.domain.DeliveryLanguage.ENGLISH, org.waymark.plans.domain.GroupSize.GROUP))),
                "senco", now);
        planVersions.save(v2);
        assertThat(planVersions.findById(v2.getId()).orElseThrow().getProvisionLines()).extracting(
                org.waymark.plans.domain.PlanProvisionLine::groupSize)
                .containsExactly(org.waymark.plans.domain.GroupSize.GROUP);

        var rows = planDirectory.provisionBySchool(new org.waymark.security.domain.ListScope(
                org.waymark.security.domain.ListScope.Kind.SCHOOL, java.util.Set.of(schoolA)),
                java.util.EnumSet.of(PlanType.IDP_SCHOOL, PlanType.IDP_LA));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.schoolId()).isEqualTo(schoolA);
            assertThat(r.language()).isEqualTo(org.waymark.plans.domain.DeliveryLanguage.WELSH);
            assertThat(r.groupSize()).isEqualTo(org.waymark.plans.domain.GroupSize.ONE_TO_ONE);
            assertThat(r.pupils()).isEqualTo(1);
            assertThat(r.hoursPerWeek()).isEqualByComparingTo("3.75");
        });
        assertThat(planDirectory.provisionBySchool(new org.waymark.security.domain.ListScope(
                org.waymark.security.domain.ListScope.Kind.SCHOOL, java.util.Set.of(schoolB)),
                java.util.EnumSet.of(PlanType.IDP_SCHOOL))).isEmpty();
        assertThat(planDirectory.provisionBySchool(new org.waymark.security.domain.ListScope(
                org.waymark.security.domain.ListScope.Kind.SCHOOL, java.util.Set.of(schoolA)),
                java.util.EnumSet.of(PlanType.SEN_SUPPORT))).isEmpty();
    }

    private static List<String> names(List<PupilRow> rows) {
        return rows.stream().map(PupilRow::displayName).toList();
    }

    @Test
    void a_review_record_keeps_its_marked_and_new_outcomes_in_order_once_per_version() {
        Pupil pupil = save("Ben", "Rowe", schoolA, YearGroup.Y4, AreaOfNeed.COGNITION_LEARNING, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        long planId = plans.save(SupportPlan.start(pupil.getId(), laId, PlanType.SEN_SUPPORT, "senco", now)).getId();
        var record = new org.waymark.plans.domain.PlanReview.ReviewRecord(LocalDate.of(2026, 11, 20), "Met with family",
                List.of(new org.waymark.plans.domain.PlanReview.ReviewedOutcome("O1", "Counts to 20",
                                org.waymark.plans.domain.OutcomeProgress.ACHIEVED, "Yes"),
                        new org.waymark.plans.domain.PlanReview.ReviewedOutcome("O2", "Reads aloud",
                                org.waymark.plans.domain.OutcomeProgress.NOT_YET, "")),
                List.of(new org.waymark.plans.domain.PlanReview.NewOutcome("Adds to 10", LocalDate.of(2027, 7, 20))));
        planReviews.save(org.waymark.plans.domain.PlanReview.record(planId, 1, record, "senco", now));
        var loaded = planReviews.findBySupportPlanIdOrderByHeldOnDescIdDesc(planId);
        assertThat(loaded).hasSize(1);
        assertThat(loaded.getFirst().getOutcomes()).isEqualTo(record.outcomes());
        assertThat(loaded.getFirst().getNewOutcomes()).isEqualTo(record.newOutcomes());
        assertThat(planReviews.existsBySupportPlanIdAndReviewedVersion(planId, 1)).isTrue();
        assertThatThrownBy(() -> planReviews.save(org.waymark.plans.domain.PlanReview.record(planId, 1, record, "x", now)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void attachments_are_listed_per_owner_without_the_removed_ones() {
        Pupil pupil = save("Cara", "Lund", schoolA, YearGroup.Y5, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var kept = attachments.save(org.waymark.attachments.domain.Attachment.of(
                org.waymark.attachments.domain.OwnerType.PLAN, 77, pupil.getId(),
                org.waymark.attachments.domain.AttachmentKind.HEALTH_CARE_PLAN, "Cynllun gofal ŵyr.pdf",
                org.waymark.attachments.domain.FileType.PDF, java.util.UUID.randomUUID().toString(), 1234, "a".repeat(64),
                "senco", now));
        var removed = org.waymark.attachments.domain.Attachment.of(org.waymark.attachments.domain.OwnerType.PLAN, 77,
                pupil.getId(), org.waymark.attachments.domain.AttachmentKind.OTHER, "old.pdf",
                org.waymark.attachments.domain.FileType.PDF, java.util.UUID.randomUUID().toString(), 1, "b".repeat(64),
                "senco", now.plusSeconds(1));
        removed.remove("senco", now.plusSeconds(2));
        attachments.save(removed);
        attachments.save(org.waymark.attachments.domain.Attachment.of(org.waymark.attachments.domain.OwnerType.BID, 77,
                pupil.getId(), org.waymark.attachments.domain.AttachmentKind.OTHER, "bid.pdf",
                org.waymark.attachments.domain.FileType.PDF, java.util.UUID.randomUUID().toString(), 1, "c".repeat(64),
                "senco", now));
        var listed = attachments.findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAt(
                org.waymark.attachments.domain.OwnerType.PLAN, 77);
        assertThat(listed).extracting(org.waymark.attachments.domain.Attachment::getId).containsExactly(kept.getId());
        assertThat(listed.getFirst().getDisplayName()).isEqualTo("Cynllun gofal ŵyr.pdf");
    }

    @Test
    void notices_are_read_newest_first_and_counted_per_recipient() {
        String who = "reader" + System.nanoTime();
        notices.save(org.waymark.notifications.domain.Notice.to(who, "plans/1", Instant.parse("2026-11-20T10:00:00Z"),
                "notice.plan.shared", "#enum.PlanType.IDP_SCHOOL", "Siân", "1/12/2026"));
        var later = org.waymark.notifications.domain.Notice.to(who, "plans/1", Instant.parse("2026-11-21T10:00:00Z"),
                "notice.plan.agreed", "x");
        later.markRead(Instant.parse("2026-11-21T11:00:00Z"));
        notices.save(later);
        var mine = notices.findByRecipientOrderByCreatedAtDescIdDesc(who, org.springframework.data.domain.Limit.of(10));
        assertThat(mine).extracting(org.waymark.notifications.domain.Notice::getMessageKey)
                .containsExactly("notice.plan.agreed", "notice.plan.shared");
        assertThat(mine.getLast().argumentList()).containsExactly("#enum.PlanType.IDP_SCHOOL", "Siân", "1/12/2026");
        assertThat(notices.countByRecipientAndReadAtIsNull(who)).isEqualTo(1);
    }

    @Test
    void a_framework_keeps_every_area_theme_descriptor_level_and_rule_in_order() throws Exception {
        byte[] csv;
        try (var in = getClass().getResourceAsStream("/demo/descriptor-framework.csv")) {
            csv = in.readAllBytes();
        }
        var content = org.waymark.descriptors.domain.FrameworkCsv.read(csv).content().orElseThrow();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var saved = frameworks.save(org.waymark.descriptors.domain.DescriptorFramework.draft(laId, 2026, content,
                "admin", now));
        var loaded = frameworks.findById(saved.getId()).orElseThrow();
        assertThat(loaded.content()).isEqualTo(content);
        // a cell with no descriptor at this level is kept as such (an empty text, not a missing row)
        assertThat(loaded.descriptor("ANX3", "HLN3")).map(org.waymark.descriptors.domain.Descriptor::isNone)
                .contains(true);
        loaded.publish("admin", now);
        frameworks.save(loaded);
        assertThat(frameworks.findFirstByLocalAuthorityIdAndFinancialYearAndStatusOrderByIdDesc(laId, 2026,
                org.waymark.descriptors.domain.FrameworkStatus.PUBLISHED)).map(f -> f.getId()).contains(saved.getId());
        var stale = frameworks.findById(saved.getId()).orElseThrow();
        var fresh = frameworks.findById(saved.getId()).orElseThrow();
        frameworks.save(fresh);
        assertThatThrownBy(() -> frameworks.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_bid_keeps_its_choices_provision_and_steps_and_lists_by_the_bids_own_scope() {
        Pupil pupil = save("Dan", "Ivers", schoolA, YearGroup.Y4, AreaOfNeed.COMMUNICATION_INTERACTION, null);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var draft = org.waymark.bids.domain.Bid.start(pupil.getId(), schoolA, familyId, laId, 1, null, "senco", now);
        draft.chooseAreas(Set.of("CI"), now);
        draft.recordChoices(List.of(new org.waymark.bids.domain.ThemeChoice("CI", "CI1", "AFN", "Two-word instructions"),
                new org.waymark.bids.domain.ThemeChoice("CI", "CI2", "CORE", "Clear speech")), "AFN", now);
        draft.recordFundedProvision(List.of(new org.waymark.bids.domain.FundedProvision("Group", new java.math.BigDecimal("6100.50"))), now);
        draft.askForLevel("AFN", null, org.waymark.bids.domain.HighNeedsRequest.NEW_APPLICATION, now);
        long draftId = bids.save(draft).getId();
        var submitted = bids.findById(draftId).orElseThrow();
        submitted.submit(new java.math.BigDecimal("6000"), "senco", now.plusSeconds(60));
        bids.save(submitted);
        var loaded = bids.findById(draftId).orElseThrow();
        assertThat(loaded.areaCodes()).containsExactly("CI");
        assertThat(loaded.getChoices()).extracting(org.waymark.bids.domain.ThemeChoice::themeCode)
                .containsExactly("CI1", "CI2");
        assertThat(loaded.fundedTotal()).isEqualByComparingTo("6100.50");
        assertThat(loaded.getSteps()).extracting(org.waymark.bids.domain.BidStep::status).containsExactly(
                org.waymark.bids.domain.BidStatus.DRAFT, org.waymark.bids.domain.BidStatus.SUBMITTED);
        long otherDraft = bids.save(org.waymark.bids.domain.Bid.start(pupil.getId(), schoolA, familyId, laId, 1, null,
                "senco", now)).getId();

        var school = new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolA));
        var family = new ListScope(ListScope.Kind.FAMILY, Set.of(familyId));
        var none = org.waymark.bids.domain.BidFilter.none();
        assertThat(bidDirectory.list(school, none, 0, 10)).extracting(r -> r.bidId()).contains(draftId, otherDraft);
        assertThat(bidDirectory.list(family, none, 0, 10)).extracting(r -> r.bidId()).contains(draftId)
                .doesNotContain(otherDraft);
        assertThat(bidDirectory.list(school, new org.waymark.bids.domain.BidFilter(
                org.waymark.bids.domain.BidStatus.SUBMITTED, schoolA, "AFN"), 0, 10)).extracting(r -> r.bidId())
                .containsExactly(draftId);
        assertThat(bidDirectory.list(new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolB)), none, 0, 10)).isEmpty();
    }

    @Test
    void a_family_has_one_budget_per_year_kept_to_the_penny_with_optimistic_locking() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var figures = new org.waymark.moderation.domain.BudgetFigures(new java.math.BigDecimal("1117029"),
                new java.math.BigDecimal("48000.5"), new java.math.BigDecimal("25000"));
        var saved = familyBudgets.save(org.waymark.moderation.domain.FamilyBudget.set(familyId, laId, 2026, figures,
                "admin", now));
        var loaded = familyBudgets.findByFamilyIdAndFinancialYear(familyId, 2026).orElseThrow();
        assertThat(loaded.figures().afn()).isEqualByComparingTo("1117029");
        assertThat(loaded.figures().fnf()).isEqualByComparingTo("48000.50");
        assertThat(familyBudgets.findByLocalAuthorityIdAndFinancialYear(laId, 2026)).hasSize(1);
        assertThatThrownBy(() -> familyBudgets.save(org.waymark.moderation.domain.FamilyBudget.set(familyId, laId,
                2026, figures, "admin", now))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        var stale = familyBudgets.findById(saved.getId()).orElseThrow();
        var fresh = familyBudgets.findById(saved.getId()).orElseThrow();
        fresh.change(figures, "admin", now);
        familyBudgets.save(fresh);
        stale.change(figures, "other", now);
        assertThatThrownBy(() -> familyBudgets.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_moderation_meeting_keeps_its_cases_attendees_and_fnf_money_in_order() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        var meeting = org.waymark.moderation.domain.ModerationMeeting.open(familyId, laId, 2026,
                LocalDate.of(2026, 11, 24), List.of(org.waymark.moderation.domain.MeetingCase.bid(1, 11),
                        org.waymark.moderation.domain.MeetingCase.hlnCheck(2, null, "HLN1")), "family.senco", now);
        meeting.addAttendee(new org.waymark.moderation.domain.Attendee("Alex Marsh", "Family SENCO"));
        meeting.decide(0, org.waymark.moderation.domain.CaseOutcome.AGREED, "AFN_LOW", new java.math.BigDecimal("3000"),
                "Fits AFN", "family.senco", now);
        meeting.allocateFnf(new org.waymark.moderation.domain.FnfAllocation(
                org.waymark.moderation.domain.FnfPurpose.FAMILY_SENCO_TIME, new java.math.BigDecimal("2400"),
                "18 half days", "family.senco", now));
        long id = meetings.save(meeting).getId();
        var loaded = meetings.findById(id).orElseThrow();
        assertThat(loaded.getCases()).extracting(c -> c.kind()).containsExactly(
                org.waymark.moderation.domain.CaseKind.BID, org.waymark.moderation.domain.CaseKind.HLN_CHECK);
        assertThat(loaded.committedAfn()).isEqualByComparingTo("3000");
        assertThat(loaded.committedFnf()).isEqualByComparingTo("2400");
        assertThat(loaded.getAttendees()).extracting(a -> a.name()).containsExactly("Alex Marsh");
        assertThat(meetings.findByFamilyIdAndFinancialYear(familyId, 2026)).hasSize(1);
        var stale = meetings.findById(id).orElseThrow();
        var fresh = meetings.findById(id).orElseThrow();
        fresh.close("family.senco", now);
        meetings.save(fresh);
        stale.decide(1, org.waymark.moderation.domain.CaseOutcome.LEVEL_CONFIRMED, null, null, "fits", "x", now);
        assertThatThrownBy(() -> meetings.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void an_allocation_keeps_its_history_and_is_found_by_pupil_school_source_and_dates() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        long pupil = save("Ada", "Lovelace", schoolA, YearGroup.Y4, AreaOfNeed.COGNITION_LEARNING, null).getId();
        var holder = new org.waymark.allocations.domain.Allocation.Holder(laId, pupil, schoolA, familyId, "Kentshire",
                YearGroup.Y6);
        var origin = new org.waymark.allocations.domain.Allocation.Origin(
                org.waymark.allocations.domain.AllocationSource.PANEL, 77, LocalDate.of(2026, 11, 27), "caseworker", now,
                "HLN 1 fits");
        var line = org.waymark.allocations.domain.Allocation.open(holder,
                org.waymark.allocations.domain.FundingStream.HLN, "HLN1", new java.math.BigDecimal("10987"),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 7, 21), origin);
        long id = allocations.save(line).getId();
        var loaded = allocations.findById(id).orElseThrow();
        loaded.stopOnNotice(LocalDate.of(2027, 3, 25), org.waymark.allocations.domain.AllocationEnd.MOVED_AWAY,
                LocalDate.of(2027, 2, 25), "eso", now, "moved");
        allocations.save(loaded);
        var again = allocations.findById(id).orElseThrow();
        assertThat(again.getAmount()).isEqualByComparingTo("10987.00");
        assertThat(again.getHistory()).extracting(h -> h.event()).containsExactly("OPENED", "MOVED_AWAY");
        assertThat(again.getEndReason()).isEqualTo(org.waymark.allocations.domain.AllocationEnd.MOVED_AWAY);
        assertThat(again.getNotifiedOn()).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThat(again.getDecidedInYear()).isEqualTo(YearGroup.Y6);
        assertThat(again.getRecoupFrom()).isEqualTo("Kentshire");
        assertThat(allocations.findByPupilIdAndStreamOrderByStartDate(pupil,
                org.waymark.allocations.domain.FundingStream.HLN)).hasSize(1);
        assertThat(allocations.findBySourceAndSourceId(org.waymark.allocations.domain.AllocationSource.PANEL, 77))
                .extracting(a -> a.getId()).contains(id);
        assertThat(allocations.findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                schoolA, LocalDate.of(2027, 3, 25), LocalDate.of(2027, 1, 4))).hasSize(1);
        assertThat(allocations.findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
                schoolA, LocalDate.of(2027, 7, 21), LocalDate.of(2027, 4, 12))).isEmpty();
        assertThat(allocations.findByLocalAuthorityIdAndEndDateBetweenAndReminderSentOnIsNullOrderByEndDate(laId,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))).hasSize(1);
        var stale = allocations.findById(id).orElseThrow();
        var fresh = allocations.findById(id).orElseThrow();
        fresh.reminded(LocalDate.of(2027, 1, 5));
        allocations.save(fresh);
        stale.reminded(LocalDate.of(2027, 1, 6));
        assertThatThrownBy(() -> allocations.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_panel_meeting_keeps_seats_cases_decisions_and_its_letters() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        var panel = org.waymark.panels.domain.Panel.create(laId, org.waymark.panels.domain.PanelKind.HLN_MAIN);
        panel.seat(new org.waymark.panels.domain.PanelSeat(5, "Morgan Tate",
                org.waymark.panels.domain.SeatCapacity.SENIOR_OFFICER, org.waymark.panels.domain.SeatRole.CHAIR));
        panel = panelRepository.save(panel);
        assertThat(panelRepository.findByLocalAuthorityIdAndKind(laId, org.waymark.panels.domain.PanelKind.HLN_MAIN))
                .get().satisfies(p -> assertThat(p.getSeats()).hasSize(1));
        var meeting = org.waymark.panels.domain.PanelMeeting.open(laId, org.waymark.panels.domain.PanelKind.HLN_MAIN,
                LocalDate.of(2026, 11, 27), panel.getSeats(), "caseworker", now);
        meeting.list(org.waymark.panels.domain.PanelCase.listed(org.waymark.panels.domain.CaseKind.NEW_BID, 1,
                schoolA, 11L, null, null), Set.of());
        meeting.decide(0, new org.waymark.panels.domain.PanelCase.Decision(
                org.waymark.panels.domain.PanelOutcome.AWARDED, "HLN1", new java.math.BigDecimal("10987"),
                org.waymark.allocations.domain.AllocationPeriod.CUSTOM, LocalDate.of(2027, 7, 21), "Fits HLN 1"),
                "caseworker", now);
        long id = panelMeetings.save(meeting).getId();
        var loaded = panelMeetings.findById(id).orElseThrow();
        assertThat(loaded.getSeats()).extracting(s -> s.displayName()).containsExactly("Morgan Tate");
        assertThat(loaded.getCases().getFirst().amount()).isEqualByComparingTo("10987");
        assertThat(loaded.getCases().getFirst().periodEnd()).isEqualTo(LocalDate.of(2027, 7, 21));
        assertThat(panelMeetings.countSeatsHearing(5, 11)).isEqualTo(1);
        assertThat(panelMeetings.countSeatsHearing(6, 11)).isZero();
        assertThat(panelMeetings.meetingsDecidingBid(11)).contains(id);
        var calendar = new org.waymark.organisation.domain.SchoolCalendar(
                authorities.findById(laId).orElseThrow().termsInOrder(), Set.of());
        var letter = decisionLetters.save(org.waymark.panels.domain.DecisionLetter.owed(laId, id, 0, 1, schoolA, "cy",
                LocalDate.of(2026, 11, 27), calendar));
        assertThat(letter.getDueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(decisionLetters.findByLocalAuthorityIdAndSentOnIsNullOrderByDueBy(laId)).hasSize(1);
        assertThatThrownBy(() -> decisionLetters.save(org.waymark.panels.domain.DecisionLetter.owed(laId, id, 0, 1,
                schoolA, "en", LocalDate.of(2026, 11, 27), calendar)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        var interim = interimDecisions.save(org.waymark.panels.domain.InterimDecision.make(laId, 1, schoolA,
                org.waymark.panels.domain.InterimGround.FROM_ANOTHER_AUTHORITY, null, new java.math.BigDecimal("8000"),
                LocalDate.of(2027, 2, 27), "Arrived with an EHCP", "lead.send", LocalDate.of(2026, 11, 27)));
        assertThat(interimDecisions.findByLocalAuthorityIdAndListedMeetingIdIsNullOrderByDecidedOn(laId))
                .extracting(i -> i.getId()).containsExactly(interim.getId());
        var appeal = appealRequests.save(org.waymark.panels.domain.AppealRequest.ask(laId, 11, 1, schoolA, familyId,
                id, "HLN 3 fits", "head", now));
        assertThat(appealRequests.findByFamilyIdOrderByRequestedAtDesc(familyId)).extracting(a -> a.getId())
                .containsExactly(appeal.getId());
    }
}
