package org.waymark.organisation.service;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.BankHoliday;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/** Reads of authorities, families and schools, limited to what the caller may see. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final LocalAuthorityRepository authorities;
    private final SchoolFamilyRepository families;
    private final SchoolRepository schools;
    private final BankHolidayRepository bankHolidays;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    /** Each authority's nation, which never changes once it is created: safe to keep on every node (DD025). */
    private final ConcurrentMap<Long, Nation> nations = new ConcurrentHashMap<>();

    OrganisationService(LocalAuthorityRepository authorities, SchoolFamilyRepository families,
                        SchoolRepository schools, BankHolidayRepository bankHolidays, AccessPolicy accessPolicy,
                        CurrentUser currentUser) {
        this.bankHolidays = bankHolidays;
        this.authorities = authorities;
        this.families = families;
        this.schools = schools;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
    }

    /**
     * Where a school sits (its family and authority): identifiers only, so features can ask the
     * access policy about records held at that school.
     */
    public SchoolScope schoolScope(long schoolId) {
        School school = schools.findById(schoolId).orElseThrow(() -> new NotFoundException("school " + schoolId));
        return new SchoolScope(schoolId, school.familyId(), school.localAuthorityId());
    }

    /**
     * The family of schools the caller belongs to: a Family SENCO's own, or the family of a school
     * SENCO's or head teacher's school (school roles carry no family reach of their own).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> familyOfCaller() {
        UserScope user = currentUser.require();
        if (user.familyId() != null) {
            return Optional.of(user.familyId());
        }
        if (user.schoolId() == null) {
            return Optional.empty();
        }
        return schools.findById(user.schoolId()).map(School::familyId);
    }

    /**
     * The school a record belongs to (its name, and whether it may bid to its family), for a
     * feature that has already checked the caller may read that record — a parent reading their
     * child's bid may not browse the school itself.
     */
    @PreAuthorize("isAuthenticated()")
    public School schoolOfRecord(long schoolId) {
        return schools.findById(schoolId).orElseThrow(() -> new NotFoundException("school " + schoolId));
    }

    /**
     * The family of schools a record belongs to (its name), for a feature that has already checked
     * the caller may read that record — a school's SENCO sending a bid to the family, say.
     */
    @PreAuthorize("isAuthenticated()")
    public SchoolFamily familyOfRecord(long familyId) {
        return families.findById(familyId).orElseThrow(() -> new NotFoundException("family " + familyId));
    }

    @PreAuthorize("isAuthenticated()")
    public School school(long schoolId) {
        School school = schools.findById(schoolId).orElseThrow(() -> new NotFoundException("school " + schoolId));
        UserScope user = currentUser.require();
        if (!accessPolicy.mayReadSchool(user, new SchoolScope(schoolId, school.familyId(), school.localAuthorityId()))) {
            throw new AccessDeniedException("school " + schoolId);
        }
        return school;
    }

    @PreAuthorize("isAuthenticated()")
    public SchoolFamily family(long familyId) {
        SchoolFamily family = families.findById(familyId)
                .orElseThrow(() -> new NotFoundException("family " + familyId));
        if (!accessPolicy.mayReadFamily(currentUser.require(), familyId, family.localAuthorityId())) {
            throw new AccessDeniedException("family " + familyId);
        }
        return family;
    }

    /** The caller's own authority (every user but a parent belongs to one). */
    @PreAuthorize("isAuthenticated()")
    public Optional<LocalAuthority> ownAuthority() {
        Long laId = currentUser.require().localAuthorityId();
        return laId == null ? Optional.empty() : authorities.findById(laId);
    }

    /** The schools the caller may pick in a filter, in name order. */
    @PreAuthorize("isAuthenticated()")
    public List<School> schoolsInScope() {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        return switch (scope.kind()) {
            case SCHOOL -> schools.findById(scope.singleId()).map(List::of).orElse(List.of());
            case FAMILY -> schools.findByFamilyIdOrderByName(scope.singleId());
            case AUTHORITY -> schools.findByLocalAuthorityIdOrderByName(scope.singleId());
            case CHILDREN, NONE -> List.of();
        };
    }

    @PreAuthorize("isAuthenticated()")
    public List<School> schoolsOfFamily(long familyId) {
        family(familyId);
        return schools.findByFamilyIdOrderByName(familyId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<School> schoolsOfOwnAuthority() {
        return ownAuthority().map(la -> schools.findByLocalAuthorityIdOrderByName(la.getId())).orElse(List.of());
    }

    @PreAuthorize("isAuthenticated()")
    public List<SchoolFamily> familiesOfOwnAuthority() {
        return ownAuthority().map(la -> families.findByLocalAuthorityIdOrderByName(la.getId())).orElse(List.of());
    }

    /** Names of schools by id, for labelling rows the caller was already allowed to see. */
    public Map<Long, String> schoolNames(List<Long> ids) {
        return schools.findAllById(ids).stream().collect(Collectors.toMap(School::id, School::name));
    }

    public long bankHolidayCount(Nation nation) {
        return bankHolidays.countByCalendar(nation.bankHolidayCalendar());
    }

    /** The bank holidays of a nation's calendar between two dates, for counting school and working days. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<java.time.LocalDate> bankHolidays(Nation nation, java.time.LocalDate from,
                                                           java.time.LocalDate to) {
        return bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(nation.bankHolidayCalendar(), from, to)
                .stream().map(BankHoliday::holidayDate).collect(Collectors.toSet());
    }

    /**
     * The authority's term dates with its nation's bank holidays and the breaks in its terms: the calendar every deadline
     * and effective date is counted on. Reference data, readable by any feature.
     */
    public SchoolCalendar calendarOf(long localAuthorityId) {
        LocalAuthority authority = authority(localAuthorityId);
        java.util.List<org.waymark.organisation.domain.Term> terms = authority.termsInOrder();
        java.time.LocalDate from = terms.isEmpty() ? java.time.LocalDate.of(2000, 1, 1)
                : terms.getFirst().startDate().minusYears(1);
        java.time.LocalDate to = terms.isEmpty() ? java.time.LocalDate.of(2100, 1, 1)
                : terms.getLast().endDate().plusYears(1);
        return new SchoolCalendar(terms, bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(
                authority.getNation().bankHolidayCalendar(), from, to).stream().map(BankHoliday::holidayDate)
                .collect(Collectors.toSet()), authority.breaksInOrder());
    }

    /** Every authority's id, for work done for each of them (scheduled reminders). */
    public List<Long> authorityIds() {
        return authorities.findAll().stream().map(LocalAuthority::getId).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The whole authority: schemes, terms and breaks, contacts. Four queries; where only the
     * schemes or the nation are wanted, {@link #schemes} and {@link #nation} are cheaper.
     */
    public LocalAuthority authority(long id) {
        return authorities.findById(id).orElseThrow(() -> new NotFoundException("authority " + id));
    }

    /**
     * The schemes the authority runs now, read from the database each time (one query on the
     * scheme table's key), so a change an administrator makes on any node counts at once (DD025).
     */
    public Set<Scheme> schemes(long id) {
        List<String> names = authorities.findSchemeNames(id);
        if (names.isEmpty()) {
            nation(id); // an authority that runs no scheme (a test's) and one that does not exist differ
            return Set.of();
        }
        EnumSet<Scheme> runs = EnumSet.noneOf(Scheme.class);
        names.forEach(n -> runs.add(Scheme.valueOf(n)));
        return Collections.unmodifiableSet(runs);
    }

    /** The authority's nation: read once per node, as an authority's nation is fixed when it is created (DD025). */
    public Nation nation(long id) {
        Nation known = nations.get(id);
        if (known != null) {
            return known;
        }
        Nation nation = authorities.findNationName(id).map(Nation::valueOf)
                .orElseThrow(() -> new NotFoundException("authority " + id));
        nations.putIfAbsent(id, nation);
        return nation;
    }
}
