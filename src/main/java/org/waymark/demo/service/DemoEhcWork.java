package org.waymark.demo.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.ClockException;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanDetails;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The English county's EHC needs assessments in flight (issue 17), made through the same services
 * as real use, signed in as each demo user in turn, dates counted back from today: requests waiting
 * for the decision (one overdue, one due this week, a school's and a parent's of today); cases
 * being assessed with advice returned, due and overdue; one paused while the family is away from
 * the area, one with an institution's closure behind it; a draft being written, one with the parents,
 * one with the named school (overdue), one past its 20 weeks; a plan issued; a decision not to assess
 * and one not to issue a plan, with their letters. The team leader (`teamlead`) hands one case to
 * the second caseworker.
 */
@Component
class DemoEhcWork {

    private static final byte[] ADVICE_PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final AccountService accounts;
    private final EhcRequestService requests;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final SystemUser systemUser;
    private final Clock clock;

    DemoEhcWork(AccountService accounts, EhcRequestService requests, AssessmentService assessments,
                PlanService plans, SystemUser systemUser, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.assessments = assessments;
        this.plans = plans;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /**
     * @param pupils the county's pupils, the demo SENCO's school's first (the parent's two children
     *               first of all)
     */
    void showWorkInFlight(List<Long> pupils, List<Long> homePupils) {
        String cw = "caseworker";
        LocalDate today = LocalDate.now(clock);
        // pupils with no EHC plan yet, away from the demo SENCO's school (whose pupils the other work uses)
        List<Long> free = as(cw, () -> pupils.stream().filter(p -> !homePupils.contains(p))
                .filter(p -> plans.plansOf(p).stream().noneMatch(s -> s.type() == PlanType.EHCP
                        && s.status() != PlanStatus.CEASED)).limit(16).toList());
        if (free.size() < 16) {
            throw new IllegalStateException("The EHC demo needs sixteen pupils without an EHC plan");
        }
        // waiting for the decision: overdue (a professional's), due this week (a parent's by letter)
        record(free.get(0), RequestSource.PROFESSIONAL, "Dr Priya Nair", "Community paediatrician",
                today.minusDays(45), Set.of(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
                "Cerebral palsy affecting both legs and fine motor control; needs help with personal care and "
                        + "recording; the school's own resources are stretched.");
        record(free.get(1), RequestSource.PARENT, "Mr Tom Ellery (father)", "", today.minusDays(38),
                Set.of(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.ANXIETY_RELATED),
                "Autistic; not attending school for most of this term because of anxiety.");
        // a school's request of today, with its evidence, and the parent's for their second child
        as("senco", () -> {
            long id = requests.request(new EhcRequestService.RequestInput(homePupils.get(2), null, "", "",
                    "Two years of SEN support with the speech and language therapist's programme; progress has "
                            + "stalled and the support needed is beyond the school's resources.",
                    Set.of(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING), null));
            requests.attachEvidence(id, AttachmentKind.PROFESSIONAL_REPORT, "slt-report.pdf", ADVICE_PDF);
            return id;
        });
        as("parent", () -> requests.request(new EhcRequestService.RequestInput(homePupils.get(1), null, "", "",
                "He is falling further behind every term and gets very upset before school.",
                Set.of(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL), null)));

        // assessing: advice asked for five weeks ago, two back, two due this week
        long a1 = assessing(free.get(2), today.minusDays(60), today.minusDays(36), "Dyslexia and dyscalculia");
        returnAdvice(a1, AdviceKind.EDUCATION, today.minusDays(20));
        returnAdvice(a1, AdviceKind.HEALTH, today.minusDays(10));
        // assessing: the health advice overdue, the others back (one late)
        long a2 = assessing(free.get(3), today.minusDays(95), today.minusDays(60), "Global developmental delay");
        returnAdvice(a2, AdviceKind.EDUCATION, today.minusDays(30));
        returnAdvice(a2, AdviceKind.SOCIAL_CARE, today.minusDays(20));
        returnAdvice(a2, AdviceKind.EDUCATIONAL_PSYCHOLOGY, today.minusDays(10));
        as(cw, () -> assessments.addAdvice(a2, AdviceKind.OTHER, "Sensory support service", today.minusDays(50)));
        // paused: the family away from the area since a fortnight ago (still away)
        long a3 = assessing(free.get(4), today.minusDays(70), today.minusDays(40), "Hearing impairment");
        as(cw, () -> {
            assessments.pause(a3, version(a3), new AssessmentService.PauseInput(ClockException.AWAY_FROM_AREA,
                    "The family is staying with relatives abroad while a grandparent is ill; back in the new year.",
                    today.minusDays(14), null));
            return a3;
        });
        // an institution's closure behind it: the clock pushed back by its days
        long a4 = assessing(free.get(5), today.minusDays(100), today.minusDays(65), "Social communication");
        as(cw, () -> {
            assessments.pause(a4, version(a4), new AssessmentService.PauseInput(ClockException.INSTITUTION_CLOSED,
                    "The pupil's special school closed for building work for five weeks; advice asked the week before.",
                    today.minusDays(64), today.minusDays(30)));
            return a4;
        });
        for (AdviceKind k : AdviceKind.required()) {
            returnAdvice(a4, k, today.minusDays(5));
        }

        // a draft being written (due within the week: 16 weeks)
        long d1 = drafting(free.get(6), today.minusDays(108), today.minusDays(70));
        // the draft with the parents: comments due in five days
        long d2 = drafting(free.get(7), today.minusDays(120), today.minusDays(80));
        as(cw, () -> {
            assessments.sendDraft(d2, version(d2), today.minusDays(10));
            return d2;
        });
        // the named school consulted 17 days ago and not answered (overdue); the final plan due soon
        long d3 = drafting(free.get(8), today.minusDays(133), today.minusDays(95));
        as(cw, () -> {
            assessments.sendDraft(d3, version(d3), today.minusDays(35));
            assessments.parentsReplied(d3, version(d3), today.minusDays(20), "Brookfield School");
            assessments.consult(d3, version(d3), today.minusDays(17), "Brookfield School");
            return d3;
        });
        // past its 20 weeks: the school answered, the final plan not yet issued
        long d4 = drafting(free.get(9), today.minusDays(150), today.minusDays(110));
        as(cw, () -> {
            assessments.sendDraft(d4, version(d4), today.minusDays(50));
            assessments.parentsReplied(d4, version(d4), today.minusDays(36), "");
            assessments.consult(d4, version(d4), today.minusDays(35), "Larkfield Primary School");
            assessments.schoolAnswered(d4, version(d4), today.minusDays(25));
            return d4;
        });
        // issued: the plan agreed today, within the 20 weeks
        long d5 = drafting(free.get(10), today.minusDays(130), today.minusDays(95));
        issue(cw, d5, new int[]{30, 18, 17, 6}, "Larkfield Primary School",
                new PlanContent.Outcome("O1", "Reads a short book of his own choice aloud with few errors",
                        today.plusMonths(10)),
                new PlanContent.Provision("O1", "Structured reading programme",
                        "Teaching assistant trained by the specialist teacher", "Daily, 30 minutes",
                        new BigDecimal("2.5"), new BigDecimal("3200"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE));

        // issued late: the decision took 10 weeks and the plan is issued today, 25 weeks after the request
        // (the reporting dashboard's late decision, late draft and late final plan)
        long d6 = drafting(free.get(13), today.minusDays(175), today.minusDays(105));
        issue(cw, d6, new int[]{40, 27, 26, 12}, "",
                new PlanContent.Outcome("O1", "Asks an adult for help with words when stuck, in every lesson",
                        today.plusMonths(10)),
                new PlanContent.Provision("O1", "Speech and language programme",
                        "Teaching assistant guided by the speech and language therapist", "3 times a week, 20 minutes",
                        new BigDecimal("1"), new BigDecimal("1300"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE));
        // decided not to assess two weeks ago (the family's letter), and not to issue after assessing
        long n1 = record(free.get(11), RequestSource.SCHOOL, "Hollowmere Academy", "", today.minusDays(50),
                Set.of(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL),
                "Frequent exclusions this year; the school asks for more support.");
        as(cw, () -> {
            assessments.decide(n1, version(n1), false, "The school has not yet tried the support of the "
                    + "behaviour outreach service or a graduated plan over two terms; SEN support can meet the need "
                    + "with the outreach team's programme.", today.minusDays(14));
            return n1;
        });
        long n2 = assessing(free.get(12), today.minusDays(115), today.minusDays(80), "Mild learning difficulty");
        for (AdviceKind k : AdviceKind.required()) {
            returnAdvice(n2, k, today.minusDays(40));
        }
        as(cw, () -> {
            assessments.notIssue(n2, version(n2), "The advice shows needs that the school can meet from its own "
                    + "resources with the educational psychologist's recommendations; no plan is necessary.",
                    today.minusDays(7));
            return n2;
        });
        // the team leader gives one case to the second caseworker
        as("teamlead", () -> {
            assessments.reassign(a2, version(a2), "caseworker.two");
            return a2;
        });
    }

    private long record(long pupilId, RequestSource source, String requester, String role, LocalDate on,
                        Set<AreaOfNeed> needs, String reasons) {
        return as("caseworker", () -> requests.record(new EhcRequestService.RequestInput(pupilId, source, requester,
                role, reasons, needs, on)));
    }

    /** A request received on {@code received}, decided to assess on {@code decided}. */
    private long assessing(long pupilId, LocalDate received, LocalDate decided, String what) {
        long id = record(pupilId, RequestSource.SCHOOL, "The pupil's school (SENCO)", "", received,
                Set.of(AreaOfNeed.COGNITION_LEARNING), what + ": needs beyond what the school can provide.");
        as("caseworker", () -> {
            assessments.decide(id, version(id), true, "", decided);
            return id;
        });
        return id;
    }

    /** {@link #assessing} with all advice back and the draft plan started. */
    private long drafting(long pupilId, LocalDate received, LocalDate decided) {
        long id = assessing(pupilId, received, decided, "Speech, language and literacy");
        for (AdviceKind k : AdviceKind.required()) {
            returnAdvice(id, k, decided.plusDays(35));
        }
        as("caseworker", () -> assessments.draft(id, version(id)));
        return id;
    }

    private void returnAdvice(long assessmentId, AdviceKind kind, LocalDate on) {
        as("caseworker", () -> {
            var line = assessments.page(assessmentId).advice().stream()
                    .filter(l -> l.advice().getKind() == kind && l.advice().outstanding()).findFirst().orElseThrow();
            long adviceId = java.util.Objects.requireNonNull(line.advice().getId());
            assessments.attachAdvice(adviceId, AttachmentKind.PROFESSIONAL_REPORT,
                    kind.name().toLowerCase(java.util.Locale.ROOT) + "-advice.pdf", ADVICE_PDF);
            Integer v = assessments.page(assessmentId).advice().stream()
                    .filter(l -> java.util.Objects.equals(l.advice().getId(), adviceId)).findFirst().orElseThrow()
                    .advice().getVersion();
            assessments.returnAdvice(adviceId, v == null ? 0 : v, on);
            return adviceId;
        });
    }

    private int version(long assessmentId) {
        Integer v = assessments.page(assessmentId).assessment().getVersion();
        return v == null ? 0 : v;
    }

    /**
     * Takes an assessment from its draft to the issued plan: draft sent, the parents' reply (with the
     * school they asked for, or none), the school consulted and answering, given as days before today,
     * then the plan's outcome and provision saved and the plan agreed today.
     */
    private void issue(String caseworker, long assessmentId, int[] daysAgo, String parentsSchool,
                       PlanContent.Outcome outcome, PlanContent.Provision provision) {
        LocalDate today = LocalDate.now(clock);
        as(caseworker, () -> {
            assessments.sendDraft(assessmentId, version(assessmentId), today.minusDays(daysAgo[0]));
            assessments.parentsReplied(assessmentId, version(assessmentId), today.minusDays(daysAgo[1]), parentsSchool);
            assessments.consult(assessmentId, version(assessmentId), today.minusDays(daysAgo[2]),
                    "Larkfield Primary School");
            assessments.schoolAnswered(assessmentId, version(assessmentId), today.minusDays(daysAgo[3]));
            long planId = planOf(assessmentId);
            PlanDetails plan = plans.open(planId);
            plans.saveDraft(planId, plan.shownVersionLock(), plan.shown()
                    .withOutcomes(List.of(outcome)).withProvisions(List.of(provision)));
            plans.agree(planId);
            return assessmentId;
        });
    }

    private long planOf(long assessmentId) {
        return java.util.Objects.requireNonNull(assessments.page(assessmentId).assessment().getSupportPlanId());
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
