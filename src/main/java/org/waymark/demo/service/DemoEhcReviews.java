package org.waymark.demo.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlacementType;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContent.Outcome;
import org.waymark.plans.domain.PlanContent.Provision;
import org.waymark.plans.domain.PlanContent.Statement;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The English county's EHC plans in their statutory sections and their annual reviews at each
 * step, made through the plan and review services as the authority's caseworker (issue 17,
 * points 4 and 5). A new EHC plan written in sections A–K and issued today; another in draft.
 * Of the county's EHC plans issued 13 months ago: one whose review meeting is overdue (not yet
 * set), one with its meeting set for ten days' time (past its 12 months) and the papers four days
 * overdue, one met 20 days ago waiting
 * for the decision (due in 8 days), one met 35 days ago with the report and decision overdue,
 * and one decided to amend 20 days ago with the amended plan due and the letter to the parents.
 * Dates count back from today.
 */
@Component
class DemoEhcReviews {

    private final AccountService accounts;
    private final PlanService plans;
    private final EhcReviewService reviews;
    private final SystemUser systemUser;
    private final Clock clock;

    DemoEhcReviews(AccountService accounts, PlanService plans, EhcReviewService reviews, SystemUser systemUser,
                   Clock clock) {
        this.accounts = accounts;
        this.plans = plans;
        this.reviews = reviews;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /** @param pupils pupils of the county, in the order they were enrolled */
    void showWorkInFlight(String suffix, List<Long> pupils) {
        String caseworker = "caseworker" + suffix;
        LocalDate today = LocalDate.now(clock);
        as(caseworker, () -> {
            List<Long> issued = plans.reviews(false, 0, 500).stream()
                    .filter(r -> r.type() == PlanType.EHCP && r.status() == PlanStatus.AGREED)
                    .map(PlanDirectory.ReviewRow::planId).toList();
            // two pupils without plans, from the end of the list (the other demos take theirs from the front)
            List<Long> free = pupils.reversed().stream().filter(p -> plans.plansOf(p).isEmpty()).limit(2).toList();
            if (free.size() == 2) {
                long first = plans.startPlan(free.get(0), PlanType.EHCP);
                plans.saveDraft(first, plans.open(first).shownVersionLock(), sections(today));
                plans.agree(first);
                long draft = plans.startPlan(free.get(1), PlanType.EHCP);
                plans.saveDraft(draft, plans.open(draft).shownVersionLock(), sections(today)
                        .withEhc(sections(today).ehc().withPlacement(null, null)));
            }
            // issued[0]: its review meeting is overdue and not yet set
            if (issued.size() > 1) {
                // the meeting is in ten days: the papers should have gone four days ago
                reviews.schedule(issued.get(1), today.plusDays(10));
            }
            if (issued.size() > 2) {
                long plan = issued.get(2);
                reviews.schedule(plan, today.minusDays(20));
                reviews.paperworkSent(plan, lock(plan), today.minusDays(35));
                held(plan, today.minusDays(20));
                reviews.reportSent(plan, lock(plan), today.minusDays(10));
            }
            if (issued.size() > 3) {
                long plan = issued.get(3);
                reviews.schedule(plan, today.minusDays(35));
                reviews.paperworkSent(plan, lock(plan), today.minusDays(45));
                held(plan, today.minusDays(35));
            }
            if (issued.size() > 4) {
                long plan = issued.get(4);
                reviews.schedule(plan, today.minusDays(40));
                reviews.paperworkSent(plan, lock(plan), today.minusDays(56));
                held(plan, today.minusDays(40));
                reviews.reportSent(plan, lock(plan), today.minusDays(30));
                reviews.decide(plan, lock(plan), new EhcReviewService.Decision(ReviewDecision.AMEND,
                        today.minusDays(20), "Speech and language therapy is to move from the clinic into class, "
                        + "and section I names the resourced provision the family asked for."));
            }
            return null;
        });
    }

    /** The review meeting recorded: each outcome of the plan in force marked, one new outcome. */
    private void held(long planId, LocalDate on) {
        List<PlanContent.Outcome> outcomes = plans.outcomesAwaitingReview(planId);
        List<PlanReview.ReviewedOutcome> marked = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            PlanContent.Outcome o = outcomes.get(i);
            marked.add(new PlanReview.ReviewedOutcome(o.key(), o.text(),
                    i == 0 ? OutcomeProgress.ACHIEVED : OutcomeProgress.PARTLY,
                    i == 0 ? "Met in the spring term." : "Nearly there with an adult nearby."));
        }
        plans.recordReview(planId, new PlanReview.ReviewRecord(on,
                "The family, the class teacher, the SENCO and the speech and language therapist met.", marked,
                List.of(new PlanReview.NewOutcome("Joins a small-group activity at lunchtime twice a week",
                        on.plusYears(1)))));
    }

    private int lock(long planId) {
        Integer version = reviews.annualReview(planId).current().getVersion();
        return version == null ? 0 : version;
    }

    /** An EHC plan written in sections A–K, in the project's own words. */
    static PlanContent sections(LocalDate today) {
        LocalDate target = LocalDate.of(today.getMonthValue() > 7 ? today.getYear() + 2 : today.getYear() + 1, 7, 20);
        List<Outcome> outcomes = List.of(
                new Outcome("O1", "Tells an adult what they need using words or signs, most times of the day", target),
                new Outcome("O2", "Reads and writes simple sentences independently", target),
                new Outcome("O3", "Moves around school safely and joins in PE with the class", target));
        Provision slt = new Provision("O1", "Speech and language therapy programme, delivered in class",
                "Speech and language therapist with a trained teaching assistant", "Weekly, 45 minutes",
                new BigDecimal("0.75"), new BigDecimal("2200"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
        Provision literacy = new Provision("O2", "Structured phonics and writing frames",
                "Teaching assistant trained in the programme", "Daily, 30 minutes", new BigDecimal("2.5"),
                new BigDecimal("3100"), DeliveryLanguage.ENGLISH, GroupSize.PAIRED);
        Provision physio = new Provision("O3", "Physiotherapy exercise programme", "NHS paediatric physiotherapist",
                "Every half term, 1 hour; daily 10-minute exercises by staff", new BigDecimal("1"),
                new BigDecimal("0"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
        Provision shortBreaks = new Provision("O1", "Short breaks at a local youth club with a support worker",
                "Children’s social care (disabled children’s team)", "Saturday mornings in term, 3 hours",
                new BigDecimal("3"), new BigDecimal("2400"), DeliveryLanguage.ENGLISH, GroupSize.SHARED);
        Provision family = new Provision("O3", "Family support worker visits on getting ready for school",
                "Early help family support worker", "Fortnightly, 1 hour", new BigDecimal("0.5"),
                new BigDecimal("650"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
        EhcSections ehc = EhcSections.empty()
                .withViews(List.of(new Statement(Voice.CHILD, "I want to be a vet and look after animals."),
                        new Statement(Voice.PARENT, "We hope they go to secondary school with their friends.")))
                .withNeeds(List.of("Hypermobility: tires quickly and has pain in the knees after walking"),
                        List.of("Needs a familiar adult for activities outside school; short breaks support the family"))
                .withCareProvision(List.of(physio), List.of(shortBreaks), List.of(family))
                .withPlacement(new EhcSections.Placement("Larkfield Primary School", PlacementType.MAINSTREAM),
                        new EhcSections.PersonalBudget("Short breaks arranged by the family as direct payments",
                                new BigDecimal("2400"), new BigDecimal("2400")))
                .withAdvice(List.of(new EhcSections.Advice("Educational psychologist", today.minusWeeks(14)),
                        new EhcSections.Advice("Speech and language therapist (NHS)", today.minusWeeks(13)),
                        new EhcSections.Advice("Paediatrician, community child health", today.minusWeeks(12)),
                        new EhcSections.Advice("Disabled children’s team, social care", today.minusWeeks(12))));
        return PlanContent.empty()
                .withProfile(List.of(new Statement(Voice.CHILD, "My dog Biscuit and drawing animals.")),
                        List.of(new Statement(Voice.STAFF, "Kind to younger children and always tries again.")),
                        List.of(new Statement(Voice.PARENT, "Give time to answer and show pictures of what comes next.")))
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.COMMUNICATION_INTERACTION,
                                "Speech is hard to understand for new people; understands more than they can say."),
                        new PlanContent.Need(AreaOfNeed.COGNITION_LEARNING,
                                "Reading and spelling about two years behind the class.")))
                .withOutcomes(outcomes)
                .withProvisions(List.of(slt, literacy))
                .withSupportAround(new PlanContent.AssistantRole(
                                "Runs the daily phonics sessions and carries over the therapy targets in class",
                                List.of("O1", "O2")), List.of("Communication book with symbols", "Writing slope"),
                        List.of("Speech and language therapy service (NHS)", "Educational psychology service"))
                .withEhc(ehc);
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
