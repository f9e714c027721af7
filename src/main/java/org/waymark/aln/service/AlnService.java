package org.waymark.aln.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.Maintainer;
import org.waymark.aln.domain.MaintainerDecision;
import org.waymark.aln.domain.MaintainerDecisionRepository;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralClock;
import org.waymark.aln.domain.TwoStepTest;
import org.waymark.aln.domain.WhoMaintains;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * A pupil's ALN record for the school and the authority (SPEC §9): the concern recorded, the
 * two-step decision with its evidence and reasons, who maintains the IDP, the IDP drafted in the
 * plan editor, or the case prepared as a referral to the authority; the no-ALN letter in the
 * family's language. Access is checked in {@link AlnAccess}; everything is audited against the
 * pupil's record.
 */
@Service
public class AlnService {

    private static final String SUBJECT = AlnAccess.SUBJECT;

    private final AlnAccess access;
    private final MaintainerDecisionRepository maintainers;
    private final AlnReferralRepository referrals;
    private final PlanService plans;
    private final OrganisationService organisation;
    private final AlnNotices notices;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    AlnService(AlnAccess access, MaintainerDecisionRepository maintainers, AlnReferralRepository referrals,
               PlanService plans, OrganisationService organisation, AlnNotices notices, AccountService accounts,
               AuditLog auditLog, MessageSource messages, Clock clock) {
        this.access = access;
        this.maintainers = maintainers;
        this.referrals = referrals;
        this.plans = plans;
        this.organisation = organisation;
        this.notices = notices;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The facts about the pupil the decision and who maintains the IDP rest on, as the record holds them. */
    public record PupilFacts(long pupilId, String pupilName, String schoolName, String authorityName,
                             boolean dualRegistered, boolean lookedAfter, boolean specialPlacement) {

        /** The record's facts for who maintains the IDP, with the hours and grounds given. */
        public WhoMaintains.Facts maintainerFacts(@Nullable BigDecimal taHours, Set<MaintainerReason> grounds) {
            return new WhoMaintains.Facts(dualRegistered, lookedAfter, taHours, specialPlacement, grounds);
        }

        /** A dually registered or looked-after pupil's case goes to the authority: the school refers it. */
        public boolean mustRefer() {
            return dualRegistered || lookedAfter;
        }
    }

    /** One concern and what became of it, as the pupil's ALN page lists it. */
    public record CaseLine(AlnDecision decision, @Nullable MaintainerDecision maintainer, List<AlnReferral> referrals,
                           boolean mayDecide) {
    }

    /**
     * A pupil's ALN page: their facts, their cases (a parent sees the decided ones), what the reader
     * may do. {@code detailsShown} is false for a figures-only reader (finance,
     * inclusion), who sees each case's standing but may not open it, its letter or the pupil's
     * disagreements.
     */
    public record PupilAln(PupilFacts pupil, boolean mayRaise, List<CaseLine> cases, People people,
                           boolean detailsShown) {
    }

    /** One case as its page shows it: the form while it is open for the reader to decide, else the record. */
    public record DecisionPage(AlnDecision decision, PupilFacts pupil, @Nullable MaintainerDecision maintainer,
                               List<AlnReferral> referrals, boolean mayDecide, boolean mayRefer,
                               boolean mayDraftIdp, boolean letter, People people) {
    }

    /** What recording a decision did: its outcome and, for ALN, the IDP drafted if the caller may write it. */
    public record DecisionResult(AlnOutcome outcome, @Nullable Long planId) {
    }

    /** A school's referral as its form gives it. */
    public record ReferralInput(@Nullable LocalDate needApparentOn, @Nullable BigDecimal taHours,
                                Set<MaintainerReason> grounds, String summary) {

        public ReferralInput {
            grounds = Set.copyOf(grounds);
        }
    }

    public static final int MAX_SUMMARY = 4000;

    private PupilFacts facts(AlnAccess.AlnPupil p) {
        String language = access.user().locale().getLanguage();
        return new PupilFacts(p.pupilId(), p.facts().displayName(), p.school().name(),
                p.authority().displayName(language), p.facts().dualRegistered(), p.facts().lookedAfter(),
                p.specialPlacement());
    }

    /** The pupil's ALN page. Audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PupilAln pupil(long pupilId) {
        AlnAccess.AlnPupil p = access.readable(pupilId, "READ_ALN");
        auditLog.record("READ_ALN", SUBJECT, pupilId, null);
        UserScope user = access.user();
        boolean parent = AlnAccess.isParentOf(user, pupilId);
        List<MaintainerDecision> maintained = maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(pupilId);
        List<AlnReferral> referred = referrals.findByPupilIdOrderByStartedOnDescIdDesc(pupilId);
        List<String> named = new ArrayList<>();
        List<CaseLine> lines = new ArrayList<>();
        for (AlnDecision d : access.decisionsOf(pupilId)) {
            if (parent && d.getStatus() != DecisionStatus.DECIDED) {
                continue;
            }
            long id = Objects.requireNonNull(d.getId());
            named.add(d.getRecordedBy());
            if (d.getDecidedBy() != null) {
                named.add(d.getDecidedBy());
            }
            lines.add(new CaseLine(d, latest(maintained, id),
                    referred.stream().filter(r -> Objects.equals(r.getAlnDecisionId(), id)).toList(),
                    d.getStatus() == DecisionStatus.OPEN && access.mayDecide(d, p.facts().schoolId())));
        }
        return new PupilAln(facts(p), AlnAccess.isSchoolStaff(user, p.facts().schoolId()), lines, accounts.people(named),
                access.seesDetail());
    }

    private static @Nullable MaintainerDecision latest(List<MaintainerDecision> newestFirst, long decisionId) {
        return newestFirst.stream().filter(m -> m.getAlnDecisionId() == decisionId).findFirst().orElse(null);
    }

    /** Records a concern raised about a pupil of the caller's school: a case open for the school to decide. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')")
    public long raiseConcern(long pupilId, AlnRules.ConcernInput concern) {
        AlnAccess.AlnPupil p = access.ofCallersSchool(pupilId, "ALN_CONCERN");
        List<Violation> problems = AlnRules.check(concern, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AlnDecision saved = access.save(AlnDecision.raise(p.facts().localAuthorityId(), pupilId, p.facts().schoolId(),
                Decider.SCHOOL, concern, access.user().username(), clock.instant()));
        auditLog.record("ALN_CONCERN", SUBJECT, pupilId, "ALN decision " + saved.getId());
        return Objects.requireNonNull(saved.getId());
    }

    /**
     * One case with what the reader may do with it; not for the figures-only finance and inclusion
     * roles (the concern and the decision's reasons). Audited as a read of the pupil's record.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public DecisionPage decision(long decisionId) {
        AlnDecision d = access.decision(decisionId);
        AlnAccess.AlnPupil p = access.readableInDetail(d.getPupilId(), "READ_ALN");
        UserScope user = access.user();
        if (AlnAccess.isParentOf(user, d.getPupilId()) && d.getStatus() != DecisionStatus.DECIDED) {
            access.refuse("READ_ALN", d.getPupilId(), "ALN decision " + decisionId + " not yet decided");
        }
        auditLog.record("READ_ALN", SUBJECT, d.getPupilId(), "ALN decision " + decisionId);
        MaintainerDecision maintainer = latest(maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(d.getPupilId()),
                decisionId);
        List<AlnReferral> referred = referrals.findByPupilIdOrderByStartedOnDescIdDesc(d.getPupilId()).stream()
                .filter(r -> Objects.equals(r.getAlnDecisionId(), decisionId)).toList();
        boolean open = d.getStatus() == DecisionStatus.OPEN;
        boolean mayDecide = open && access.mayDecide(d, p.facts().schoolId());
        List<String> named = new ArrayList<>(List.of(d.getRecordedBy()));
        Optional.ofNullable(d.getDecidedBy()).ifPresent(named::add);
        referred.forEach(r -> {
            named.add(r.getPreparedBy());
            Optional.ofNullable(r.getDecidedBy()).ifPresent(named::add);
        });
        return new DecisionPage(d, facts(p), maintainer, referred, mayDecide,
                mayDecide && d.getDecider() == Decider.SCHOOL,
                d.getOutcome() == AlnOutcome.ALN && d.getPlanId() == null && idpTypeCallerMayDraft(d, maintainer).isPresent(),
                d.getOutcome() == AlnOutcome.NO_ALN, accounts.people(named));
    }

    /**
     * Records the two-step decision on an open case the caller decides. For the school: a dually
     * registered or looked-after pupil's case is referred instead; an ALN outcome records who
     * maintains the IDP by the rules, and when the rules give it to the authority (25 or more hours
     * of TA support, a special school or learning support centre) the school refers instead. For ALN
     * the IDP is drafted at once when the caller may write it (the school's SENCO, the authority's
     * caseworker); the parents and the school are told.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','CASEWORKER')")
    public DecisionResult decide(long decisionId, int expectedVersion, AlnRules.DecisionInput input,
                                 @Nullable BigDecimal taHours) {
        AlnAccess.AlnCase c = access.decidable(decisionId, "ALN_DECISION");
        AlnDecision d = c.decision();
        AlnAccess.AlnPupil p = c.pupil();
        if (d.getStatus() != DecisionStatus.OPEN) {
            throw new ConflictException("ALN decision " + decisionId + " is " + d.getStatus());
        }
        AlnAccess.requireVersion(d.getVersion(), expectedVersion, "ALN decision " + decisionId);
        WhoMaintains.Facts facts = p.maintainerFacts(taHours, Set.of());
        List<Violation> problems = new ArrayList<>(AlnRules.check(input));
        problems.addAll(WhoMaintains.check(facts));
        if (d.getDecider() == Decider.SCHOOL && WhoMaintains.schoolMustRefer(facts)) {
            problems.add(Violation.of("outcome", "aln.decide.mustRefer"));
        }
        AlnOutcome outcome = TwoStepTest.apply(input.normalised().answers()).map(TwoStepTest.Result::outcome)
                .orElse(null);
        boolean schoolAln = d.getDecider() == Decider.SCHOOL && outcome == AlnOutcome.ALN;
        if (problems.isEmpty() && schoolAln && WhoMaintains.decide(facts).maintainer() == Maintainer.AUTHORITY) {
            problems.add(Violation.of("taHours", "aln.decide.authorityMaintains"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String actor = access.user().username();
        d.decide(input, actor, clock.instant(), LocalDate.now(clock));
        if (schoolAln) {
            maintainers.save(MaintainerDecision.byRules(d.getLocalAuthorityId(), d.getPupilId(), decisionId, facts,
                    actor, clock.instant()));
        }
        AlnDecision saved = access.save(d);
        auditLog.record("ALN_DECISION", SUBJECT, d.getPupilId(), "ALN decision " + decisionId + ": " + d.getOutcome());
        notices.send(d.getPupilId(), notices.schoolAndFamily(d.getPupilId(), p.facts().schoolId()),
                "aln/decisions/" + decisionId, d.getOutcome() == AlnOutcome.ALN ? "notice.aln.decidedAln"
                        : "notice.aln.decidedNoAln", p.facts().displayName());
        Long planId = null;
        if (d.getOutcome() == AlnOutcome.ALN) {
            MaintainerDecision maintainer = latest(maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(d.getPupilId()),
                    decisionId);
            if (idpTypeCallerMayDraft(saved, maintainer).isPresent()) {
                planId = draft(saved, maintainer);
            }
        }
        return new DecisionResult(Objects.requireNonNull(d.getOutcome()), planId);
    }

    /** Who recording the decision tells: the school's SENCO and head teacher, and the parents. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','CASEWORKER')")
    public List<Told> toldOfDecision(long decisionId) {
        AlnDecision d = access.decision(decisionId);
        AlnAccess.AlnPupil p = access.readable(d.getPupilId(), "READ_ALN");
        return notices.told(notices.schoolAndFamily(d.getPupilId(), p.facts().schoolId()));
    }

    /**
     * Drafts the IDP an ALN outcome calls for, of the type of who maintains it (a school's IDP, or
     * the authority's), and answers its id for the plan editor; a plan of that type in force or in
     * draft is the IDP. Only the plan's writer may: the SENCO of the pupil's school, the authority's caseworker.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public long draftIdp(long decisionId) {
        AlnDecision d = access.decision(decisionId);
        access.pupil(d.getPupilId(), "ALN_IDP");
        // the writer first: nothing of the decision (its outcome, its plan) is told to anyone else
        MaintainerDecision maintainer = latest(maintainers.findByPupilIdOrderByDecidedAtDescIdDesc(d.getPupilId()),
                decisionId);
        if (idpTypeCallerMayDraft(d, maintainer).isEmpty()) {
            access.refuse("ALN_IDP", d.getPupilId(), "ALN decision " + decisionId);
        }
        if (d.getOutcome() != AlnOutcome.ALN) {
            throw new ValidationException(List.of(Violation.of("idp", "aln.idp.onlyAln")));
        }
        if (d.getPlanId() != null) {
            return d.getPlanId();
        }
        return draft(d, maintainer);
    }

    private long draft(AlnDecision d, @Nullable MaintainerDecision maintainer) {
        PlanType type = idpType(d, maintainer);
        long planId = plans.plansOf(d.getPupilId()).stream()
                .filter(s -> s.type() == type && s.status() != PlanStatus.CEASED).map(PlanSummary::planId)
                .findFirst().orElseGet(() -> plans.startPlan(d.getPupilId(), type));
        d.idpDrafted(planId);
        access.save(d);
        auditLog.record("ALN_IDP", SUBJECT, d.getPupilId(), "ALN decision " + d.getId() + " IDP plan " + planId);
        return planId;
    }

    /** The IDP type who maintains it gives (the authority's for a case the authority decided). */
    private static PlanType idpType(AlnDecision d, @Nullable MaintainerDecision maintainer) {
        if (maintainer != null) {
            return maintainer.getMaintainer().planType();
        }
        return d.getDecider() == Decider.AUTHORITY ? Maintainer.AUTHORITY.planType() : Maintainer.SCHOOL.planType();
    }

    /** The IDP type, when the caller may write it: the authority's caseworker, or the SENCO of the pupil's school. */
    private Optional<PlanType> idpTypeCallerMayDraft(AlnDecision d, @Nullable MaintainerDecision maintainer) {
        PlanType type = idpType(d, maintainer);
        UserScope user = access.user();
        boolean writer = type.maintainedByAuthority() ? AlnAccess.isAuthorityDecider(user, d.getLocalAuthorityId())
                : AlnAccess.isSenco(user, access.pupil(d.getPupilId(), "ALN_IDP").facts().schoolId());
        return writer ? Optional.of(type) : Optional.empty();
    }

    /**
     * The school prepares a referral of an open case to the authority, instead of deciding it: the
     * reasons are the rules' (facts on the record, the hours of TA support, the school's grounds), the
     * need became apparent on the day given, and the referral is due 20 school days later on the
     * authority's calendar. Who maintains the IDP is recorded; the case waits for the authority.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')")
    public long prepareReferral(long decisionId, int expectedVersion, ReferralInput input) {
        AlnAccess.AlnCase c = access.decidable(decisionId, "ALN_REFERRAL");
        AlnDecision d = c.decision();
        AlnAccess.AlnPupil p = c.pupil();
        if (d.getStatus() != DecisionStatus.OPEN || d.getDecider() != Decider.SCHOOL) {
            throw new ConflictException("ALN decision " + decisionId + " is " + d.getStatus());
        }
        AlnAccess.requireVersion(d.getVersion(), expectedVersion, "ALN decision " + decisionId);
        LocalDate today = LocalDate.now(clock);
        WhoMaintains.Facts facts = p.maintainerFacts(input.taHours(), input.grounds());
        List<Violation> problems = new ArrayList<>(AlnRules.checkStart("needApparentOn", input.needApparentOn(), today));
        if (input.needApparentOn() != null && input.needApparentOn().isBefore(d.getConcernOn())) {
            problems.add(Violation.of("needApparentOn", "aln.referral.beforeConcern"));
        }
        problems.addAll(WhoMaintains.check(facts));
        AlnRules.text(problems, "summary", input.summary(), MAX_SUMMARY, "aln.referral.summary.required");
        WhoMaintains.Outcome rules = WhoMaintains.decide(facts);
        if (rules.maintainer() != Maintainer.AUTHORITY) {
            problems.add(Violation.of("grounds", "aln.referral.noReason"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate apparent = Objects.requireNonNull(input.needApparentOn());
        LocalDate due = ReferralClock.dueBy(organisation.calendarOf(d.getLocalAuthorityId()), apparent).orElse(null);
        String actor = access.user().username();
        maintainers.save(MaintainerDecision.byRules(d.getLocalAuthorityId(), d.getPupilId(), decisionId, facts, actor,
                clock.instant()));
        AlnReferral referral = access.save(AlnReferral.fromSchool(d.getLocalAuthorityId(), d.getPupilId(),
                p.facts().schoolId(), decisionId, rules.reasons(), input.summary(), apparent, due, actor, clock.instant()));
        d.refer();
        access.save(d);
        auditLog.record("ALN_REFERRAL", SUBJECT, d.getPupilId(), "referral " + referral.getId() + " prepared, due "
                + (due == null ? "unknown" : due));
        return Objects.requireNonNull(referral.getId());
    }

    /**
     * The day a referral prepared now would be due, for a need apparent on {@code apparent}: for the
     * school's referral form, which shows it before the referral is made. Empty when the authority's
     * term dates do not reach it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER')")
    public Optional<LocalDate> referralDueBy(long decisionId, LocalDate apparent) {
        AlnDecision d = access.decidable(decisionId, "ALN_REFERRAL").decision();
        return ReferralClock.dueBy(organisation.calendarOf(d.getLocalAuthorityId()), apparent);
    }

    /**
     * The letter that a pupil does not have ALN, in the family's language: for the school and the
     * authority, and for the child's parents; not for the figures-only finance and inclusion roles.
     * Audited as a read of the pupil's record.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AlnLetter noAlnLetter(long decisionId) {
        AlnDecision d = access.decision(decisionId);
        AlnAccess.AlnPupil p = access.readableInDetail(d.getPupilId(), "ALN_LETTER");
        if (d.getOutcome() != AlnOutcome.NO_ALN) {
            access.refuse("ALN_LETTER", d.getPupilId(), "ALN decision " + decisionId + " has no such letter");
        }
        auditLog.record("ALN_LETTER", SUBJECT, d.getPupilId(), "no-ALN letter, ALN decision " + decisionId);
        String language = p.letterLanguage();
        Locale locale = Locale.forLanguageTag(language);
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        byte[] pdf = new AlnLetterDocument(labels).noAln(new AlnLetterDocument.Parties(
                p.authority().displayName(language), organisation.schoolOfRecord(d.getSchoolId()).name(),
                p.facts().displayName()), d);
        return new AlnLetter("aln-decision-" + decisionId + "-" + language + ".pdf", language, pdf);
    }

}
