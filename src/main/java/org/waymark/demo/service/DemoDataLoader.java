package org.waymark.demo.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.BankHoliday;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.panels.domain.Panel;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelRepository;
import org.waymark.panels.domain.PanelSeat;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.organisation.domain.UsualBankHolidays;
import org.waymark.organisation.domain.UsualTermDates;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.domain.DescriptorFrameworkRepository;
import org.waymark.descriptors.domain.FrameworkCsv;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.domain.FamilyBudget;
import org.waymark.moderation.domain.FamilyBudgetRepository;
import org.waymark.plans.domain.PlanReviewRepository;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

/**
 * Fills an empty database with the invented demo authorities, their families, schools and
 * pupils, and one login per role in each authority. Deterministic (fixed seed), so tests and
 * screenshots see the same pupils every time. Runs only when {@code waymark.demo-data.enabled}
 * is true and no authority exists yet.
 */
@Component
@ConditionalOnProperty(name = "waymark.demo-data.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo login (README). */
    public static final String DEMO_PASSWORD = "waymark-demo";
    /**
     * Sign-in, passwords and sessions (DD012): the authenticator secret of every demo login whose
     * role requires two-step sign-in (README), so a newcomer, the browser tests and the load test
     * can compute its codes. Demo data only; real accounts each enrol their own.
     */
    public static final String DEMO_TOTP_SECRET = "WAYMARKDEMOSECRETWAYMARKDEMOSECR";
    public static final int PUPILS_PER_AUTHORITY = 90;
    /** More pupils at the demo SENCO's school, where the scheme's work happens (and the tests make theirs). */
    public static final int MORE_AT_THE_SENCOS_SCHOOL = 30;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final List<String> DIAGNOSES = List.of("Autism spectrum condition",
            "Attention deficit hyperactivity disorder", "Dyslexia", "Developmental language disorder",
            "Moderate hearing loss", "Cerebral palsy", "Type 1 diabetes", "Epilepsy", "Down syndrome",
            "Developmental coordination disorder", "Visual impairment");

    private final LocalAuthorityRepository authorities;
    private final SchoolFamilyRepository families;
    private final SchoolRepository schools;
    private final PupilRepository pupils;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DemoPlans demoPlans;
    private final DescriptorFrameworkRepository frameworks;
    private final FamilyBudgetRepository budgets;
    private final PanelRepository panels;
    private final BankHolidayRepository bankHolidays;
    private final Clock clock;
    private final DemoWork work;
    private final DemoHours hours;
    private final DemoAlnWork alnWork;
    private final DemoEhcWork ehcWork;
    private final DemoEhcReviews ehcReviews;
    private final DemoRasWork rasWork;
    private final boolean workInFlight;
    private @Nullable DemoRestrictivePractice restrictivePractice;
    private @Nullable DemoLateReview lateReview;
    private @Nullable DemoApiClients apiClients;

    private org.waymark.security.service.@Nullable TwoStepService twoStep;

    /** Sign-in, passwords and sessions (DD012): enrols the demo logins that need two-step sign-in. */
    @org.springframework.beans.factory.annotation.Autowired
    void setTwoStep(org.waymark.security.service.TwoStepService twoStep) {
        this.twoStep = twoStep;
    }

    /** Restrictive practice demo (issue 19), set apart from the constructor to keep it additive. */
    @org.springframework.beans.factory.annotation.Autowired
    void setRestrictivePractice(DemoRestrictivePractice restrictivePractice) {
        this.restrictivePractice = restrictivePractice;
    }

    /** A review held late, for the reporting dashboard's timeliness (issue 19), additive as the one above. */
    @org.springframework.beans.factory.annotation.Autowired
    void setLateReview(DemoLateReview lateReview) {
        this.lateReview = lateReview;
    }

    private @Nullable DemoAuthorityNames authorityNames;

    /** Authority names typed before the list, left unmatched (issue 20 point 6), additive as the ones above. */
    @org.springframework.beans.factory.annotation.Autowired
    void setAuthorityNames(DemoAuthorityNames authorityNames) {
        this.authorityNames = authorityNames;
    }

    private List<String> onlyAuthorities = List.of();

    /**
     * Only these demo authorities (their codes: WLD, GLM, ARD, SVM), for a start that needs a small
     * data set quickly (the two-node test, deploy/cluster.sh on an empty MariaDB); empty loads all four.
     */
    @org.springframework.beans.factory.annotation.Autowired
    void setOnlyAuthorities(@org.springframework.beans.factory.annotation.Value("${waymark.demo-data.authorities:}")
                            List<String> only) {
        this.onlyAuthorities = only.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    private @Nullable DemoImport demoImport;

    /** Two applied imports of the SENCO's school, one that can be undone (issue 22, DD020), additive as the ones above. */
    @org.springframework.beans.factory.annotation.Autowired
    void setDemoImport(DemoImport demoImport) {
        this.demoImport = demoImport;
    }

    /** The API's demo clients (issue 22 point 4, DD018), additive as the ones above. */
    @org.springframework.beans.factory.annotation.Autowired
    void setApiClients(DemoApiClients apiClients) {
        this.apiClients = apiClients;
    }

    DemoDataLoader(LocalAuthorityRepository authorities, SchoolFamilyRepository families, SchoolRepository schools,
                   PupilRepository pupils, AppUserRepository users, PasswordEncoder passwordEncoder,
                   SupportPlanRepository plans, PlanVersionRepository planVersions, PlanReviewRepository planReviews,
                   DescriptorFrameworkRepository frameworks, FamilyBudgetRepository budgets, PanelRepository panels,
                   BankHolidayRepository bankHolidays, Clock clock, DemoWork work, DemoHours hours, DemoAlnWork alnWork,
                   DemoEhcWork ehcWork,
                   DemoEhcReviews ehcReviews,
                   DemoRasWork rasWork,
                   @org.springframework.beans.factory.annotation.Value("${waymark.demo-data.work-in-flight:true}")
                   boolean workInFlight) {
        this.bankHolidays = bankHolidays;
        this.work = work;
        this.hours = hours;
        this.alnWork = alnWork;
        this.ehcWork = ehcWork;
        this.ehcReviews = ehcReviews;
        this.rasWork = rasWork;
        this.workInFlight = workInFlight;
        this.panels = panels;
        this.frameworks = frameworks;
        this.budgets = budgets;
        this.demoPlans = new DemoPlans(plans, planVersions, planReviews);
        this.authorities = authorities;
        this.families = families;
        this.schools = schools;
        this.pupils = pupils;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (authorities.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        // One hash for all demo accounts: they share a published password, and hashing it once
        // keeps start-up fast. Real accounts each get their own salted hash.
        String passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        LocalDate today = LocalDate.now(clock);
        List<DemoAuthority> demos = DemoAuthorities.all(today).stream()
                .filter(d -> onlyAuthorities.isEmpty() || onlyAuthorities.contains(d.code())).toList();
        if (demos.isEmpty()) {
            throw new IllegalStateException("waymark.demo-data.authorities names no demo authority: " + onlyAuthorities
                    + " (the codes are " + DemoAuthorities.all(today).stream().map(DemoAuthority::code).toList() + ")");
        }
        addUsualBankHolidays(demos);
        int index = 0;
        for (DemoAuthority demo : demos) {
            load(demo, new Random(2026L + index++), passwordHash);
        }
        if (twoStep != null) {
            twoStep.enrolForDemo(users.findAll().stream().filter(AppUser::requiresTwoStep)
                    .map(u -> java.util.Objects.requireNonNull(u.getId())).toList(), DEMO_TOTP_SECRET);
        }
        if (authorityNames != null) {
            authorityNames.load();
        }
        LOG.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The nations' usual bank holidays for every calendar year the demo terms touch (the
     * migration holds only the published 2025-2027 calendars); days already held are kept.
     */
    private void addUsualBankHolidays(List<DemoAuthority> demos) {
        for (DemoAuthority demo : demos) {
            var calendar = demo.nation().bankHolidayCalendar();
            int from = demo.terms().getFirst().startDate().getYear();
            int to = demo.terms().getLast().endDate().getYear();
            Set<LocalDate> held = bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(calendar,
                    LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)).stream().map(BankHoliday::holidayDate)
                    .collect(java.util.stream.Collectors.toCollection(HashSet::new));
            List<BankHoliday> missing = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                UsualBankHolidays.of(calendar, year).stream().filter(h -> held.add(h.date()))
                        .forEach(h -> missing.add(new BankHoliday(null, calendar, h.date(), h.name(), null)));
            }
            bankHolidays.saveAll(missing);
        }
    }

    /**
     * The bundled demo framework (our own words), read through the same importer administrators
     * use and published for this financial year, so bids can be made at once.
     */
    private void publishDemoFramework(long laId) {
        byte[] csv;
        try (var in = getClass().getResourceAsStream("/demo/descriptor-framework.csv")) {
            csv = Objects.requireNonNull(in, "demo framework missing").readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FrameworkCsv.Result result = FrameworkCsv.read(csv);
        if (!result.valid()) {
            throw new IllegalStateException("The bundled demo framework does not import: " + result.problems());
        }
        var now = clock.instant();
        DescriptorFramework framework = DescriptorFramework.draft(laId,
                Dates.financialYearOf(java.time.LocalDate.now(clock)), result.content().orElseThrow(),
                "admin", now);
        framework.publish("admin", now);
        frameworks.save(framework);
    }

    private void load(DemoAuthority demo, Random random, String passwordHash) {
        LocalAuthority authority = LocalAuthority.create(demo.code(), demo.name(), demo.nameCy(), demo.nation(),
                demo.schemes());
        demo.terms().forEach(authority::setTerm);
        authority.changeContact(AuthorityContact.of(demo.contact().email(), demo.contact().phone(),
                demo.contact().postalAddress()));
        if (demo.schemes().contains(Scheme.IDP)) {
            // the ALN referral clock counts school days: the Welsh county enters its half-term weeks
            UsualTermDates.halfTermsAround(demo.nation(), LocalDate.now(clock), DemoAuthorities.YEARS_BACK,
                    DemoAuthorities.YEARS_AHEAD).forEach(authority::setBreak);
        }
        long laId = Objects.requireNonNull(authorities.save(authority).getId());

        List<School> allSchools = new ArrayList<>();
        List<SchoolFamily> allFamilies = new ArrayList<>();
        int reference = 2001;
        for (DemoAuthority.DemoFamily demoFamily : demo.families()) {
            SchoolFamily family = families.save(SchoolFamily.create(laId, demoFamily.name()));
            allFamilies.add(family);
            for (DemoAuthority.DemoSchool s : demoFamily.schools()) {
                allSchools.add(schools.save(School.create(laId, family.id(), String.valueOf(reference++), s.name(),
                        s.phase(), s.governance(), s.optedOut(), s.numberOnRoll(), s.welshMedium())));
            }
        }

        List<Pupil> saved = new ArrayList<>();
        Set<String> usedNumbers = new HashSet<>();
        for (int i = 0; i < PUPILS_PER_AUTHORITY + MORE_AT_THE_SENCOS_SCHOOL; i++) {
            // the first school of the first family gets the most pupils: it is the demo SENCO's; the
            // extra ones come last, so the first ninety stay the same pupils as before they were added
            School school = i < 18 || i >= PUPILS_PER_AUTHORITY ? allSchools.getFirst()
                    : allSchools.get(random.nextInt(allSchools.size()));
            saved.add(pupils.save(pupil(demo, authority, laId, school, allSchools, random, usedNumbers)));
        }

        createPlans(demo, saved, allSchools);
        if (demo.schemes().contains(Scheme.DESCRIPTOR_TOP_UP)) {
            publishDemoFramework(laId);
            // this year's budgets for each family (demo figures of our own)
            int year = Dates.financialYearOf(java.time.LocalDate.now(clock));
            allFamilies.forEach(f -> budgets.save(FamilyBudget.set(Objects.requireNonNull(f.id()), laId, year,
                    new BudgetFigures(new java.math.BigDecimal("160000"), new java.math.BigDecimal("48000"),
                            new java.math.BigDecimal("25000")), "admin", clock.instant())));
        }

        School home = allSchools.getFirst();
        SchoolFamily firstFamily = allFamilies.getFirst();
        String s = demo.usernameSuffix();
        List<AppUser> accounts = new ArrayList<>();
        accounts.add(staff("senco" + s, "Sam Whitfield", Role.SCHOOL_SENCO, laId, firstFamily.id(), home.id(), passwordHash));
        accounts.add(staff("head" + s, "Jo Pemberton", Role.HEAD_TEACHER, laId, firstFamily.id(), home.id(), passwordHash));
        accounts.add(staff("family.senco" + s, "Alex Marsh", Role.FAMILY_SENCO, laId, firstFamily.id(), null, passwordHash));
        accounts.add(staff("caseworker" + s, "Robin Hale", Role.CASEWORKER, laId, null, null, passwordHash));
        accounts.add(staff("lead.send" + s, "Morgan Tate", Role.LEAD_SEND_COORDINATOR, laId, null, null, passwordHash));
        accounts.add(staff("personalisation" + s, "Casey Lund", Role.PERSONALISATION_OFFICER, laId, null, null, passwordHash));
        accounts.add(staff("eso" + s, "Jamie Orr", Role.EDUCATION_SUPPORT_OFFICER, laId, null, null, passwordHash));
        accounts.add(staff("inclusion" + s, "Drew Kemp", Role.INCLUSION_TEAM, laId, null, null, passwordHash));
        accounts.add(staff("panel" + s, "Pat Greaves", Role.PANEL_MEMBER, laId, null, null, passwordHash));
        accounts.add(staff("finance" + s, "Lee Ashdown", Role.FINANCE_OFFICER, laId, null, null, passwordHash));
        accounts.add(staff("admin" + s, "Chris Vale", Role.LA_ADMIN, laId, null, null, passwordHash));
        // DD013: the authority's data protection officer (the access log and the audit trail check)
        accounts.add(staff("dpo" + s, "Rowan Ellis", Role.DATA_PROTECTION_OFFICER, laId, null, null, passwordHash));
        if (demo.nation() == Nation.ENGLAND) {
            // England's EHC needs assessments: a second caseworker, and the SEND team leader who shares
            // the cases out (a caseworker too, so every caseworker's screen is theirs)
            accounts.add(staff("caseworker.two" + s, "Sasha Byrne", Role.CASEWORKER, laId, null, null, passwordHash));
            accounts.add(AppUser.create("teamlead" + s, passwordHash, "Avery Quinn",
                    Set.of(Role.CASEWORKER, Role.SEND_TEAM_LEADER), laId, null, null));
        }
        if (demo.schemes().contains(Scheme.ASN_HOURS)) {
            // the early-years officer, who takes early-years mid-term requests and scrutinises them with Jamie Orr
            accounts.add(staff("eso.ey" + s, "Kirsty Baird", Role.EDUCATION_SUPPORT_OFFICER, laId, null, null,
                    passwordHash));
        }
        // a SENCO at an academy that opted out of the family scheme: it cannot bid to the family
        allSchools.stream().filter(School::optedOut).findFirst().ifPresent(academy -> accounts.add(staff(
                "senco.optedout" + s, "Ari Penrose", Role.SCHOOL_SENCO, laId, academy.familyId(), academy.id(),
                passwordHash)));
        AppUser parent = AppUser.create("parent" + s, passwordHash, "Hannah Carver", Set.of(Role.PARENT), null, null, null);
        // the parent's children: the first two pupils of the SENCO's school
        saved.stream().filter(p -> p.getSchoolId() == home.id()).limit(2)
                .forEach(p -> parent.linkChild(Objects.requireNonNull(p.getId())));
        if (demo.nation() == Nation.WALES) {
            parent.changeLocale(java.util.Locale.forLanguageTag("cy"));
        }
        accounts.add(parent);
        List<AppUser> savedAccounts = users.saveAll(accounts);
        seatPanels(laId, savedAccounts, s);
        if (demo.schemes().contains(Scheme.ASN_HOURS)) {
            // the council's settings for assistant hours, saved by its administrator
            hours.configure(s);
        }
        if (demo.schemes().contains(Scheme.RESOURCE_ALLOCATION)) {
            // the RAS authority's rates, outcome framework, past cases and converter fit (issue 18)
            rasWork.configure(laId, s);
            seatResourcePanel(laId, savedAccounts, s);
        }
        if (workInFlight && demo.schemes().contains(Scheme.RESOURCE_ALLOCATION)) {
            rasWork.showWorkInFlight(s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
        }
        if (workInFlight && demo.schemes().contains(Scheme.DESCRIPTOR_TOP_UP)) {
            // the scheme's work in flight, made through its services as the demo users
            School moveTo = allSchools.stream().filter(x -> Objects.equals(x.familyId(), firstFamily.id())
                    && !Objects.equals(x.id(), home.id()) && !x.optedOut() && x.phase() == home.phase())
                    .findFirst().orElseThrow();
            work.showWorkInFlight(laId, s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList(), Objects.requireNonNull(moveTo.id()));
        }
        if (workInFlight && demo.schemes().contains(Scheme.ASN_HOURS)) {
            // the Scottish council's assistant hours: requests in each state, a school under scrutiny
            hours.showWorkInFlight(s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
        }
        if (workInFlight && demo.nation() == Nation.ENGLAND && demo.schemes().contains(Scheme.DESCRIPTOR_TOP_UP)) {
            // the descriptor county's EHC plans in sections A–K and their annual reviews at each step, through
            // their services (the RAS county's cases are its RAS work above)
            ehcReviews.showWorkInFlight(s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
            // England's EHC needs assessments on their clock, through their services as the demo users
            List<Long> home2 = saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList();
            ehcWork.showWorkInFlight(saved.stream().map(p -> Objects.requireNonNull(p.getId())).toList(), home2);
        }
        if (workInFlight && demo.schemes().contains(Scheme.IDP)) {
            // the Welsh ALN process in flight, through its services as the demo users
            alnWork.showWorkInFlight(laId, s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
        }
        if (workInFlight && restrictivePractice != null) {
            // restrictive practice incidents at the SENCO's school, recorded as the SENCO (issue 19)
            restrictivePractice.showIncidents(s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
        }
        if (workInFlight && lateReview != null) {
            // a plan review held a month after it was due, through the plan service as the SENCO (issue 19)
            lateReview.holdOneLate(s, saved.stream().filter(p -> p.getSchoolId() == home.id())
                    .map(p -> Objects.requireNonNull(p.getId())).toList());
        }
        if (apiClients != null && s.isEmpty()) {
            // one enabled and one disabled API client of the English authority, as its administrator (README keys)
            apiClients.register(s, home.id());
        }
        if (workInFlight && demoImport != null && s.isEmpty()) {
            // two CTF imports of the SENCO's school through the import service: one past its undo period, one
            // from yesterday that can still be undone (DD020)
            demoImport.showImports(s, home.referenceNumber(), home.name());
        }
    }

    /**
     * Standing panels: the lead SEND co-ordinator chairs the HLN main panel (and so may make
     * interim decisions) with the panel member; the appeals panel is independent of it, with
     * the personalisation officer as the senior officer, the demo head teacher and Family SENCO.
     */
    private void seatPanels(long laId, List<AppUser> accounts, String suffix) {
        java.util.function.Function<String, AppUser> user = name -> accounts.stream()
                .filter(u -> u.getUsername().equals(name + suffix)).findFirst().orElseThrow();
        Panel main = Panel.create(laId, PanelKind.HLN_MAIN);
        main.seat(seat(user.apply("lead.send"), SeatCapacity.SENIOR_OFFICER, SeatRole.CHAIR));
        main.seat(seat(user.apply("panel"), SeatCapacity.OFFICER, SeatRole.MEMBER));
        main.seat(seat(user.apply("eso"), SeatCapacity.OFFICER, SeatRole.GROUP_MANAGER));
        Panel appeals = Panel.create(laId, PanelKind.APPEALS);
        appeals.seat(seat(user.apply("personalisation"), SeatCapacity.SENIOR_OFFICER, SeatRole.CHAIR));
        appeals.seat(seat(user.apply("head"), SeatCapacity.HEAD_TEACHER, SeatRole.MEMBER));
        appeals.seat(seat(user.apply("family.senco"), SeatCapacity.SENCO, SeatRole.MEMBER));
        panels.saveAll(List.of(main, appeals));
    }

    /** The weekly SEND resource panel of a RAS authority: the lead SEND co-ordinator chairs it. */
    private void seatResourcePanel(long laId, List<AppUser> accounts, String suffix) {
        java.util.function.Function<String, AppUser> user = name -> accounts.stream()
                .filter(u -> u.getUsername().equals(name + suffix)).findFirst().orElseThrow();
        Panel resource = Panel.create(laId, PanelKind.SEND_RESOURCE);
        resource.seat(seat(user.apply("lead.send"), SeatCapacity.SENIOR_OFFICER, SeatRole.CHAIR));
        resource.seat(seat(user.apply("panel"), SeatCapacity.OFFICER, SeatRole.MEMBER));
        resource.seat(seat(user.apply("personalisation"), SeatCapacity.OFFICER, SeatRole.MEMBER));
        panels.save(resource);
    }

    private static PanelSeat seat(AppUser user, SeatCapacity capacity, SeatRole role) {
        return new PanelSeat(Objects.requireNonNull(user.getId()), user.getDisplayName(), capacity, role);
    }

    /**
     * Plans for about a third of the pupils: the parent's first child has a draft shared with the
     * family, the second an agreed plan; others agreed, some reviewed into a second version, and
     * one pupil in eight an authority-maintained plan (EHCP, LA-maintained IDP, CSP).
     */
    private void createPlans(DemoAuthority demo, List<Pupil> pupils, List<School> schools) {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (Pupil pupil : pupils) {
            if (n % 3 != 0 && n > 1) {
                n++;
                continue;
            }
            School school = schools.stream().filter(s -> Objects.equals(s.id(), pupil.getSchoolId())).findFirst()
                    .orElseThrow();
            DemoPlans.Stage stage = n == 0 ? DemoPlans.Stage.DRAFT_SHARED
                    : n % 2 == 0 ? DemoPlans.Stage.REVIEWED : DemoPlans.Stage.AGREED;
            demoPlans.create(pupil, demo.nation(), school.welshMedium(), n % 8 == 7, stage, clock.instant(), today);
            n++;
        }
    }

    private static AppUser staff(String username, String name, Role role, long laId, @Nullable Long familyId,
                                 @Nullable Long schoolId, String passwordHash) {
        boolean schoolRole = role == Role.SCHOOL_SENCO || role == Role.HEAD_TEACHER;
        return AppUser.create(username, passwordHash, name, Set.of(role), laId,
                role == Role.FAMILY_SENCO ? familyId : null, schoolRole ? schoolId : null);
    }

    /**
     * Real authorities near each nation's demo authority, by their code in the UK list (issue 20
     * point 6): the demo authorities themselves are made up, so are not in that list.
     */
    private static List<String> neighbours(Nation nation) {
        return switch (nation) {
            case ENGLAND -> List.of("330", "331");          // Birmingham, Coventry
            case WALES -> List.of("681", "670");            // Cardiff/Caerdydd, Swansea/Abertawe
            case SCOTLAND -> List.of("S12000049", "S12000036"); // Glasgow City, City of Edinburgh
        };
    }

    private Pupil pupil(DemoAuthority demo, LocalAuthority authority, long laId, School school, List<School> allSchools,
                        Random random, Set<String> usedNumbers) {
        Nation nation = demo.nation();
        LocalDate today = LocalDate.now(clock);
        YearGroup yearGroup = yearGroupFor(school.phase(), nation, random);
        LocalDate startOfYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate dateOfBirth = startOfYear.minusYears(yearGroup.typicalAge()).minusDays(1 + random.nextInt(364));

        PupilDetails d = new PupilDetails();
        d.setFirstName(pick(demo.firstNames(), random));
        d.setLastName(pick(demo.lastNames(), random));
        d.setDateOfBirth(dateOfBirth);
        d.setYearGroup(yearGroup);
        AreaOfNeed primary = AreaOfNeed.values()[random.nextInt(AreaOfNeed.values().length)];
        EnumSet<AreaOfNeed> areas = EnumSet.of(primary);
        if (random.nextInt(3) == 0) {
            areas.add(AreaOfNeed.values()[random.nextInt(AreaOfNeed.values().length)]);
        }
        d.setPrimaryNeed(primary);
        d.setAreasOfNeed(areas);
        if (random.nextInt(4) == 0) {
            d.setDiagnoses(List.of(pick(DIAGNOSES, random)));
        }
        if (random.nextInt(12) == 0) {
            d.setLookedAfter(true);
            d.setLookedAfterBy(neighbours(nation).get(random.nextInt(2)));
        }
        if (random.nextInt(20) == 0) {
            d.setHomeAuthority(neighbours(nation).getFirst());
        }
        d.setDualRegistered(random.nextInt(30) == 0);
        d.setMedicalNeed(primary == AreaOfNeed.SENSORY_MEDICAL_PHYSICAL && random.nextBoolean());
        d.setPersonalCareNeed(random.nextInt(12) == 0);
        if (primary == AreaOfNeed.SENSORY_MEDICAL_PHYSICAL && random.nextInt(3) == 0) {
            d.setSensoryImpairment(random.nextBoolean() ? SensoryImpairment.HEARING : SensoryImpairment.VISION);
        }
        if (nation == Nation.SCOTLAND) {
            d.setCandidateNumber(uniqueNumber(usedNumbers, () -> String.format("%09d", 100_000_000 + random.nextInt(899_999_999))));
            d.setSifStage(1 + random.nextInt(3));
            d.setNamedPerson(random.nextBoolean() ? "Head teacher, " + school.name() : "Health visitor, Ardmuir NHS team");
        } else {
            int entryYear = startOfYear.getYear() - Math.max(0, yearGroup.rank() - YearGroup.R.rank());
            d.setUpn(uniqueNumber(usedNumbers, () -> upn(demo.upnAuthorityNumber(), school, entryYear, random)));
            if (nation == Nation.WALES && (school.welshMedium() || random.nextInt(4) == 0)) {
                d.setPreferredLanguage("cy");
            }
        }

        LocalDate enrolled = startOfYear.minusYears(Math.max(0, Math.min(Period.between(dateOfBirth, startOfYear).getYears() - 4, 2)));
        if (random.nextInt(8) == 0 && allSchools.size() > 1) {
            School previous = allSchools.get((allSchools.indexOf(school) + 1) % allSchools.size());
            Pupil pupil = Pupil.enrol(d, laId, Objects.requireNonNull(previous.id()), enrolled.minusYears(1), clock.instant());
            pupil.moveTo(Objects.requireNonNull(school.id()), enrolled.plusMonths(2), EnrolmentEndReason.MOVED_SCHOOL);
            return pupil;
        }
        return Pupil.enrol(d, laId, Objects.requireNonNull(school.id()), enrolled, clock.instant());
    }

    private static YearGroup yearGroupFor(Phase phase, Nation nation, Random random) {
        List<YearGroup> groups = YearGroup.forNation(nation);
        List<YearGroup> fitting = groups.stream().filter(y -> switch (phase) {
            case EARLY_YEARS -> y.typicalAge() <= 4;
            case PRIMARY -> y.typicalAge() >= 4 && y.typicalAge() <= 10;
            case SECONDARY, LEARNING_CENTRE -> y.typicalAge() >= 11 && y.typicalAge() <= 16;
            case SPECIAL, ALL_THROUGH -> y.typicalAge() >= 4 && y.typicalAge() <= 17;
        }).toList();
        return pick(fitting, random);
    }

    private static String upn(int laNumber, School school, int entryYear, Random random) {
        String estab = String.format("%04d", Integer.parseInt(school.referenceNumber()) % 10000);
        String rest = String.format("%03d", laNumber) + estab + String.format("%02d", entryYear % 100)
                + String.format("%03d", random.nextInt(1000));
        return UniquePupilNumber.checkLetter(rest) + rest;
    }

    private static String uniqueNumber(Set<String> used, java.util.function.Supplier<String> generator) {
        String candidate = generator.get();
        while (!used.add(candidate)) {
            candidate = generator.get();
        }
        return candidate;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
