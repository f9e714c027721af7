package org.waymark.ras.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.KeyStages;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasOutcomeReview;
import org.waymark.ras.domain.RasProvision;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.domain.RasRoute;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.domain.RasSettings;
import org.waymark.ras.domain.RasSettingsRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * RAS cases as the authority's officers read them, and the case co-ordinator's steps: opening a
 * case for a pupil (after the decision to assess, or before an annual review at a key-stage
 * transition), scoring each outcome with its evidence, submitting for verification, costing the
 * TAC meeting's provision from the configured rates, and routing it. The lead's and the
 * personalisation officer's steps are in {@link RasReviewService}.
 */
@Service
public class RasCaseService {

    private final RasCaseRepository cases;
    private final RasSettingsRepository settings;
    private final RasFrameworks frameworks;
    private final ConverterService converter;
    private final RasAccess access;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final RasOpening opening;
    private final RasEvidenceService evidence;

    @SuppressWarnings("java:S107")
    RasCaseService(RasCaseRepository cases, RasSettingsRepository settings, RasFrameworks frameworks,
                   ConverterService converter, RasAccess access, PupilService pupils, OrganisationService organisation,
                   AccountService accounts, AuditLog auditLog, MessageSource messages, RasOpening opening,
                   RasEvidenceService evidence) {
        this.opening = opening;
        this.evidence = evidence;
        this.cases = cases;
        this.settings = settings;
        this.frameworks = frameworks;
        this.converter = converter;
        this.access = access;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** A case as the list shows it. */
    public record CaseRow(long caseId, long pupilId, String pupilName, String schoolName, RasCaseKind kind,
                          org.waymark.ras.domain.RasCaseStatus status, String keyStage, @Nullable Integer points,
                          @Nullable BigDecimal indicative, @Nullable BigDecimal totalCost) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public List<CaseRow> cases() {
        UserScope user = access.officer("LIST_RAS_CASES", RasAccess.READERS.toArray(Role[]::new));
        List<RasCase> all = cases.findByLocalAuthorityIdOrderByOpenedAtDesc(access.authorityOf(user));
        Map<Long, String> names = pupils.namesOf(all.stream().map(RasCase::getPupilId).distinct().toList());
        Map<Long, String> schools = organisation.schoolNames(all.stream().map(RasCase::getSchoolId).distinct()
                .toList());
        return all.stream().map(c -> new CaseRow(Objects.requireNonNull(c.getId()), c.getPupilId(),
                names.getOrDefault(c.getPupilId(), ""), schools.getOrDefault(c.getSchoolId(), ""), c.getKind(),
                c.getStatus(), c.getKeyStage(), c.getPoints(), c.getIndicative(), c.getTotalCost())).toList();
    }

    /** A pupil a case may be opened for: name, school, year group. */
    public record PupilChoice(long pupilId, String name, String schoolName, String yearGroup) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<PupilChoice> pupilsToOpen(String text) {
        access.officer("OPEN_RAS_CASE", Role.CASEWORKER);
        return pupils.searchCurrent(new org.waymark.pupils.domain.PupilFilter(text.isBlank() ? null : text, null, null, null),
                        org.waymark.pupils.domain.PupilSort.NAME, 0, 50).stream()
                .map(p -> new PupilChoice(p.id(), p.displayName(), p.schoolName(), p.yearGroup().name())).toList();
    }

    /** Opens a case for a pupil of the caller's authority against the published outcome framework. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long open(long pupilId, RasCaseKind kind, @Nullable LocalDate reviewOn) {
        UserScope user = access.officerFor(pupilId, "OPEN_RAS_CASE", Role.CASEWORKER);
        long laId = access.authorityOf(user);
        PupilService.PupilFacts pupil = pupils.facts(pupilId);
        if (pupil.localAuthorityId() != laId) {
            auditLog.recordDenied("OPEN_RAS_CASE", "PUPIL", pupilId, "another authority's pupil");
            throw new AccessDeniedException("pupil " + pupilId);
        }
        List<Violation> problems = new ArrayList<>();
        if (kind == RasCaseKind.ANNUAL_REVIEW && reviewOn == null) {
            problems.add(Violation.of("reviewOn", "ras.open.reviewDate"));
        }
        if (kind == RasCaseKind.ANNUAL_REVIEW && !KeyStages.beforeTransition(pupil.yearGroup())) {
            problems.add(Violation.of("kind", "ras.open.notBeforeTransition"));
        }
        if (cases.findByPupilIdOrderByOpenedAtDesc(pupilId).stream().anyMatch(c -> c.getStatus().open())) {
            problems.add(Violation.of("pupil", "ras.open.alreadyOpen", pupil.displayName()));
        }
        Optional<RasFramework> framework = frameworks.published(laId);
        if (framework.isEmpty()) {
            problems.add(Violation.of("framework", "ras.framework.nonePublished"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return opening.open(laId, pupilId, kind, reviewOn, List.of(), "opened by the case co-ordinator")
                .orElseThrow();
    }

    /** What the caller may do on the case now. */
    public record Actions(boolean score, boolean verify, boolean moderate, boolean cost, boolean signOff,
                          boolean reviewOutcomes, boolean attach) {
    }

    /** A case with its framework, converter figure, rates, people and the steps open to the caller. */
    public record CaseDetails(RasCase rasCase, String pupilName, String schoolName, RasFramework framework,
                              Optional<ConverterService.Indication> indication, RasSettings settings, People people,
                              Actions actions, RasEvidenceService.Evidence evidence, long maxBytes) {
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public CaseDetails details(long caseId) {
        RasCase c = access.readable(caseId);
        auditLog.recordFor(c.getPupilId(), "READ_RAS_CASE", RasAccess.SUBJECT, caseId, null);
        return details(c);
    }

    CaseDetails details(RasCase c) {
        UserScope user = access.user();
        long laId = c.getLocalAuthorityId();
        Integer points = c.getPoints();
        Optional<ConverterService.Indication> indication = points == null ? Optional.empty()
                : converter.indicate(laId, points);
        List<String> actors = new ArrayList<>(c.getSteps().stream().map(s -> s.actor()).distinct().toList());
        var status = c.getStatus();
        Actions actions = new Actions(
                user.has(Role.CASEWORKER) && status == org.waymark.ras.domain.RasCaseStatus.SCORING,
                user.has(Role.LEAD_SEND_COORDINATOR) && status == org.waymark.ras.domain.RasCaseStatus.TO_VERIFY,
                user.has(Role.PERSONALISATION_OFFICER) && status == org.waymark.ras.domain.RasCaseStatus.VERIFIED,
                user.has(Role.CASEWORKER) && status == org.waymark.ras.domain.RasCaseStatus.MODERATED,
                user.has(Role.LEAD_SEND_COORDINATOR) && status == org.waymark.ras.domain.RasCaseStatus.TO_SIGN_OFF,
                user.has(Role.CASEWORKER) && status == org.waymark.ras.domain.RasCaseStatus.REPORTS_AWAITED,
                user.has(Role.CASEWORKER) && status.takesEvidence());
        RasEvidenceService.Evidence files = evidence.of(c);
        List<String> named = new ArrayList<>(actors);
        files.files().attachments().forEach(a -> named.add(a.getUploadedBy()));
        return new CaseDetails(c, pupils.nameOf(c.getPupilId()),
                organisation.schoolNames(List.of(c.getSchoolId())).getOrDefault(c.getSchoolId(), ""),
                frameworks.byId(c.getFrameworkId()), indication, settingsOf(laId), accounts.people(named), actions,
                files, evidence.maxBytes());
    }

    RasSettings settingsOf(long laId) {
        return settings.findByLocalAuthorityId(laId)
                .orElseGet(() -> RasSettings.of(laId, RasSettings.SEED_SIGN_OFF_LIMIT, 39, List.of()));
    }

    /** The case co-ordinator's scores with their evidence. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void score(long caseId, int expectedVersion, List<RasScore> scores) {
        RasCase c = access.reach(caseId, "SCORE_RAS_CASE", Role.CASEWORKER);
        access.expect(c, expectedVersion);
        c.score(scores, frameworks.byId(c.getFrameworkId()).outcomes(), access.user().username(), access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "SCORE_RAS_CASE", RasAccess.SUBJECT, caseId, c.getPoints() + " points");
    }

    /** Saves the scores and sends them for verification (every outcome scored, evidence for any difficulty). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void submit(long caseId, int expectedVersion, List<RasScore> scores) {
        RasCase c = access.reach(caseId, "SUBMIT_RAS_CASE", Role.CASEWORKER);
        access.expect(c, expectedVersion);
        var outcomes = frameworks.byId(c.getFrameworkId()).outcomes();
        String actor = access.user().username();
        c.score(scores, outcomes, actor, access.now());
        c.submit(outcomes, evidence.of(c).documented(), actor, access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "SUBMIT_RAS_CASE", RasAccess.SUBJECT, caseId, c.getPoints() + " points");
    }

    /**
     * An annual review's look back before re-scoring: each outcome of the plan in force achieved,
     * partly or not yet, with a note (in the case's order); scoring for the next key stage opens.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void reviewOutcomes(long caseId, int expectedVersion, List<RasOutcomeReview> reviewed) {
        RasCase c = access.reach(caseId, "REVIEW_RAS_OUTCOMES", Role.CASEWORKER);
        access.expect(c, expectedVersion);
        c.reviewOutcomes(reviewed, access.user().username(), access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "REVIEW_RAS_OUTCOMES", RasAccess.SUBJECT, caseId, reviewed.size() + " outcomes");
    }

    /** A line of provision as the TAC agreed it: a configured rate, hours a week, weeks. */
    public record ProvisionInput(String rateCode, BigDecimal hoursAWeek, int weeks) {
    }

    /** The TAC meeting: outcomes to the end of the key stage, provision costed at the configured rates. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public BigDecimal cost(long caseId, int expectedVersion, String outcomes, List<ProvisionInput> lines,
                           String reconsidered) {
        RasCase c = access.reach(caseId, "COST_RAS_CASE", Role.CASEWORKER);
        access.expect(c, expectedVersion);
        RasSettings s = settingsOf(c.getLocalAuthorityId());
        List<RasProvision> costed = new ArrayList<>();
        for (ProvisionInput in : lines) {
            RasRate rate = s.rate(in.rateCode()).orElseThrow(() -> new ValidationException(List.of(
                    Violation.of("provision", "ras.tac.unknownRate", in.rateCode()))));
            costed.add(new RasProvision(rate.code(), rate.name(), rate.hourlyRate(), in.hoursAWeek(), in.weeks()));
        }
        c.cost(outcomes, costed, reconsidered, access.user().username(), access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "COST_RAS_CASE", RasAccess.SUBJECT, caseId, Objects.requireNonNull(c.getTotalCost())
                .toPlainString());
        return Objects.requireNonNull(c.getTotalCost());
    }

    /** Routes the costed plan: the lead's sign-off, or the SEND resource panel's case list. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public RasRoute route(long caseId, int expectedVersion, boolean moreAgreed) {
        RasCase c = access.reach(caseId, "ROUTE_RAS_CASE", Role.CASEWORKER);
        access.expect(c, expectedVersion);
        RasRoute route = c.route(settingsOf(c.getLocalAuthorityId()).getSignOffLimit(), moreAgreed,
                access.user().username(), access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "ROUTE_RAS_CASE", RasAccess.SUBJECT, caseId, route.name());
        return route;
    }

    /** The RAS summary (scores, evidence, indicative resource, costed provision, routing) as a PDF. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public byte[] summaryPdf(long caseId, Locale locale) {
        RasCase c = access.readable(caseId);
        auditLog.recordFor(c.getPupilId(), "PRINT_RAS_SUMMARY", RasAccess.SUBJECT, caseId, null);
        return RasSummaryPdf.write(details(c), (key, args) -> messages.getMessage(key, args, key, locale),
                access.today());
    }
}
