package org.waymark.aln.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.MaintainerDecision;
import org.waymark.aln.domain.MaintainerDecisionRepository;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralClock;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.aln.domain.WhoMaintains;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * Referrals of pupils' ALN cases to the authority (SPEC §9). The authority's officers see its
 * referrals due from schools (the 20-school-day clock running), overdue, waiting for its decision
 * and lately decided; they record referrals from parents and professionals and decide each —
 * the authority takes the case, or the school is best placed — and the school and the family are
 * told; the decision letter goes to the family in their language. A school's SENCO and head teacher
 * see their own school's referrals and send the ones they prepared.
 */
@Service
public class ReferralService {

    private static final String SUBJECT = AlnAccess.SUBJECT;
    private static final String LIST_LINK = "aln/referrals";

    private final AlnAccess access;
    private final AlnReferralRepository referrals;
    private final AlnDecisionRepository decisions;
    private final MaintainerDecisionRepository maintainers;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AlnNotices notices;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    ReferralService(AlnAccess access, AlnReferralRepository referrals, AlnDecisionRepository decisions,
                    MaintainerDecisionRepository maintainers, PupilService pupils, OrganisationService organisation,
                    AlnNotices notices, AccountService accounts, AuditLog auditLog, MessageSource messages,
                    Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.decisions = decisions;
        this.maintainers = maintainers;
        this.pupils = pupils;
        this.organisation = organisation;
        this.notices = notices;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A referral as a list shows it: the pupil and school by name; for one with a due date, where
     * it stands today (school days left, or late); whether it went after its due date.
     */
    public record ReferralRow(AlnReferral referral, String pupilName, String schoolName,
                              ReferralClock.@Nullable Standing standing, boolean late) {
    }

    /** A case waiting for a decision, as a list shows it. */
    public record CaseRow(AlnDecision decision, String pupilName, String schoolName) {
    }

    /**
     * The lists of the reader's reach: for an officer the authority's, for a school's SENCO or head
     * its own. Due and overdue are referrals still being prepared at schools, by their due date;
     * waiting are those sent (or received) and not yet decided; decided the latest decisions;
     * cases are those open for the reader to decide.
     */
    public record ReferralLists(boolean officer, List<ReferralRow> due, List<ReferralRow> overdue,
                                List<ReferralRow> waiting, List<ReferralRow> decided, List<CaseRow> cases) {
    }

    /** A referral as its page shows it, with what the reader may do. */
    public record ReferralPage(ReferralRow row, AlnService.PupilFacts pupil, List<MaintainerReason> factsForAuthority,
                               boolean maySend, boolean mayDecide, boolean caseReadable, People people) {
    }

    /** A referral from a parent, the young person or a professional, as the officer records it. */
    public record ReceivedInput(@Nullable Long pupilId, @Nullable ReferralSource source, String referrer,
                                @Nullable LocalDate receivedOn, String summary) {
    }

    /** The lists of referrals within the reader's reach: an officer's authority, or a school's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','CASEWORKER','LEAD_SEND_COORDINATOR')")
    public ReferralLists lists() {
        UserScope user = access.user();
        LocalDate today = LocalDate.now(clock);
        Long laId = user.localAuthorityId();
        boolean officer = laId != null && AlnAccess.isOfficer(user, laId);
        boolean school = user.schoolId() != null && AlnAccess.isSchoolStaff(user, user.schoolId());
        if (laId == null || !access.runsIdp(laId) || !(officer || school)) {
            access.refuseAuthority("READ_ALN_REFERRALS", laId);
        }
        long authority = Objects.requireNonNull(laId);
        List<AlnReferral> open;
        List<AlnReferral> decided;
        List<AlnDecision> cases;
        if (officer) {
            open = referrals.findByLocalAuthorityIdAndStatusInOrderByStartedOnAscIdAsc(authority,
                    List.of(ReferralStatus.PREPARING, ReferralStatus.SENT));
            decided = referrals.findTop20ByLocalAuthorityIdAndStatusOrderByDecidedAtDescIdDesc(authority,
                    ReferralStatus.DECIDED);
            cases = AlnAccess.isAuthorityDecider(user, authority)
                    ? decisions.findByLocalAuthorityIdAndDeciderAndStatusOrderByConcernOnAscIdAsc(authority,
                    Decider.AUTHORITY, DecisionStatus.OPEN) : List.of();
        } else {
            long schoolId = Objects.requireNonNull(user.schoolId());
            open = referrals.findBySchoolIdAndStatusInOrderByStartedOnAscIdAsc(schoolId,
                    List.of(ReferralStatus.PREPARING, ReferralStatus.SENT));
            decided = referrals.findBySchoolIdAndStatusInOrderByStartedOnAscIdAsc(schoolId,
                    List.of(ReferralStatus.DECIDED)).reversed().stream().limit(20).toList();
            cases = decisions.findBySchoolIdAndStatusOrderByConcernOnAscIdAsc(schoolId, DecisionStatus.OPEN).stream()
                    .filter(d -> d.getDecider() == Decider.SCHOOL).toList();
            // not the records of a pupil who left the school before its read-only history period (DD014)
            List<Long> named = new ArrayList<>();
            open.forEach(r -> named.add(r.getPupilId()));
            decided.forEach(r -> named.add(r.getPupilId()));
            cases.forEach(d -> named.add(d.getPupilId()));
            java.util.Set<Long> reached = pupils.inListScope(named);
            open = open.stream().filter(r -> reached.contains(r.getPupilId())).toList();
            decided = decided.stream().filter(r -> reached.contains(r.getPupilId())).toList();
            cases = cases.stream().filter(d -> reached.contains(d.getPupilId())).toList();
        }
        SchoolCalendar calendar = organisation.calendarOf(authority);
        List<Long> pupilIds = new ArrayList<>();
        List<Long> schoolIds = new ArrayList<>();
        open.forEach(r -> {
            pupilIds.add(r.getPupilId());
            schoolIds.add(r.getSchoolId());
        });
        decided.forEach(r -> {
            pupilIds.add(r.getPupilId());
            schoolIds.add(r.getSchoolId());
        });
        cases.forEach(d -> {
            pupilIds.add(d.getPupilId());
            schoolIds.add(d.getSchoolId());
        });
        Map<Long, String> pupilNames = pupils.namesOf(pupilIds);
        Map<Long, String> schoolNames = access.schoolNames(schoolIds.stream().distinct().toList());
        List<ReferralRow> due = new ArrayList<>();
        List<ReferralRow> overdue = new ArrayList<>();
        List<ReferralRow> waiting = new ArrayList<>();
        for (AlnReferral r : open) {
            ReferralRow row = row(r, pupilNames, schoolNames, calendar, today);
            if (r.getStatus() == ReferralStatus.SENT) {
                waiting.add(row);
            } else if (row.standing() != null && row.standing().overdue()) {
                overdue.add(row);
            } else {
                due.add(row);
            }
        }
        Comparator<ReferralRow> byDue = Comparator.comparing(
                (ReferralRow r) -> Optional.ofNullable(r.referral().getDueBy()).orElse(LocalDate.MAX));
        due.sort(byDue);
        overdue.sort(byDue);
        return new ReferralLists(officer, due, overdue, waiting,
                decided.stream().map(r -> row(r, pupilNames, schoolNames, calendar, today)).toList(),
                cases.stream().map(d -> new CaseRow(d, pupilNames.getOrDefault(d.getPupilId(), ""),
                        schoolNames.getOrDefault(d.getSchoolId(), ""))).toList());
    }

    private static ReferralRow row(AlnReferral r, Map<Long, String> pupilNames, Map<Long, String> schoolNames,
                                   SchoolCalendar calendar, LocalDate today) {
        ReferralClock.Standing standing = r.getDueBy() == null || r.getStatus() != ReferralStatus.PREPARING ? null
                : ReferralClock.standing(calendar, r.getDueBy(), today);
        return new ReferralRow(r, pupilNames.getOrDefault(r.getPupilId(), ""),
                schoolNames.getOrDefault(r.getSchoolId(), ""), standing, r.late(today));
    }

    /**
     * One referral: for the authority's officers, and for the SENCO and head of the school it is
     * from or about; for the child's parents once decided. Audited as a read of the pupil's record.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public ReferralPage referral(long referralId) {
        AlnReferral r = access.referral(referralId);
        AlnAccess.AlnPupil p = access.pupil(r.getPupilId(), "READ_ALN_REFERRAL");
        UserScope user = access.user();
        boolean officer = AlnAccess.isOfficer(user, r.getLocalAuthorityId());
        boolean school = AlnAccess.isSchoolStaff(user, r.getSchoolId())
                || AlnAccess.isSchoolStaff(user, p.facts().schoolId());
        boolean parent = AlnAccess.isParentOf(user, r.getPupilId()) && r.getStatus() == ReferralStatus.DECIDED;
        if (!officer && !school && !parent) {
            access.refuse("READ_ALN_REFERRAL", r.getPupilId(), "referral " + referralId);
        }
        auditLog.record("READ_ALN_REFERRAL", SUBJECT, r.getPupilId(), "referral " + referralId);
        LocalDate today = LocalDate.now(clock);
        ReferralRow row = row(r, Map.of(r.getPupilId(), p.facts().displayName()),
                organisation.schoolNames(List.of(r.getSchoolId())), organisation.calendarOf(r.getLocalAuthorityId()),
                today);
        List<String> named = new ArrayList<>(List.of(r.getPreparedBy()));
        Optional.ofNullable(r.getSentBy()).ifPresent(named::add);
        Optional.ofNullable(r.getDecidedBy()).ifPresent(named::add);
        String language = user.locale().getLanguage();
        AlnService.PupilFacts facts = new AlnService.PupilFacts(p.pupilId(), p.facts().displayName(),
                p.school().name(), p.authority().displayName(language), p.facts().dualRegistered(),
                p.facts().lookedAfter(), p.specialPlacement());
        // a parent reads the case it led to once that case is decided
        boolean caseReadable = r.getAlnDecisionId() != null && (officer || school
                || access.decision(r.getAlnDecisionId()).getStatus() == DecisionStatus.DECIDED);
        return new ReferralPage(row, facts, WhoMaintains.factsForAuthority(facts(r, p)),
                r.getStatus() == ReferralStatus.PREPARING && AlnAccess.isSchoolStaff(user, r.getSchoolId()),
                r.getStatus() == ReferralStatus.SENT && officer, caseReadable, accounts.people(named));
    }

    /** The facts who maintains the IDP rests on now: the record's, with the hours and grounds the school gave. */
    private WhoMaintains.Facts facts(AlnReferral r, AlnAccess.AlnPupil p) {
        MaintainerDecision school = r.getAlnDecisionId() == null ? null
                : maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(r.getPupilId()).stream()
                .filter(m -> m.getAlnDecisionId() == r.getAlnDecisionId()).findFirst().orElse(null);
        return p.maintainerFacts(school == null ? null : school.getTaHours(),
                school == null ? Set.of() : school.grounds());
    }

    /** The school sends a referral it prepared: the authority's officers are told. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')")
    public void send(long referralId, int expectedVersion) {
        AlnReferral r = access.referral(referralId);
        AlnAccess.AlnPupil p = access.pupil(r.getPupilId(), "ALN_REFERRAL_SEND");
        if (!AlnAccess.isSchoolStaff(access.user(), r.getSchoolId())) {
            access.refuse("ALN_REFERRAL_SEND", r.getPupilId(), "referral " + referralId);
        }
        if (r.getStatus() != ReferralStatus.PREPARING) {
            throw new ConflictException("referral " + referralId + " is " + r.getStatus());
        }
        AlnAccess.requireVersion(r.getVersion(), expectedVersion, "referral " + referralId);
        r.send(access.user().username(), clock.instant(), LocalDate.now(clock));
        access.save(r);
        auditLog.record("ALN_REFERRAL_SEND", SUBJECT, r.getPupilId(), "referral " + referralId
                + (r.late(LocalDate.now(clock)) ? " late" : ""));
        notices.send(r.getPupilId(), notices.officers(r.getLocalAuthorityId()), "aln/referrals/" + referralId,
                "notice.aln.referralSent", p.school().name(), p.facts().displayName());
    }

    /** Who sending a referral tells: the authority's caseworkers and lead SEND co-ordinators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')")
    public List<Told> toldOfSending(long referralId) {
        AlnReferral r = access.referral(referralId);
        if (!AlnAccess.isSchoolStaff(access.user(), r.getSchoolId())) {
            access.refuse("READ_ALN_REFERRAL", r.getPupilId(), "referral " + referralId);
        }
        return notices.told(notices.officers(r.getLocalAuthorityId()));
    }

    /**
     * Records a referral the authority received from a parent, the young person or a
     * professional, for a pupil of the officer's authority: it waits for the authority's decision.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public long record(ReceivedInput input) {
        // the child's authority first: an officer of another (or of none that runs the process) is
        // refused against the child, before anything about the input is said
        Long named = input.pupilId();
        AlnAccess.AlnPupil p = named == null ? null : access.ofCallersAuthority(named, "ALN_REFERRAL_RECEIVED");
        access.officer("ALN_REFERRAL_RECEIVED");
        List<Violation> problems = new ArrayList<>();
        if (input.pupilId() == null) {
            problems.add(Violation.of("pupil", "aln.referral.pupil.required"));
        }
        if (input.source() == null || input.source() == ReferralSource.SCHOOL) {
            problems.add(Violation.of("source", "aln.referral.source.required"));
        }
        AlnRules.text(problems, "referrer", input.referrer(), AlnRules.MAX_NAME, "aln.referral.referrer.required");
        problems.addAll(AlnRules.checkStart("receivedOn", input.receivedOn(), LocalDate.now(clock)));
        AlnRules.text(problems, "summary", input.summary(), AlnService.MAX_SUMMARY, "aln.referral.summary.required");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long pupilId = Objects.requireNonNull(named);
        AlnReferral saved = access.save(AlnReferral.received(Objects.requireNonNull(p).facts().localAuthorityId(),
                pupilId, p.facts().schoolId(), Objects.requireNonNull(input.source()), input.referrer(), input.summary(),
                Objects.requireNonNull(input.receivedOn()), access.user().username(), clock.instant()));
        auditLog.record("ALN_REFERRAL_RECEIVED", SUBJECT, pupilId, "referral " + saved.getId() + " from "
                + input.source());
        return Objects.requireNonNull(saved.getId());
    }

    /**
     * The authority decides a referral: it takes the case (it decides whether the pupil has ALN and
     * maintains any IDP), or the school is best placed to decide. A case the record's facts make the
     * authority's (dually registered, looked after, 25 or more hours of TA support, a special school
     * or learning support centre) stays with the authority. The case is opened for whoever decides
     * now, who maintains the IDP is recorded, and the school and the family are told.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public void decide(long referralId, int expectedVersion, @Nullable ReferralOutcome outcome, String reasons) {
        AlnReferral r = access.referral(referralId);
        AlnAccess.AlnPupil p = access.ofCallersAuthority(r.getPupilId(), "ALN_REFERRAL_DECISION");
        if (r.getStatus() != ReferralStatus.SENT) {
            throw new ConflictException("referral " + referralId + " is " + r.getStatus());
        }
        AlnAccess.requireVersion(r.getVersion(), expectedVersion, "referral " + referralId);
        WhoMaintains.Facts facts = facts(r, p);
        List<Violation> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Violation.of("outcome", "aln.referral.outcome.required"));
        } else if (outcome == ReferralOutcome.SCHOOL_BEST_PLACED && !WhoMaintains.factsForAuthority(facts).isEmpty()) {
            problems.add(Violation.of("outcome", "aln.referral.staysWithAuthority"));
        }
        AlnRules.text(problems, "reasons", reasons, AlnRules.MAX_REASONS, "aln.referral.reasons.required");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ReferralOutcome decided = Objects.requireNonNull(outcome);
        String actor = access.user().username();
        AlnDecision kase;
        if (r.getAlnDecisionId() != null) {
            kase = access.decision(r.getAlnDecisionId());
            kase.reopenFor(decided.decider());
        } else {
            kase = AlnDecision.raise(r.getLocalAuthorityId(), r.getPupilId(), p.facts().schoolId(), decided.decider(),
                    new AlnRules.ConcernInput(concernSource(r.getSource()), r.getReferrer(), r.getStartedOn(),
                            clip(r.getSummary(), AlnRules.MAX_CONCERN)), actor, clock.instant());
        }
        kase = access.save(kase);
        long caseId = Objects.requireNonNull(kase.getId());
        maintainers.save(MaintainerDecision.onReferral(r.getLocalAuthorityId(), r.getPupilId(), caseId, facts, decided,
                actor, clock.instant()));
        r.decide(decided, reasons, caseId, actor, clock.instant(), LocalDate.now(clock));
        access.save(r);
        auditLog.record("ALN_REFERRAL_DECISION", SUBJECT, r.getPupilId(), "referral " + referralId + ": " + decided);
        notices.send(r.getPupilId(), notices.schoolAndFamily(r.getPupilId(), p.facts().schoolId()),
                "aln/decisions/" + caseId, "notice.aln.referralDecided", p.facts().displayName(),
                Notice.key("notice.aln.referralOutcome." + decided.name()));
    }

    /** Who deciding a referral tells: the SENCO and head teacher of the pupil's school, and the parents. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<Told> toldOfDecision(long referralId) {
        AlnReferral r = access.referral(referralId);
        AlnAccess.AlnPupil p = access.ofCallersAuthority(r.getPupilId(), "READ_ALN_REFERRAL");
        return notices.told(notices.schoolAndFamily(r.getPupilId(), p.facts().schoolId()));
    }

    /**
     * The authority's decision letter on a referral, in the family's language (Welsh or English):
     * for its officers, the school and the child's parents, once decided. Audited.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AlnLetter decisionLetter(long referralId) {
        AlnReferral r = access.referral(referralId);
        AlnAccess.AlnPupil p = access.pupil(r.getPupilId(), "ALN_LETTER");
        UserScope user = access.user();
        boolean reader = AlnAccess.isOfficer(user, r.getLocalAuthorityId())
                || AlnAccess.isSchoolStaff(user, r.getSchoolId()) || AlnAccess.isSchoolStaff(user, p.facts().schoolId())
                || AlnAccess.isParentOf(user, r.getPupilId());
        if (!reader || r.getStatus() != ReferralStatus.DECIDED) {
            access.refuse("ALN_LETTER", r.getPupilId(), "referral " + referralId);
        }
        auditLog.record("ALN_LETTER", SUBJECT, r.getPupilId(), "referral decision letter " + referralId);
        String language = p.letterLanguage();
        Locale locale = Locale.forLanguageTag(language);
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        byte[] pdf = new AlnLetterDocument(labels).referralDecision(new AlnLetterDocument.Parties(
                p.authority().displayName(language), organisation.schoolOfRecord(r.getSchoolId()).name(),
                p.facts().displayName()), r);
        return new AlnLetter("aln-referral-" + referralId + "-" + language + ".pdf", language, pdf);
    }

    /** Whether the caller is one of the authority's officers for referrals (for screens choosing what to show). */
    @PreAuthorize("isAuthenticated()")
    public boolean callerIsOfficer() {
        UserScope user = access.user();
        return user.localAuthorityId() != null && AlnAccess.isOfficer(user, user.localAuthorityId());
    }

    private static ConcernSource concernSource(ReferralSource source) {
        return switch (source) {
            case PARENT -> ConcernSource.PARENT;
            case YOUNG_PERSON -> ConcernSource.YOUNG_PERSON;
            case PROFESSIONAL, SCHOOL -> ConcernSource.OTHER_PROFESSIONAL;
        };
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
