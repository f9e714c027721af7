package org.waymark.demo.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasOutcomeReview;
import org.waymark.ras.service.RasEvidenceService;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.PanelService;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.KeyStages;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasPastCase;
import org.waymark.ras.domain.RasPastCaseRepository;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.service.ConverterService;
import org.waymark.ras.service.RasCaseService;
import org.waymark.ras.service.RasFrameworkService;
import org.waymark.ras.service.RasReviewService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The RAS authority's set-up and its cases in flight (issue 18), made through the RAS services
 * signed in as its demo users: the administrator sets the rates and the seed's sign-off limit and
 * publishes the bundled outcome framework (our own words); past allocated cases (invented,
 * deterministic) let the personalisation officer adopt a converter fit; then cases at every step —
 * being scored, returned, waiting for verification, for moderation, for the TAC, for sign-off,
 * signed off into the ledger, at this week's SEND resource panel, decided at last week's — and an
 * annual review before a key-stage transition whose setting has been told its indicative resource.
 */
@Component
class DemoRasWork {

    static final String[] EVIDENCE = {
            "Educational psychologist's report; My Assessment", "Speech and language therapy report",
            "Family contribution form; class teacher's observations", "Advisory teacher's report",
            "Paediatrician's letter; care plan", "My Plan+ review notes"};

    private final AccountService accounts;
    private final SystemUser systemUser;
    private final RasFrameworkService frameworks;
    private final ConverterService converter;
    private final RasCaseService cases;
    private final RasReviewService review;
    private final RasPastCaseRepository past;
    private final PanelService panels;
    private final PupilService pupils;
    private final Clock clock;
    private final RasEvidenceService evidence;
    private final EhcRequestService requests;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final EhcReviewService ehcReviews;
    private final MessageSource messages;

    @SuppressWarnings("java:S107")
    DemoRasWork(AccountService accounts, SystemUser systemUser, RasFrameworkService frameworks,
                ConverterService converter, RasCaseService cases, RasReviewService review, RasPastCaseRepository past,
                PanelService panels, PupilService pupils, Clock clock, RasEvidenceService evidence,
                EhcRequestService requests, AssessmentService assessments, PlanService plans,
                EhcReviewService ehcReviews, MessageSource messages) {
        this.evidence = evidence;
        this.requests = requests;
        this.assessments = assessments;
        this.plans = plans;
        this.ehcReviews = ehcReviews;
        this.messages = messages;
        this.accounts = accounts;
        this.systemUser = systemUser;
        this.frameworks = frameworks;
        this.converter = converter;
        this.cases = cases;
        this.review = review;
        this.past = past;
        this.panels = panels;
        this.pupils = pupils;
        this.clock = clock;
    }

    /** Rates, limit, the published outcome framework, past cases and an adopted converter fit. */
    void configure(long laId, String suffix) {
        as("admin" + suffix, () -> {
            frameworks.changeSettings(new BigDecimal("10363.00"), 39, List.of(
                    new RasRate("TA", "Teaching assistant", new BigDecimal("15.71")),
                    new RasRate("MDS", "Midday supervisor", new BigDecimal("12.00")),
                    new RasRate("SPEC", "Specialist teaching", new BigDecimal("38.50")),
                    new RasRate("SALT", "Speech and language therapy", new BigDecimal("52.00"))));
            byte[] csv;
            try (var in = getClass().getResourceAsStream("/demo/ras-outcomes.csv")) {
                csv = Objects.requireNonNull(in, "demo RAS outcomes missing").readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            var imported = frameworks.importDraft(csv);
            if (!imported.valid()) {
                throw new IllegalStateException("The bundled RAS outcomes do not import: " + imported.problems());
            }
            frameworks.publish(imported.frameworkId());
            return null;
        });
        past.saveAll(pastCases(laId, LocalDate.now(clock), 240, new Random(917)));
        as("personalisation" + suffix, () -> converter.adopt(ConverterService.DEFAULT_BAND));
    }

    /** Invented past allocations: points over the scale, resource rising with points, with a spread. */
    static List<RasPastCase> pastCases(long laId, LocalDate today, int count, Random random) {
        List<RasPastCase> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int points = Math.min(80, (int) Math.round(Math.abs(random.nextGaussian()) * 22 + random.nextInt(10)));
            double amount = 600 + points * 165 + random.nextGaussian() * 900;
            BigDecimal pounds = BigDecimal.valueOf(Math.max(250, amount)).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.TEN).setScale(2);
            list.add(new RasPastCase(null, laId, "P-%04d".formatted(i + 1), points, pounds,
                    today.minusDays(30L + random.nextInt(3 * 365))));
        }
        return list;
    }

    /** Scores for the ten demo outcomes at the given levels, each difficulty with its evidence. */
    static List<RasScore> scores(int... levels) {
        String[] codes = {"COMMUNICATION", "LEARNING", "RELATIONSHIPS", "WELLBEING", "SAFETY", "ACCESS", "SELF_CARE",
                "HEALTH", "COMMUNITY", "NEXT_STEPS"};
        List<RasScore> list = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            int level = i < levels.length ? levels[i] : 0;
            list.add(new RasScore(codes[i], level, level == 0 ? "" : EVIDENCE[i % EVIDENCE.length]));
        }
        return list;
    }

    void showWorkInFlight(String suffix, List<Long> homePupils) {
        String co = "caseworker" + suffix;
        String lead = "lead.send" + suffix;
        String officer = "personalisation" + suffix;
        String senco = "senco" + suffix;
        LocalDate today = LocalDate.now(clock);
        List<Long> free = new ArrayList<>(homePupils.subList(2, homePupils.size()));
        // annual reviews before a key-stage transition: the first two pupils in a transition year
        List<Long> reviewPupils = as(co, () -> free.stream()
                .filter(p -> KeyStages.beforeTransition(pupils.facts(p).yearGroup())).limit(2).toList());
        free.removeAll(reviewPupils);
        int next = 0;
        // being scored: opened by itself when the EHC needs assessment's last advice came in, with a
        // therapist's report attached as the evidence for communication
        long scoring = openedFromAdvice(co, free.get(next++));
        as(co, () -> {
            evidence.attach(scoring, "COMMUNICATION", AttachmentKind.PROFESSIONAL_REPORT,
                    "speech-and-language-therapy-report.pdf", report("Speech and language therapy report",
                            "Speech is understood by familiar adults about half of the time. Needs an adult to model "
                                    + "language through the day; a symbol timetable helps."));
            evidence.attach(scoring, "WELLBEING", AttachmentKind.CHILD_CONTRIBUTION, "my-views.pdf",
                    report("What I want you to know", "I like drawing animals. I get cross when it is noisy."));
            evidence.attach(scoring, "WELLBEING", AttachmentKind.FAMILY_CONTRIBUTION, "family-contribution.pdf",
                    report("Family contribution", "Mornings are hard; calmer after a quiet start in class."));
            cases.score(scoring, version(co, scoring), scores(2, 1, 1));
            return null;
        });
        // returned by the lead with reasons
        long returned = scoredAndSubmitted(co, free.get(next++), 3, 3, 2, 2, 1, 0, 1, 0, 1, 2);
        as(lead, () -> { review.returnForScoring(returned, version(lead, returned),
                "The speech and language report gives communication a higher level than scored; please look again.");
                return null; });
        // waiting for verification
        scoredAndSubmitted(co, free.get(next++), 2, 2, 1, 1, 1, 0, 0, 0, 1, 1);
        // verified, waiting for moderation
        long verified = scoredAndSubmitted(co, free.get(next++), 3, 2, 2, 2, 2, 1, 1, 0, 1, 2);
        verify(lead, verified);
        // moderated: the TAC meeting is next
        long moderated = scoredAndSubmitted(co, free.get(next++), 2, 3, 2, 1, 1, 1, 1, 1, 1, 1);
        verify(lead, moderated);
        moderate(officer, moderated);
        // costed within the indicative resource and under the limit: the lead signs off
        long toSignOff = scoredAndSubmitted(co, free.get(next++), 2, 2, 2, 2, 1, 1, 1, 0, 1, 1);
        verify(lead, toSignOff);
        BigDecimal within = moderate(officer, toSignOff);
        cost(co, toSignOff, within, new BigDecimal("0.9"), "");
        route(co, toSignOff);
        // signed off: the ledger holds its RAS line
        long signedOff = scoredAndSubmitted(co, free.get(next++), 2, 2, 1, 2, 1, 1, 1, 1, 0, 1);
        verify(lead, signedOff);
        BigDecimal small = moderate(officer, signedOff);
        cost(co, signedOff, small, new BigDecimal("0.85"), "");
        route(co, signedOff);
        as(lead, () -> { review.signOff(signedOff, version(lead, signedOff), "Within the indicative resource.");
                return null; });
        // decided at last week's SEND resource panel
        long decided = scoredAndSubmitted(co, free.get(next++), 4, 4, 3, 3, 3, 2, 3, 2, 2, 3);
        verify(lead, decided);
        BigDecimal big = moderate(officer, decided);
        cost(co, decided, big, new BigDecimal("1.2"), "The TAC looked again at shared support at lunchtime; "
                + "one-to-one support is needed throughout the day for safety.");
        route(co, decided);
        long lastWeek = as(co, () -> panels.open(PanelKind.SEND_RESOURCE, today.minusWeeks(1)).meetingId());
        as(lead, () -> panels.decide(lastWeek, 0, new PanelCase.Decision(PanelOutcome.AWARDED, null,
                big.multiply(new BigDecimal("1.1")).setScale(0, RoundingMode.HALF_UP).setScale(2),
                AllocationPeriod.KEY_STAGE, null,
                "The evidence supports individual support through the day; agreed above the indicative resource.")));
        // at this week's panel: over the indicative resource, with what the TAC reconsidered
        long atPanel = scoredAndSubmitted(co, free.get(next++), 3, 4, 3, 3, 2, 2, 2, 1, 1, 2);
        verify(lead, atPanel);
        BigDecimal asked = moderate(officer, atPanel);
        cost(co, atPanel, asked, new BigDecimal("1.25"), "Group work for literacy was tried for a term; "
                + "the TAC agreed more specialist teaching is needed.");
        route(co, atPanel);
        as(co, () -> panels.open(PanelKind.SEND_RESOURCE, today.plusDays(3)));
        // annual reviews: scheduling the EHC plan's review opens the RAS case, and the setting is asked for reports
        if (!reviewPupils.isEmpty()) {
            // the setting's reports are awaited: one is in already
            long awaited = reviewOpened(co, reviewPupils.get(0), today.plusWeeks(5));
            as(senco, () -> evidence.attach(awaited, null, AttachmentKind.PROFESSIONAL_REPORT,
                    "class-teacher-report.pdf", report("Class teacher's report for the annual review",
                            "Reads simple sentences with a word bank; joins group work with an adult nearby.")));
        }
        if (reviewPupils.size() > 1) {
            // the outcomes looked back on, re-scored for the next key stage, and the setting told its figure
            long annual = reviewOpened(co, reviewPupils.get(1), today.plusWeeks(3));
            as(senco, () -> evidence.attach(annual, null, AttachmentKind.PROFESSIONAL_REPORT,
                    "senco-update.pdf", report("SENCO's update before the annual review",
                            "Tells adults what they need with words most of the day; moving around school safely.")));
            as(co, () -> {
                RasCase c = cases.details(annual).rasCase();
                List<RasOutcomeReview> marked = new ArrayList<>();
                for (int i = 0; i < c.getOutcomeReviews().size(); i++) {
                    marked.add(c.getOutcomeReviews().get(i).reviewed(i == 0 ? OutcomeProgress.ACHIEVED
                            : OutcomeProgress.PARTLY, i == 0 ? "The SENCO's update: met in the spring term."
                            : "The class teacher's report: nearly there with an adult nearby."));
                }
                cases.reviewOutcomes(annual, version(co, annual), marked);
                cases.submit(annual, version(co, annual), scores(2, 2, 1, 2, 1, 1, 1, 0, 1, 2));
                return null;
            });
            verify(lead, annual);
            moderate(officer, annual);
        }
    }

    /**
     * An EHC needs assessment for the pupil, received ten weeks ago and decided a week later; each
     * advice attached and returned this week — the last one in opens the RAS case (answered).
     */
    private long openedFromAdvice(String co, long pupilId) {
        LocalDate today = LocalDate.now(clock);
        return as(co, () -> {
            long id = requests.record(new EhcRequestService.RequestInput(pupilId, RequestSource.SCHOOL,
                    "Sam Whitfield", "SENCO", "Speech is hard to understand and reading is well behind the class.",
                    java.util.Set.of(AreaOfNeed.COMMUNICATION_INTERACTION), today.minusWeeks(10)));
            assessments.decide(id, assessmentPage(id).assessment().getVersion() == null ? 0
                    : assessmentPage(id).assessment().getVersion(), true, "", today.minusWeeks(9));
            for (AssessmentService.AdviceLine line : assessmentPage(id).advice()) {
                long adviceId = Objects.requireNonNull(line.advice().getId());
                assessments.attachAdvice(adviceId, AttachmentKind.PROFESSIONAL_REPORT, "advice.pdf",
                        report("Advice for the EHC needs assessment", "The adviser's advice, in our own words."));
                Integer v = assessmentPage(id).advice().stream().filter(a -> a.advice().getId() == adviceId)
                        .findFirst().orElseThrow().advice().getVersion();
                assessments.returnAdvice(adviceId, v == null ? 0 : v, today.minusDays(2));
            }
            return rasCaseOf(pupilId);
        });
    }

    private AssessmentService.AssessmentPage assessmentPage(long id) {
        return assessments.page(id);
    }

    /** The pupil's EHC plan issued and its annual review set for {@code meetingOn}: the RAS case it opened. */
    private long reviewOpened(String co, long pupilId, LocalDate meetingOn) {
        LocalDate today = LocalDate.now(clock);
        return as(co, () -> {
            long planId = plans.startPlan(pupilId, PlanType.EHCP);
            plans.saveDraft(planId, plans.open(planId).shownVersionLock(), DemoEhcReviews.sections(today));
            plans.agree(planId);
            ehcReviews.schedule(planId, meetingOn);
            return rasCaseOf(pupilId);
        });
    }

    private long rasCaseOf(long pupilId) {
        return cases.cases().stream().filter(r -> r.pupilId() == pupilId).findFirst()
                .map(RasCaseService.CaseRow::caseId)
                .orElseThrow(() -> new IllegalStateException("no RAS case opened for pupil " + pupilId));
    }

    /** A one-page report (invented, our own words) as a PDF, for the demo's attached evidence. */
    private byte[] report(String title, String text) {
        org.waymark.documents.domain.Labels labels = (key, args) -> messages.getMessage(key, args, key,
                java.util.Locale.ENGLISH);
        org.waymark.documents.domain.PdfPages pages = new org.waymark.documents.domain.PdfPages(labels, title, title);
        pages.title(title);
        pages.paragraph(text);
        return pages.finish();
    }

    private long open(String co, long pupilId, RasCaseKind kind, @org.jspecify.annotations.Nullable LocalDate reviewOn) {
        return as(co, () -> cases.open(pupilId, kind, reviewOn));
    }

    private long scoredAndSubmitted(String co, long pupilId, int... levels) {
        long id = open(co, pupilId, RasCaseKind.ASSESSMENT, null);
        as(co, () -> {
            cases.submit(id, version(co, id), scores(levels));
            return null;
        });
        return id;
    }

    private void verify(String lead, long id) {
        as(lead, () -> { review.verify(id, version(lead, id), "Scores match the reports."); return null; });
    }

    private BigDecimal moderate(String officer, long id) {
        return as(officer, () -> review.moderate(id, version(officer, id), null, ""));
    }

    /** Teaching assistant hours (whole half hours) and 2.5 h midday supervision costing about {@code share} of the figure. */
    private void cost(String co, long id, BigDecimal indicative, BigDecimal share, String reconsidered) {
        BigDecimal mds = new BigDecimal("12.00").multiply(new BigDecimal("2.5")).multiply(BigDecimal.valueOf(39));
        BigDecimal left = indicative.multiply(share).subtract(mds).max(new BigDecimal("600"));
        BigDecimal taHours = left.divide(new BigDecimal("15.71").multiply(BigDecimal.valueOf(39)), 1, RoundingMode.DOWN)
                .multiply(BigDecimal.TWO).setScale(0, RoundingMode.DOWN).divide(BigDecimal.TWO, 1, RoundingMode.DOWN);
        as(co, () -> cases.cost(id, version(co, id), "By the end of the key stage: to join in class discussion "
                        + "with a familiar adult nearby; to read and write simple sentences independently.",
                List.of(new RasCaseService.ProvisionInput("TA", taHours, 39),
                        new RasCaseService.ProvisionInput("MDS", new BigDecimal("2.5"), 39)), reconsidered));
    }

    private void route(String co, long id) {
        as(co, () -> cases.route(id, version(co, id), false));
    }

    private int version(String user, long id) {
        return Objects.requireNonNull(as(user, () -> cases.details(id)).rasCase().getVersion());
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
