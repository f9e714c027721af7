package org.waymark.pupils.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilRoll;
import org.waymark.pupils.domain.PupilRules;
import org.waymark.pupils.domain.PupilsAdded;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/**
 * Pupils in bulk, for the imports feature (issue 22): the authority's register to compare a file
 * with, and additions and changes one pupil at a time inside the import's transaction. Each
 * checks the caller may import at the school ({@link AccessPolicy#mayImportPupilsAt}) and is
 * audited as IMPORT_CREATE / IMPORT_UPDATE; a refusal is audited and thrown. Leavers and moves
 * go through {@link PupilService#recordMove}, so the moves feature's rules apply unchanged.
 */
@Service
public class PupilBulkService {

    /** Who may import pupils: a school's SENCO, an authority's education support officers and caseworkers. */
    public static final String IMPORTERS = "hasAnyRole('SCHOOL_SENCO','EDUCATION_SUPPORT_OFFICER','CASEWORKER')";

    private final PupilRepository pupils;
    private final PupilRoll roll;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    PupilBulkService(PupilRepository pupils, PupilRoll roll, OrganisationService organisation,
                     AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, Clock clock,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.pupils = pupils;
        this.roll = roll;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The caller's authority's register, identifiers only, for matching an import's records: the
     * imports service shows a SENCO nothing of another school's pupils beyond "held elsewhere".
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<PupilRoll.HeldPupil> registerForImport(long localAuthorityId) {
        requireOwnAuthority(localAuthorityId);
        return roll.ofAuthority(localAuthorityId);
    }

    /** Which of these numbers (UPNs, candidate numbers) other authorities' pupils hold. */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public Set<String> numbersHeldElsewhere(long localAuthorityId, Collection<String> numbers) {
        requireOwnAuthority(localAuthorityId);
        return numbers.isEmpty() ? Set.of() : roll.numbersHeldElsewhere(localAuthorityId, numbers);
    }

    /** The nation whose rules apply to pupils of the caller's authority. */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public Nation nationOf(long localAuthorityId) {
        requireOwnAuthority(localAuthorityId);
        return organisation.nation(localAuthorityId);
    }

    /**
     * The details' problems under the pupil rules of the nation (i18n keys by field), without
     * saving: what an import's preview refuses a record for.
     */
    @PreAuthorize(IMPORTERS)
    public List<Violation> check(PupilDetails details, Nation nation) {
        return PupilRules.validate(details, nation, LocalDate.now(clock));
    }

    /**
     * Adds one pupil at the school (the API's new pupil, DD018), enrolled from {@code enrolledFrom}
     * (today when it names a later day), under the import's rules: a number already held is refused,
     * and so is a pupil the authority already holds by names and date of birth ({@link HeldAlready})
     * unless the held pupil carries another number of the same kind. There is no one to ask "is this
     * a different child?" as the screen does: a caller that knows it is sends the pupil's number.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public long importNew(long schoolId, PupilDetails details, LocalDate enrolledFrom) {
        UserScope user = currentUser.require();
        SchoolScope school = organisation.schoolScope(schoolId);
        if (!accessPolicy.mayImportPupilsAt(user, school)) {
            auditLog.recordDenied("IMPORT_CREATE", PupilService.SUBJECT, null, "school " + schoolId);
            throw new AccessDeniedException("school " + schoolId);
        }
        LocalDate today = LocalDate.now(clock);
        Nation nation = organisation.nation(school.localAuthorityId());
        List<Violation> problems = new ArrayList<>(PupilRules.validate(details, nation, today));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<PupilRoll.Namesake> namesakes = roll.namesakes(school.localAuthorityId(), details.getFirstName(),
                details.getLastName(), Objects.requireNonNull(details.getDateOfBirth()));
        if (namesakes.size() > 1 || (namesakes.size() == 1 && !anotherChild(details, namesakes.getFirst()))) {
            auditLog.recordDenied("IMPORT_CREATE", PupilService.SUBJECT, null, "school " + schoolId
                    + ": same names and date of birth as pupil " + namesakes.stream().map(n -> String.valueOf(n.id()))
                    .collect(java.util.stream.Collectors.joining(", ")));
            throw new HeldAlready(namesakes.size());
        }
        LocalDate from = enrolledFrom.isAfter(today) ? today : enrolledFrom;
        Pupil saved = saveUnique(Pupil.enrol(details, school.localAuthorityId(), schoolId, from, clock.instant()));
        long id = Objects.requireNonNull(saved.getId());
        auditLog.record("IMPORT_CREATE", PupilService.SUBJECT, id, "school " + schoolId);
        return id;
    }

    /**
     * A namesake carrying a number of the same kind as the new pupil's (UPN, candidate number) is
     * another child: the same number would have been refused as taken, so theirs differs.
     */
    private static boolean anotherChild(PupilDetails details, PupilRoll.Namesake held) {
        return (details.getUpn() != null && held.upn() != null)
                || (details.getCandidateNumber() != null && held.candidateNumber() != null);
    }

    /**
     * A new pupil refused because the authority already holds a pupil with the same names and date
     * of birth who is not shown to be another child (the import's matching rule): one such pupil the
     * import would update, two it refuses as ambiguous. Nothing was saved. The held pupil is not
     * named: the caller may not be allowed to know of them (a pupil of another school).
     */
    public static final class HeldAlready extends ConflictException {
        public HeldAlready(int namesakes) {
            super("a pupil with the same names and date of birth is held (" + namesakes + ")");
        }
    }

    /** One pupil to add from an import file, enrolled from {@code enrolledFrom} (today when later). */
    public record NewPupil(PupilDetails details, LocalDate enrolledFrom) {
    }

    /** A bulk addition refused because of one of its pupils: {@code index} in the list given. */
    public static final class PupilRefused extends ValidationException {
        private final int index;

        public PupilRefused(int index, List<Violation> violations) {
            super(violations);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * {@link #importNew} for many pupils of one school at once (a school's whole file): the same
     * access check (once), the same rules for each pupil, a number held by any pupil refused, then
     * the pupils written in batches and one audit row each. All or nothing, inside the caller's
     * transaction; a refusal names the pupil ({@link PupilRefused#index()}). The pupils are written
     * as one {@link PupilsAdded} batch: the per-pupil bookkeeping of the save events (the dashboards'
     * counts) is done once for the batch. Callers with a whole file call this for slices of it (the
     * import: 1,000 pupils), so the aggregates held while writing do not grow with the file.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<Long> importNewAll(long schoolId, List<NewPupil> additions) {
        UserScope user = currentUser.require();
        SchoolScope school = organisation.schoolScope(schoolId);
        if (!accessPolicy.mayImportPupilsAt(user, school)) {
            auditLog.recordDenied("IMPORT_CREATE", PupilService.SUBJECT, null, "school " + schoolId);
            throw new AccessDeniedException("school " + schoolId);
        }
        if (additions.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Nation nation = organisation.nation(school.localAuthorityId());
        java.util.Map<String, Integer> byNumber = new java.util.HashMap<>();
        List<Pupil> enrolled = new ArrayList<>(additions.size());
        for (int i = 0; i < additions.size(); i++) {
            NewPupil add = additions.get(i);
            List<Violation> problems = PupilRules.validate(add.details(), nation, today);
            if (!problems.isEmpty()) {
                throw new PupilRefused(i, problems);
            }
            for (String n : new String[] {add.details().getUpn(), add.details().getCandidateNumber()}) {
                if (n != null && byNumber.putIfAbsent(n, i) != null) {
                    throw new PupilRefused(i, List.of(Violation.of("upn", "pupil.upn.taken")));
                }
            }
            LocalDate from = add.enrolledFrom().isAfter(today) ? today : add.enrolledFrom();
            enrolled.add(Pupil.enrol(add.details(), school.localAuthorityId(), schoolId, from, clock.instant()));
        }
        java.util.Set<String> taken = roll.numbersHeld(byNumber.keySet());
        if (!taken.isEmpty()) {
            int first = taken.stream().mapToInt(byNumber::get).min().orElseThrow();
            throw new PupilRefused(first, List.of(Violation.of("upn", "pupil.upn.taken")));
        }
        List<Pupil> saved;
        try {
            saved = PupilsAdded.write(() -> pupils.saveAll(enrolled));
        } catch (DuplicateKeyException e) {
            // taken by someone else since the check above
            throw new ValidationException(List.of(Violation.of("upn", "pupil.upn.taken")));
        }
        List<Long> ids = saved.stream().map(p -> Objects.requireNonNull(p.getId())).toList();
        events.publishEvent(new PupilsAdded(school.localAuthorityId(), schoolId, ids));
        auditLog.recordAll("IMPORT_CREATE", PupilService.SUBJECT, ids, "school " + schoolId);
        return ids;
    }

    /**
     * Changes a pupil from an import file: {@code change} is given the pupil's current details and
     * sets what the file says. Refused for a pupil not enrolled at a school where the caller may
     * import, and (conflict) when the pupil changed since {@code expectedVersion} was read.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public Updated importUpdate(long pupilId, int expectedVersion, Consumer<PupilDetails> change) {
        Pupil pupil = pupils.findById(pupilId).orElseThrow(() -> new NotFoundException("pupil " + pupilId));
        UserScope user = currentUser.require();
        if (!pupil.enrolled() || !accessPolicy.mayImportPupilsAt(user, organisation.schoolScope(pupil.getSchoolId()))) {
            auditLog.recordDenied("IMPORT_UPDATE", PupilService.SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        PupilDetails before = pupil.details();
        Set<String> changed = change(pupil, expectedVersion, change);
        if (changed.isEmpty()) {
            return new Updated(changed, before, before);
        }
        auditLog.record("IMPORT_UPDATE", PupilService.SUBJECT, pupilId, "changed: " + String.join(", ", changed));
        return new Updated(changed, before, pupil.details());
    }

    /**
     * An import's or its undo's change to a pupil, once the caller's reach is checked: refused as a
     * conflict if the pupil changed since {@code expectedVersion}, checked against the pupil rules of
     * the authority's nation, and saved if anything changed. The fields that changed.
     */
    private Set<String> change(Pupil pupil, int expectedVersion, Consumer<PupilDetails> change) {
        long pupilId = Objects.requireNonNull(pupil.getId());
        if (!Objects.equals(pupil.getVersion(), expectedVersion)) {
            throw new ConflictException("pupil " + pupilId + " changed since version " + expectedVersion);
        }
        PupilDetails details = pupil.details();
        change.accept(details);
        Nation nation = organisation.nation(pupil.getLocalAuthorityId());
        List<Violation> problems = PupilRules.validate(details, nation, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Set<String> changed = pupil.apply(details, clock.instant());
        if (!changed.isEmpty()) {
            try {
                saveUnique(pupil);
            } catch (OptimisticLockingFailureException e) {
                throw new ConflictException("pupil " + pupilId + " changed while saving");
            }
        }
        return changed;
    }

    /**
     * What an import's change did to a pupil: the fields that changed, and the pupil's details
     * before and after as stored (names trimmed, numbers normalised) — what the import's journal keeps.
     */
    public record Updated(Set<String> changed, PupilDetails before, PupilDetails after) {
    }

    /**
     * A pupil an import added or updated, as the undo of that import finds them now (DD020).
     *
     * @param mayChange   whether the caller may import at the pupil's school now (the undo's reach)
     * @param enrolments  how many enrolments the pupil has: more than one, or none current, means a
     *                    move or leaving was recorded since
     */
    public record ImportedNow(long id, String name, long schoolId, boolean enrolled, int enrolments, int version,
                              PupilDetails details, boolean mayChange) {
    }

    /**
     * A pupil an import added, as the undo of that import finds them (DD020): {@code mayChange} as in
     * {@link ImportedNow}; more than one enrolment, or none current, means a move or leaving since.
     */
    public record AddedNow(long id, String name, long schoolId, boolean enrolled, int enrolments,
                           boolean mayChange) {
    }

    /**
     * The pupils of {@code pupilIds} still held (a slice of an import's additions), in one read
     * without loading the aggregates, for a caller who may import pupils.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<AddedNow> addedNow(Collection<Long> pupilIds) {
        UserScope user = currentUser.require();
        java.util.Map<Long, Boolean> reach = new java.util.HashMap<>();
        List<AddedNow> found = new ArrayList<>();
        for (PupilRoll.Enrolled p : roll.enrolled(pupilIds)) {
            boolean may = reach.computeIfAbsent(p.schoolId(),
                    id -> accessPolicy.mayImportPupilsAt(user, organisation.schoolScope(id)));
            found.add(new AddedNow(p.id(), p.displayName(), p.schoolId(), p.enrolled(), p.enrolments(), may));
        }
        return found;
    }

    /**
     * The pupils of {@code pupilIds} still held (at most a slice of an import: one read), as an
     * undo of their import finds them, for a caller who may import pupils. A pupil at a school
     * outside the caller's reach is given with {@code mayChange} false and the name only as the
     * caller may see it: the undo lists it as kept.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<ImportedNow> importedNow(Collection<Long> pupilIds) {
        UserScope user = currentUser.require();
        java.util.Map<Long, Boolean> reach = new java.util.HashMap<>();
        List<ImportedNow> found = new ArrayList<>();
        for (Pupil p : pupils.findAllById(pupilIds)) {
            boolean may = reach.computeIfAbsent(p.getSchoolId(),
                    id -> accessPolicy.mayImportPupilsAt(user, organisation.schoolScope(id)));
            found.add(new ImportedNow(Objects.requireNonNull(p.getId()), p.displayName(), p.getSchoolId(), p.enrolled(),
                    p.getEnrolments().size(), Objects.requireNonNull(p.getVersion()), p.details(), may));
        }
        return found;
    }

    /**
     * Removes pupils an import added, undoing it (DD020): each must be at a school where the caller
     * may import; the undo checked they have no later work. Deleted through the aggregate (its
     * delete events keep the dashboards' counts), one audit row each (IMPORT_UNDO), in the caller's
     * transaction.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public void removeImported(List<Long> pupilIds, String detail) {
        if (pupilIds.isEmpty()) {
            return;
        }
        UserScope user = currentUser.require();
        java.util.Map<Long, Boolean> reach = new java.util.HashMap<>();
        List<Long> found = new ArrayList<>();
        for (PupilRoll.Enrolled p : roll.enrolled(pupilIds)) {
            boolean may = reach.computeIfAbsent(p.schoolId(),
                    id -> accessPolicy.mayImportPupilsAt(user, organisation.schoolScope(id)));
            if (!may) {
                auditLog.recordDenied("IMPORT_UNDO", PupilService.SUBJECT, p.id(), detail);
                throw new AccessDeniedException("pupil " + p.id());
            }
            found.add(p.id());
        }
        pupils.deleteAllById(found);
        auditLog.recordAll("IMPORT_UNDO", PupilService.SUBJECT, found, "removed: " + detail);
    }

    /**
     * Puts back fields an import changed, undoing it (DD020): {@code change} is given the pupil's
     * current details and sets the old values. The same checks as {@link #importUpdate} but for a
     * pupil who has left since (their record still reaches the school they left); audited as IMPORT_UNDO.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public Set<String> restoreImported(long pupilId, int expectedVersion, Consumer<PupilDetails> change, String detail) {
        Pupil pupil = pupils.findById(pupilId).orElseThrow(() -> new NotFoundException("pupil " + pupilId));
        UserScope user = currentUser.require();
        if (!accessPolicy.mayImportPupilsAt(user, organisation.schoolScope(pupil.getSchoolId()))) {
            auditLog.recordDenied("IMPORT_UNDO", PupilService.SUBJECT, pupilId, detail);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        Set<String> changed = change(pupil, expectedVersion, change);
        if (changed.isEmpty()) {
            return changed;
        }
        auditLog.record("IMPORT_UNDO", PupilService.SUBJECT, pupilId, "restored: " + String.join(", ", changed)
                + "; " + detail);
        return changed;
    }

    private void requireOwnAuthority(long localAuthorityId) {
        UserScope user = currentUser.require();
        if (!Objects.equals(user.localAuthorityId(), localAuthorityId)) {
            auditLog.recordDenied("IMPORT_REGISTER", "LOCAL_AUTHORITY", localAuthorityId, null);
            throw new AccessDeniedException("authority " + localAuthorityId);
        }
    }

    private Pupil saveUnique(Pupil pupil) {
        try {
            return pupils.save(pupil);
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(Violation.of("upn", "pupil.upn.taken")));
        }
    }
}
