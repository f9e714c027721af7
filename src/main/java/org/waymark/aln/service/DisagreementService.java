package org.waymark.aln.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.aln.domain.AlnDisagreement;
import org.waymark.aln.domain.AlnDisagreementRepository;
import org.waymark.aln.domain.DisagreementRules;
import org.waymark.aln.domain.DisagreementSource;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.Told;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Disagreements about a pupil's ALN decision or IDP (SPEC §9; seed 002 §7; ALN Code ch. 32). A
 * parent logs a concern about their own child, or the school's SENCO or head on the young
 * person's behalf; the authority's officers (caseworkers, lead SEND co-ordinators) are told,
 * assign a liaison officer from among themselves and record the steps — informal resolution, the
 * disagreement resolution service, the Education Tribunal for Wales — with dates and outcomes, in
 * the order {@link DisagreementRules} allows. The parents and the liaison officer are told of each
 * step in their own language; the parent reads where it stands on the pupil's ALN page. Every
 * check is in {@link AlnAccess}; refusals are audited.
 */
@Service
public class DisagreementService {

    private static final String SUBJECT = AlnAccess.SUBJECT;

    private final AlnAccess access;
    private final AlnDisagreementRepository disagreements;
    private final AlnNotices notices;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    DisagreementService(AlnAccess access, AlnDisagreementRepository disagreements, AlnNotices notices,
                        AccountService accounts, AuditLog auditLog, Clock clock) {
        this.access = access;
        this.disagreements = disagreements;
        this.notices = notices;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A pupil's disagreements as their ALN page shows them: whether the reader may log one, whether
     * they manage them (the authority's officers), and the officers who may be assigned.
     */
    public record PupilDisagreements(List<AlnDisagreement> disagreements, boolean mayLog, boolean mayManage,
                                     Map<String, String> officers, People people) {
    }

    /**
     * The pupil's disagreements, for anyone who may read the pupil's record (a parent: their own
     * child's) but the figures-only finance and inclusion roles: a disagreement is the family's or
     * school's words about the child's needs (issue 20 point 9). Refusals audited.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public PupilDisagreements forPupil(long pupilId) {
        AlnAccess.AlnPupil p = access.readableInDetail(pupilId, "READ_ALN_DISAGREEMENTS");
        UserScope user = access.user();
        List<AlnDisagreement> list = disagreements.findByPupilIdOrderByLoggedAtDescIdDesc(pupilId);
        boolean manage = AlnAccess.isOfficer(user, p.facts().localAuthorityId());
        List<String> named = new ArrayList<>();
        list.stream().map(AlnDisagreement::getLiaisonOfficer).filter(Objects::nonNull).forEach(named::add);
        Map<String, String> officers = manage ? officersOf(p.facts().localAuthorityId()) : Map.of();
        return new PupilDisagreements(list, AlnAccess.mayLogDisagreement(user, p), manage, officers, accounts.people(named));
    }

    /** An open disagreement as the authority's work queue shows it. */
    public record OpenDisagreement(AlnDisagreement disagreement, String pupilName) {
    }

    /**
     * The authority's disagreements not yet closed, the oldest first, for its officers: those waiting
     * for a liaison officer and those the reader is liaison officer for.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<OpenDisagreement> openForMe() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (laId == null || !access.runsIdp(laId) || !AlnAccess.isOfficer(user, laId)) {
            return List.of();
        }
        List<AlnDisagreement> open = disagreements.findByLocalAuthorityIdAndStatusNotOrderByLoggedAtAscIdAsc(laId,
                DisagreementStatus.CLOSED).stream().filter(d -> d.getLiaisonOfficer() == null
                || d.getLiaisonOfficer().equals(user.username())).toList();
        Map<Long, String> names = access.pupilNames(open.stream().map(AlnDisagreement::getPupilId).distinct().toList());
        return open.stream().map(d -> new OpenDisagreement(d, names.getOrDefault(d.getPupilId(), ""))).toList();
    }

    /** The authority's officers who may be the liaison officer, by display name. */
    private Map<String, String> officersOf(long laId) {
        List<String> logins = new ArrayList<>(accounts.holdersInAuthority(Role.CASEWORKER, laId));
        accounts.holdersInAuthority(Role.LEAD_SEND_COORDINATOR, laId).stream().filter(l -> !logins.contains(l))
                .forEach(logins::add);
        Map<String, String> names = accounts.displayNames(logins);
        Map<String, String> out = new LinkedHashMap<>();
        logins.forEach(l -> out.put(l, names.getOrDefault(l, l)));
        return out;
    }

    /**
     * A parent logs a concern about their own child, or the school's SENCO or head on the young
     * person's behalf; the authority's officers are told.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PARENT','SCHOOL_SENCO','HEAD_TEACHER')")
    public long log(long pupilId, DisagreementRules.ConcernInput input) {
        AlnAccess.AlnPupil p = access.pupil(pupilId, "ALN_DISAGREEMENT_LOG");
        UserScope user = access.user();
        if (!AlnAccess.mayLogDisagreement(user, p)) {
            access.refuse("ALN_DISAGREEMENT_LOG", pupilId, null);
        }
        List<Violation> problems = DisagreementRules.check(input, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        DisagreementSource source = AlnAccess.isParentOf(user, pupilId) ? DisagreementSource.PARENT
                : DisagreementSource.SCHOOL_FOR_YOUNG_PERSON;
        AlnDisagreement d = disagreements.save(AlnDisagreement.log(p.facts().localAuthorityId(), pupilId, p.facts().schoolId(),
                source, Objects.requireNonNull(input.topic()), Objects.requireNonNull(input.raisedOn()),
                input.concern(), user.username(), clock.instant()));
        long id = Objects.requireNonNull(d.getId());
        auditLog.record("ALN_DISAGREEMENT_LOG", SUBJECT, pupilId, "disagreement " + id);
        notices.send(pupilId, notices.officers(p.facts().localAuthorityId()).add(parents(pupilId)), link(pupilId),
                "notice.aln.disagreement.LOGGED", p.facts().displayName());
        return id;
    }

    /** An officer of the pupil's authority assigns the liaison officer (one of its officers); informal resolution starts. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void assign(long disagreementId, int expectedVersion, @Nullable String officer) {
        AlnDisagreement d = managed(disagreementId, "ALN_DISAGREEMENT_ASSIGN");
        AlnAccess.requireVersion(d.getVersion(), expectedVersion, "disagreement " + disagreementId);
        if (officer == null || !officersOf(d.getLocalAuthorityId()).containsKey(officer)) {
            throw new ValidationException(List.of(Violation.of("officer", "aln.dis.officer.required")));
        }
        if (!d.getStatus().open()) {
            throw new ConflictException("disagreement " + disagreementId + " is closed");
        }
        d.assign(officer, LocalDate.now(clock));
        save(d);
        auditLog.record("ALN_DISAGREEMENT_ASSIGN", SUBJECT, d.getPupilId(), "disagreement " + disagreementId);
        tell(d, d.getStatus().name());
    }

    /** The next step (or closing), dated, the current step's outcome given. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void step(long disagreementId, int expectedVersion, @Nullable DisagreementStatus to, @Nullable LocalDate on,
                     String outcome) {
        AlnDisagreement d = managed(disagreementId, "ALN_DISAGREEMENT_STEP");
        AlnAccess.requireVersion(d.getVersion(), expectedVersion, "disagreement " + disagreementId);
        List<Violation> problems = new ArrayList<>();
        if (to == null) {
            problems.add(Violation.of("step", "aln.dis.step.required"));
        } else if (d.getLiaisonOfficer() == null) {
            problems.add(Violation.of("step", "aln.dis.officer.first"));
        }
        problems.addAll(DisagreementRules.checkStep(d.getStatus(), to == null ? d.getStatus() : to,
                d.getHearingOn() != null, on, d.currentSince(), outcome, LocalDate.now(clock)).stream()
                .filter(v -> to != null || !v.field().equals("step")).toList());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        d.step(Objects.requireNonNull(to), Objects.requireNonNull(on), outcome);
        save(d);
        auditLog.record("ALN_DISAGREEMENT_STEP", SUBJECT, d.getPupilId(), "disagreement " + disagreementId + " " + to);
        tell(d, d.getStatus().name());
    }

    /** The tribunal's hearing date, set or moved. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void hearing(long disagreementId, int expectedVersion, @Nullable LocalDate on) {
        AlnDisagreement d = managed(disagreementId, "ALN_DISAGREEMENT_HEARING");
        AlnAccess.requireVersion(d.getVersion(), expectedVersion, "disagreement " + disagreementId);
        List<Violation> problems = DisagreementRules.checkHearing(d.getStatus(), on, d.getTribunalOn());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        d.hearing(Objects.requireNonNull(on));
        save(d);
        auditLog.record("ALN_DISAGREEMENT_HEARING", SUBJECT, d.getPupilId(), "disagreement " + disagreementId);
        tell(d, "HEARING");
    }

    /** Who a step tells: the child's parents and the liaison officer. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<Told> toldOfStep(long disagreementId) {
        AlnDisagreement d = managed(disagreementId, "READ_ALN_DISAGREEMENTS");
        return notices.told(audience(d));
    }

    private AlnDisagreement managed(long disagreementId, String action) {
        AlnDisagreement d = disagreements.findById(disagreementId)
                .orElseThrow(() -> new NotFoundException("ALN disagreement " + disagreementId));
        access.disagreementManaged(d.getPupilId(), d.getLocalAuthorityId(), action, "disagreement " + disagreementId);
        return d;
    }

    private Audience parents(long pupilId) {
        return Audience.of().add(Role.PARENT, accounts.parentsOf(pupilId));
    }

    private Audience audience(AlnDisagreement d) {
        Audience a = parents(d.getPupilId());
        if (d.getLiaisonOfficer() != null) {
            a.add(Role.CASEWORKER, List.of(d.getLiaisonOfficer()));
        }
        return a;
    }

    /** Tells the parents and the liaison officer, each in their language: a key per step, the child's name. */
    private void tell(AlnDisagreement d, String step) {
        String name = access.pupil(d.getPupilId(), "ALN_DISAGREEMENT_NOTICE").facts().displayName();
        notices.send(d.getPupilId(), audience(d), link(d.getPupilId()), "notice.aln.disagreement." + step, name);
    }

    private static String link(long pupilId) {
        return "pupils/" + pupilId + "/aln";
    }

    private void save(AlnDisagreement d) {
        try {
            disagreements.save(d);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("ALN disagreement " + d.getId() + " changed while saving");
        }
    }
}
