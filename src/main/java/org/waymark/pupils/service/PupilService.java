package org.waymark.pupils.service;

import org.waymark.organisation.domain.Scheme;
import java.util.EnumSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.Enrolment;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.PupilMoved;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.AuthorityPupilTally;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilRules;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.domain.Recoupment;
import org.waymark.pupils.domain.ScottishCandidateNumber;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Pupil use cases. Every method that touches a pupil asks the {@link AccessPolicy} first and
 * writes the audit trail: reads and changes as ALLOWED, refusals as DENIED.
 */
@Service
public class PupilService {

    static final String SUBJECT = "PUPIL";

    private final PupilRepository pupils;
    private final PupilDirectory directory;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The features built on pupils, found when asked: they depend on this service, not it on them. */
    private final ObjectProvider<PupilHoldings> holdings;
    /** The authority's counts kept by the reporting feature, if it runs. */
    private final ObjectProvider<AuthorityPupilTally> tally;

    @SuppressWarnings("java:S107") // the pupil's use cases join several parts
    PupilService(PupilRepository pupils, PupilDirectory directory, OrganisationService organisation,
                 AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, Clock clock,
                 ApplicationEventPublisher events, ObjectProvider<PupilHoldings> holdings,
                 ObjectProvider<AuthorityPupilTally> tally) {
        this.events = events;
        this.tally = tally;
        this.holdings = holdings;
        this.pupils = pupils;
        this.directory = directory;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One page of the pupils the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PupilRow> search(PupilFilter filter, PupilSort sort, int offset, int limit) {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        return directory.search(filter, scope, sort, offset, Math.min(limit, 500));
    }

    /**
     * One page of the pupils on the caller's register now, for pickers that start new work (a
     * plan, a bid, a request, a referral): without the leavers a school still reads during its
     * read-only history period (DD014), and without pupils who left with no new school.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PupilRow> searchCurrent(PupilFilter filter, PupilSort sort, int offset, int limit) {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        return directory.searchCurrent(filter, scope, sort, offset, Math.min(limit, 500));
    }

    /**
     * One page of the pupil grid: {@link #search} with, per pupil, the cell of each feature that
     * has a grid column ({@link #gridColumns()}, same order) — one query per feature for the whole
     * page, never one per row.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PupilLine> page(PupilFilter filter, PupilSort sort, int offset, int limit) {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        List<PupilRow> rows = directory.search(filter, scope, sort, offset, Math.min(limit, 500));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PupilRow::id).toList();
        List<Map<Long, PupilHoldings.Text>> columns = withColumns().stream().map(h -> h.cells(ids)).toList();
        return rows.stream().map(row -> new PupilLine(row,
                columns.stream().map(cells -> Optional.ofNullable(cells.get(row.id()))).toList())).toList();
    }

    /** The header keys of the grid's feature columns (plan, bid), in the order of {@link PupilLine#cells()}. */
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<String> gridColumns() {
        return withColumns().stream().map(h -> Objects.requireNonNull(h.columnKey())).toList();
    }

    /** A pupil of the grid with the feature cells (empty where the feature has nothing for them). */
    public record PupilLine(PupilRow pupil, List<Optional<PupilHoldings.Text>> cells) {
    }

    private List<PupilHoldings> withColumns() {
        Long laId = currentUser.require().localAuthorityId();
        Set<Scheme> runs = laId == null ? EnumSet.allOf(Scheme.class) : organisation.schemes(laId);
        return ordered().stream().filter(h -> h.columnKey() != null && runsAny(runs, h)).toList();
    }

    private static boolean runsAny(Set<Scheme> runs, PupilHoldings feature) {
        return feature.schemes().stream().anyMatch(runs::contains);
    }

    private List<PupilHoldings> ordered() {
        return holdings.stream().sorted(java.util.Comparator.comparingInt(PupilHoldings::order)
                .thenComparing(h -> h.getClass().getName())).toList();
    }

    /**
     * Everything the features built on pupils hold about a pupil the caller may read — plans,
     * bids, funding, letters — with counts and where each stands, each read through its feature
     * with the caller's scope and audited as that feature's page is. Refused (and audited) for a
     * pupil outside the caller's scope.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PupilHoldings.Holding> holdings(long pupilId) {
        PupilScope scope = accessScope(pupilId);
        if (!accessPolicy.mayReadPupil(currentUser.require(), scope)) {
            auditLog.recordDenied("READ_HOLDINGS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        // the pupil's own authority (not through the school: a parent may not read the school's record)
        Set<Scheme> runs = organisation.schemes(scope.localAuthorityId());
        return ordered().stream().filter(h -> runsAny(runs, h)).map(h -> h.about(pupilId)).flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public PupilStatistics statistics() {
        ListScope scope = accessPolicy.pupilListScope(currentUser.require());
        // a school's figures count the pupils on its register now, not the leavers it still reads
        // for the history period (DD014)
        boolean current = scope.kind() == ListScope.Kind.SCHOOL;
        ListScope counted = current ? scope.current() : scope;
        AuthorityPupilTally summaries = tally.getIfAvailable();
        if (scope.kind() == ListScope.Kind.AUTHORITY && summaries != null) {
            // an authority's figures from the counts kept as pupils are written: the same pupils, without reading
            // the whole register (1.4 s at England size, docs/performance.md)
            AuthorityPupilTally.Tally counts = summaries.ofAuthority(scope.singleId());
            return new PupilStatistics(counts.byPrimaryNeed().values().stream().mapToLong(Long::longValue).sum(),
                    counts.byPrimaryNeed(), counts.byYearGroup(), counts.bySchool());
        }
        var byNeed = directory.countByPrimaryNeed(counted, current);
        return new PupilStatistics(byNeed.values().stream().mapToLong(Long::longValue).sum(), byNeed,
                directory.countByYearGroup(counted, current), directory.countBySchool(counted, current));
    }

    /**
     * How many pupils the caller's authority has on its register: one aggregate figure, no
     * pupil's data, so roles without pupil access (administrators, panel members) may see it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countInOwnAuthority() {
        Long laId = currentUser.require().localAuthorityId();
        return laId == null ? 0 : directory.count(new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId)));
    }

    /** A pupil's whole record. Audited as a read; a refusal is audited and thrown. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PupilRecord get(long pupilId) {
        Pupil pupil = load(pupilId);
        UserScope user = currentUser.require();
        PupilScope scope = scopeOf(pupil);
        if (!accessPolicy.mayReadPupil(user, scope)) {
            auditLog.recordDenied("READ", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        boolean clinical = accessPolicy.maySeeClinicalDetail(user);
        auditLog.record("READ", SUBJECT, pupilId, clinical ? null : "without diagnoses");
        if (!clinical) {
            // finance and inclusion roles see the record's figures, not the child's diagnoses
            pupil = pupil.withoutDiagnoses();
        }
        LocalAuthority authority = organisation.authority(pupil.getLocalAuthorityId());
        List<Long> schoolIds = pupil.getEnrolments().stream().map(Enrolment::schoolId).distinct().toList();
        Map<Long, String> schoolNames = organisation.schoolNames(schoolIds);
        List<PupilRecord.EnrolmentLine> history = new ArrayList<>();
        for (Enrolment e : pupil.getEnrolments()) {
            history.add(new PupilRecord.EnrolmentLine(schoolNames.getOrDefault(e.schoolId(), "?"), e.startDate(),
                    e.endDate(), e.endReason() == null ? null : e.endReason().name(), e.notifiedOn()));
        }
        return new PupilRecord(pupil, schoolNames.getOrDefault(pupil.getSchoolId(), "?"),
                authority.displayName(user.locale().getLanguage()), history,
                accessPolicy.mayWritePupil(user, scope), (user.has(org.waymark.security.domain.Role.EDUCATION_SUPPORT_OFFICER)
                || user.has(org.waymark.security.domain.Role.CASEWORKER)) && pupil.enrolled());
    }

    /**
     * The stage records of the enrolled pupils the caller may list (the whole authority for its
     * officers), for another feature's export to the national pupil records system; that feature
     * checks who may export and audits it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<org.waymark.pupils.domain.StageRecord> stageRecords() {
        return directory.stageRecords(accessPolicy.pupilListScope(currentUser.require()));
    }

    /**
     * Schools of the pupil's authority a move may go to (for the officer recording it); another
     * authority's pupil is refused, audited, as the move itself is ({@link #recordMove}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDUCATION_SUPPORT_OFFICER','CASEWORKER')")
    public List<org.waymark.organisation.domain.School> moveDestinations(long pupilId) {
        Pupil pupil = load(pupilId);
        if (!accessPolicy.mayReadPupil(currentUser.require(), scopeOf(pupil))) {
            auditLog.recordDenied("MOVE", SUBJECT, pupilId, "move destinations");
            throw new AccessDeniedException("pupil " + pupilId);
        }
        return organisation.schoolsOfOwnAuthority().stream()
                .filter(s -> !Objects.equals(s.id(), pupil.getSchoolId())).toList();
    }

    /** The school at which the caller may add pupils, if any (their own school, for a SENCO). */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> schoolForNewPupils() {
        UserScope user = currentUser.require();
        Long schoolId = user.schoolId();
        return schoolId != null && accessPolicy.mayCreatePupilAt(user, schoolId)
                ? Optional.of(schoolId) : Optional.empty();
    }

    /** Whether the caller may import pupils from a file (issue 22): a SENCO, an ESO or a caseworker. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayImportPupils() {
        UserScope user = currentUser.require();
        return user.has(org.waymark.security.domain.Role.SCHOOL_SENCO) && user.schoolId() != null
                || (user.has(org.waymark.security.domain.Role.EDUCATION_SUPPORT_OFFICER)
                || user.has(org.waymark.security.domain.Role.CASEWORKER)) && user.localAuthorityId() != null;
    }

    /** The year groups of the caller's nation, for filters. */
    @PreAuthorize("isAuthenticated()")
    public List<YearGroup> yearGroupsOfOwnAuthority() {
        return organisation.ownAuthority()
                .map(la -> YearGroup.forNation(la.getNation()))
                .orElse(List.of(YearGroup.values()));
    }

    /** The nation whose rules apply to a new pupil at this school (for the form's choices). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SCHOOL_SENCO')")
    public Nation nationOfSchool(long schoolId) {
        SchoolScope school = organisation.schoolScope(schoolId);
        return organisation.nation(school.localAuthorityId());
    }

    /**
     * Adds a pupil to the caller's school. Refuses invalid details, a UPN or candidate number
     * already on another pupil, and — unless {@code confirmedNotDuplicate} — a pupil with the same
     * names and date of birth as one already recorded in the authority.
     */
    @Transactional
    @PreAuthorize("hasRole('SCHOOL_SENCO')")
    public long create(long schoolId, PupilDetails details, boolean confirmedNotDuplicate) {
        UserScope user = currentUser.require();
        if (!accessPolicy.mayCreatePupilAt(user, schoolId)) {
            // refused against the school the pupil would join (there is no pupil yet)
            auditLog.recordDenied("CREATE", "SCHOOL", schoolId, "a pupil added to school " + schoolId);
            throw new AccessDeniedException("school " + schoolId);
        }
        SchoolScope school = organisation.schoolScope(schoolId);
        Nation nation = organisation.nation(school.localAuthorityId());
        checkDetails(details, nation, school.localAuthorityId(), null, confirmedNotDuplicate);
        Pupil pupil = Pupil.enrol(details, school.localAuthorityId(), schoolId, LocalDate.now(clock), clock.instant());
        Pupil saved = saveUnique(pupil);
        auditLog.record("CREATE", SUBJECT, saved.getId(), null);
        return Objects.requireNonNull(saved.getId());
    }

    /**
     * Changes a pupil's details. {@code expectedVersion} is the version the caller's form was
     * loaded from: if someone saved in between, nothing is written and a conflict is thrown.
     */
    @Transactional
    @PreAuthorize("hasRole('SCHOOL_SENCO')")
    public void update(long pupilId, int expectedVersion, PupilDetails details, boolean confirmedNotDuplicate) {
        Pupil pupil = load(pupilId);
        UserScope user = currentUser.require();
        if (!accessPolicy.mayWritePupil(user, scopeOf(pupil))) {
            auditLog.recordDenied("UPDATE", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (!Objects.equals(pupil.getVersion(), expectedVersion)) {
            throw new ConflictException("pupil " + pupilId + " changed since version " + expectedVersion);
        }
        Nation nation = organisation.nation(pupil.getLocalAuthorityId());
        checkDetails(details, nation, pupil.getLocalAuthorityId(), pupilId, confirmedNotDuplicate);
        Set<String> changed = pupil.apply(details, clock.instant());
        if (changed.isEmpty()) {
            return;
        }
        try {
            saveUnique(pupil);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("pupil " + pupilId + " changed while saving");
        }
        auditLog.record("UPDATE", SUBJECT, pupilId, "changed: " + String.join(", ", changed));
    }

    /**
     * Where a pupil's record sits (school, family, authority): identifiers only, for other
     * features to ask the access policy about records that belong to the pupil.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PupilScope accessScope(long pupilId) {
        return scopeOf(pupilId, directory.placement(pupilId)
                .orElseThrow(() -> new NotFoundException("pupil " + pupilId)));
    }

    /**
     * The pupil's name, for another feature that has already checked the caller's scope and
     * audited its own action on the pupil's record (so this lookup is not audited again).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String nameOf(long pupilId) {
        return load(pupilId).displayName();
    }

    /**
     * The name the pupil goes by without the surname (preferred or first name): all an e-mail
     * about the pupil's record may say of them. For another feature that has checked scope.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String knownAsOf(long pupilId) {
        return load(pupilId).knownAs();
    }

    /** {@link #nameOf} for many pupils in one query (lists of letters, statement lines). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> namesOf(Collection<Long> pupilIds) {
        return directory.displayNames(pupilIds);
    }

    /**
     * Of the given pupils, those the caller's pupil list reaches ({@link #search}'s scope), in one
     * query: for other features' lists of records a school keeps by its own school id (hours
     * requests, referrals), so that a pupil who left the school before its read-only history
     * period drops out of them as out of the pupil list (issue 20 point 9, DD014).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> inListScope(Collection<Long> pupilIds) {
        return directory.inScope(pupilIds, accessPolicy.pupilListScope(currentUser.require()));
    }

    /** {@link #namesOf} with the school each pupil is at now, in one query (a meeting's HLN holders). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PupilDirectory.NameAtSchool> namesAtSchoolsOf(Collection<Long> pupilIds) {
        return directory.namesAtSchools(pupilIds);
    }

    /**
     * The facts about a pupil that another feature needs once it has checked the caller's scope:
     * name, current school, the day they joined it, and any other authority responsible for them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PupilFacts facts(long pupilId) {
        Pupil pupil = load(pupilId);
        LocalDate joined = pupil.getEnrolments().stream()
                .filter(e -> e.schoolId() == pupil.getSchoolId() && e.isCurrent())
                .map(Enrolment::startDate).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        return new PupilFacts(pupilId, pupil.displayName(), pupil.getSchoolId(), pupil.getLocalAuthorityId(), joined,
                pupil.getHomeAuthority(), pupil.getPrimaryNeed(), pupil.getYearGroup(), pupil.getPreferredLanguage(),
                pupil.isLookedAfter(), pupil.getLookedAfterBy(), pupil.isDualRegistered());
    }

    /** What other features need to know about a pupil. */
    public record PupilFacts(long pupilId, String displayName, long schoolId, long localAuthorityId,
                             LocalDate joinedSchoolOn, @Nullable String homeAuthority, AreaOfNeed primaryNeed,
                             YearGroup yearGroup, String preferredLanguage, boolean lookedAfter,
                             @Nullable String lookedAfterBy, boolean dualRegistered) {

        /** The other authority that pays for the pupil (recoupment), or null: see {@link Recoupment}. */
        public @Nullable String recoupFrom(LocalAuthority funding) {
            return Recoupment.from(homeAuthority, lookedAfter, lookedAfterBy, funding);
        }
    }

    /**
     * {@link #recordMove(long, int, Long, LocalDate, LocalDate, EnrolmentEndReason)} for an
     * authority told today (the clock's day).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDUCATION_SUPPORT_OFFICER','CASEWORKER')")
    public void recordMove(long pupilId, int expectedVersion, @Nullable Long newSchoolId, LocalDate on,
                           EnrolmentEndReason reason) {
        recordMove(pupilId, expectedVersion, newSchoolId, on, LocalDate.now(clock), reason);
    }

    /**
     * Records that a pupil moved to another school of the authority, left, or never took up
     * the place: an officer's task (SPEC §8: the ESO is told at once). Other features react to
     * the {@link PupilMoved} event in the same transaction (the allocation ledger moves or
     * stops funding), so a move they cannot apply is not recorded either.
     *
     * @param on         the first day at the new school, or the day the pupil left
     * @param notifiedOn the day the authority was told: the one-month rule counts from it (seed
     *                   4.30: schools must tell the authority as soon as they know), so it is
     *                   kept apart from {@code on}; not before {@code on} and not after today.
     *                   A move is therefore recorded once it has happened, not in advance.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDUCATION_SUPPORT_OFFICER','CASEWORKER')")
    public void recordMove(long pupilId, int expectedVersion, @Nullable Long newSchoolId, LocalDate on,
                           LocalDate notifiedOn, EnrolmentEndReason reason) {
        Pupil pupil = load(pupilId);
        UserScope user = currentUser.require();
        if (!accessPolicy.mayReadPupil(user, scopeOf(pupil))) {
            auditLog.recordDenied("MOVE", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (!Objects.equals(pupil.getVersion(), expectedVersion)) {
            throw new ConflictException("pupil " + pupilId + " changed since version " + expectedVersion);
        }
        long fromSchool = pupil.getSchoolId();
        List<Violation> problems = new ArrayList<>();
        boolean leaving = reason == EnrolmentEndReason.LEFT || reason == EnrolmentEndReason.NEVER_TOOK_UP_PLACE;
        if (!pupil.enrolled()) {
            problems.add(Violation.of("reason", "pupil.move.notEnrolled"));
        } else if (!leaving && (newSchoolId == null || newSchoolId == fromSchool)) {
            problems.add(Violation.of("school", "pupil.move.schoolRequired"));
        } else if (!leaving && organisation.schoolScope(newSchoolId).localAuthorityId() != pupil.getLocalAuthorityId()) {
            problems.add(Violation.of("school", "pupil.move.otherAuthority"));
        }
        LocalDate started = pupil.getEnrolments().stream().filter(Enrolment::isCurrent).map(Enrolment::startDate)
                .findFirst().orElse(LocalDate.MIN);
        LocalDate today = LocalDate.now(clock);
        if (!on.isAfter(started)) {
            problems.add(Violation.of("date", "pupil.move.dateBeforeStart"));
        } else if (on.isAfter(today)) {
            problems.add(Violation.of("date", "pupil.move.dateInFuture"));
        }
        if (notifiedOn.isAfter(today)) {
            problems.add(Violation.of("notified", "pupil.move.notifiedInFuture"));
        } else if (notifiedOn.isBefore(on) && !on.isAfter(today)) {
            problems.add(Violation.of("notified", "pupil.move.notifiedBeforeDate"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (leaving) {
            pupil.leave(on, reason, notifiedOn);
        } else {
            pupil.moveTo(Objects.requireNonNull(newSchoolId), on, reason, notifiedOn);
        }
        try {
            pupils.save(pupil);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("pupil " + pupilId + " changed while saving");
        }
        auditLog.record("MOVE", SUBJECT, pupilId, reason + " on " + on + (leaving ? "" : " to school " + newSchoolId)
                + ", authority told " + notifiedOn);
        events.publishEvent(new PupilMoved(pupilId, pupil.getLocalAuthorityId(), fromSchool,
                leaving ? null : newSchoolId, on, notifiedOn, reason, pupil.getYearGroup(), user.username()));
    }

    /** The details of a pupil the caller may change, with the version to send back on save. */
    @Transactional
    @PreAuthorize("hasRole('SCHOOL_SENCO')")
    public EditablePupil forEditing(long pupilId) {
        Pupil pupil = load(pupilId);
        if (!accessPolicy.mayWritePupil(currentUser.require(), scopeOf(pupil))) {
            auditLog.recordDenied("READ_FOR_EDIT", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        auditLog.record("READ_FOR_EDIT", SUBJECT, pupilId, null);
        Nation nation = organisation.nation(pupil.getLocalAuthorityId());
        return new EditablePupil(pupilId, pupil.getSchoolId(), Objects.requireNonNull(pupil.getVersion()),
                pupil.details(), nation);
    }

    /** A pupil's details with the version they were read at. */
    public record EditablePupil(long pupilId, long schoolId, int version, PupilDetails details, Nation nation) {
    }

    private void checkDetails(PupilDetails details, Nation nation, long laId, @Nullable Long pupilId,
                              boolean confirmedNotDuplicate) {
        List<Violation> violations = new ArrayList<>(PupilRules.validate(details, nation, LocalDate.now(clock)));
        if (details.getUpn() != null && violations.stream().noneMatch(v -> v.field().equals("upn"))) {
            pupils.findByUpn(UniquePupilNumber.normalise(details.getUpn()))
                    .filter(other -> !Objects.equals(other.getId(), pupilId))
                    .ifPresent(other -> violations.add(Violation.of("upn", "pupil.upn.taken")));
        }
        if (details.getCandidateNumber() != null
                && violations.stream().noneMatch(v -> v.field().equals("candidateNumber"))) {
            pupils.findByCandidateNumber(ScottishCandidateNumber.normalise(details.getCandidateNumber()))
                    .filter(other -> !Objects.equals(other.getId(), pupilId))
                    .ifPresent(other -> violations.add(Violation.of("candidateNumber", "pupil.scn.taken")));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (!confirmedNotDuplicate) {
            List<PupilRow> same = directory.sameNameAndBirthDate(laId, details.getFirstName(), details.getLastName(),
                    Objects.requireNonNull(details.getDateOfBirth()), pupilId);
            if (!same.isEmpty()) {
                throw new PossibleDuplicateException(same);
            }
        }
    }

    /** Saves; a UPN or candidate number taken by a concurrent save becomes a validation message. */
    private Pupil saveUnique(Pupil pupil) {
        try {
            return pupils.save(pupil);
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(Violation.of("upn", "pupil.upn.taken")));
        }
    }

    private Pupil load(long pupilId) {
        return pupils.findById(pupilId).orElseThrow(() -> new NotFoundException("pupil " + pupilId));
    }

    /**
     * The pupil's scope: the school they attend (or last attended), and the schools they left
     * within the last {@code waymark.access.former-school-days} days, which keep read-only access
     * to the history until then (issue 20 point 9).
     */
    private PupilScope scopeOf(Pupil pupil) {
        SchoolScope school = organisation.schoolScope(pupil.getSchoolId());
        return scopeOf(Objects.requireNonNull(pupil.getId()), new PupilDirectory.Placement(pupil.getSchoolId(),
                school.familyId(), pupil.getLocalAuthorityId(), pupil.getEnrolments().stream()
                        .map(e -> new PupilDirectory.Stay(e.schoolId(), e.endDate())).toList()));
    }

    private PupilScope scopeOf(long pupilId, PupilDirectory.Placement placement) {
        // the same period the lists apply (AccessPolicy.pupilListScope)
        LocalDate historyFrom = accessPolicy.historyFrom();
        Set<Long> history = new java.util.HashSet<>();
        boolean enrolled = false;
        for (PupilDirectory.Stay stay : placement.stays()) {
            if (stay.endDate() == null) {
                enrolled = true;
            } else if (!stay.endDate().isBefore(historyFrom)) {
                history.add(stay.schoolId());
            }
        }
        return new PupilScope(pupilId, placement.schoolId(), placement.familyId(), placement.localAuthorityId(),
                enrolled, history);
    }
}
