package org.waymark.demo.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.waymark.base.domain.Nation;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContent.Need;
import org.waymark.plans.domain.PlanContent.Outcome;
import org.waymark.plans.domain.PlanContent.Provision;
import org.waymark.plans.domain.PlanContent.Statement;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanReviewRepository;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.ReviewRules;
import org.waymark.plans.domain.PlanVersion;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.plans.domain.Voice;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;

/**
 * Demo plans in the project's own words, shaped by each pupil's primary need: some agreed, some
 * with a second version after a recorded review, some drafts shared with the family.
 */
final class DemoPlans {

    /** How far a demo plan has got. */
    enum Stage { DRAFT_SHARED, AGREED, REVIEWED }

    private final SupportPlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanReviewRepository reviews;

    DemoPlans(SupportPlanRepository plans, PlanVersionRepository versions, PlanReviewRepository reviews) {
        this.plans = plans;
        this.versions = versions;
        this.reviews = reviews;
    }

    void create(Pupil pupil, Nation nation, boolean welshMedium, boolean authorityPlan, Stage stage, Instant now,
                LocalDate today) {
        PlanType type = PlanType.forNation(nation).stream().filter(t -> t.maintainedByAuthority() == authorityPlan)
                .findFirst().orElseThrow();
        String writer = authorityPlan ? "caseworker" : "senco";
        Instant started = now.minusSeconds(400L * 24 * 3600);
        SupportPlan plan = SupportPlan.start(Objects.requireNonNull(pupil.getId()), pupil.getLocalAuthorityId(), type,
                writer, started);
        // Welsh-medium schools deliver in Welsh, some of it bilingually (the ALP report counts each)
        DeliveryLanguage language = !welshMedium ? DeliveryLanguage.ENGLISH
                : Objects.requireNonNull(pupil.getId()) % 3 == 0 ? DeliveryLanguage.BILINGUAL : DeliveryLanguage.WELSH;
        PlanContent first = content(pupil, language, today.minusMonths(13));
        if (stage == Stage.DRAFT_SHARED) {
            plan.openCommentWindow(today, SupportPlan.DEFAULT_COMMENT_DAYS);
            long planId = Objects.requireNonNull(plans.save(plan).getId());
            versions.save(PlanVersion.draft(planId, 1, first, writer, now));
            return;
        }
        // agreed 13 months ago: unless reviewed since, the yearly review is a month overdue
        plan.agree(writer, started.plusSeconds(30L * 24 * 3600), today.minusMonths(13));
        if (stage == Stage.REVIEWED) {
            plan.startReview(writer, now.minusSeconds(20L * 24 * 3600));
            plan.agree(writer, now.minusSeconds(10L * 24 * 3600), today.minusDays(10));
        }
        long planId = Objects.requireNonNull(plans.save(plan).getId());
        PlanVersion v1 = PlanVersion.draft(planId, 1, first, writer, started);
        v1.agree(writer, started.plusSeconds(30L * 24 * 3600));
        versions.save(v1);
        if (stage == Stage.REVIEWED) {
            // the review met 20 days ago: the first outcome reached, the second partly, one new
            Template t = Template.of(pupil.getPrimaryNeed());
            PlanReview.ReviewRecord record = new PlanReview.ReviewRecord(today.minusDays(20),
                    "Good progress this year; the family and the class teacher agreed the next step.",
                    List.of(new PlanReview.ReviewedOutcome("O1", first.outcomes().get(0).text(),
                                    OutcomeProgress.ACHIEVED, "Reached by the spring term."),
                            new PlanReview.ReviewedOutcome("O2", first.outcomes().get(1).text(),
                                    OutcomeProgress.PARTLY, "Manages it with adult prompts; keep going.")),
                    List.of(new PlanReview.NewOutcome(t.nextOutcome(), first.outcomes().get(0).targetDate().plusYears(1))));
            reviews.save(PlanReview.record(planId, 1, record, writer, now.minusSeconds(20L * 24 * 3600)));
            PlanContent carried = ReviewRules.carryForward(first, record);
            List<Provision> provision = new java.util.ArrayList<>(carried.provisions());
            provision.add(new Provision("O3", t.provision(), "Teaching assistant", "4 times a week, 20 minutes",
                    new BigDecimal("1.5"), new BigDecimal("1640"), language, GroupSize.SHARED));
            PlanContent second = carried.withProvisions(provision).withSupportAround(
                    new PlanContent.AssistantRole(t.assistant(), List.of("O3")), carried.equipment(),
                    carried.agencies());
            PlanVersion v2 = PlanVersion.draft(planId, 2, second, writer, now.minusSeconds(20L * 24 * 3600));
            v2.agree(writer, now.minusSeconds(10L * 24 * 3600));
            versions.save(v2);
        }
    }

    private static PlanContent content(Pupil pupil, DeliveryLanguage language, LocalDate from) {
        String name = pupil.getPreferredName() != null ? pupil.getPreferredName() : pupil.getFirstName();
        LocalDate target = LocalDate.of(from.getMonthValue() > 7 ? from.getYear() + 1 : from.getYear(), 7, 20)
                .plusYears(1);
        AreaOfNeed area = pupil.getPrimaryNeed();
        Template t = Template.of(area);
        List<Outcome> outcomes = List.of(new Outcome("O1", t.outcome(), target),
                new Outcome("O2", t.secondOutcome(), target));
        return PlanContent.empty()
                .withProfile(List.of(new Statement(Voice.CHILD, t.matters()),
                                new Statement(Voice.PARENT, name + " " + t.parentMatters())),
                        List.of(new Statement(Voice.PARENT, t.liked()), new Statement(Voice.STAFF, t.staffLiked())),
                        List.of(new Statement(Voice.CHILD, t.childSupport()), new Statement(Voice.STAFF, t.support())))
                .withNeeds(List.of(new Need(area, t.need())))
                .withOutcomes(outcomes)
                .withProvisions(List.of(
                        new Provision("O1", t.provision(), "Teaching assistant", "4 times a week, 20 minutes",
                                new BigDecimal("1.5"), new BigDecimal("1640"), language, firstGrouping(pupil)),
                        new Provision("O2", t.secondProvision(), "Class teacher with the SENCO", "Weekly",
                                new BigDecimal("0.5"), new BigDecimal("610"), language, GroupSize.GROUP)))
                .withSupportAround(new PlanContent.AssistantRole(t.assistant(), List.of("O1")), t.equipment(),
                        t.agencies());
    }

    /** The first provision one to one, paired or shared, by pupil, so that every grouping appears. */
    private static GroupSize firstGrouping(Pupil pupil) {
        return switch ((int) (Objects.requireNonNull(pupil.getId()) % 3)) {
            case 0 -> GroupSize.ONE_TO_ONE;
            case 1 -> GroupSize.PAIRED;
            default -> GroupSize.SHARED;
        };
    }

    /** Plan wording for one area of need. */
    private record Template(String matters, String parentMatters, String liked, String staffLiked,
                            String childSupport, String support, String need, String outcome, String nextOutcome,
                            String secondOutcome, String provision, String secondProvision, String assistant,
                            List<String> equipment, List<String> agencies) {

        static Template of(AreaOfNeed area) {
            return switch (area) {
                case COGNITION_LEARNING -> new Template(
                        "I like making things and being good at maths games.",
                        "is proud when work goes up on the wall.",
                        "Always first to help tidy up and keeps trying.",
                        "Remembers every detail of a story told aloud.",
                        "Show me one step at a time and let me use my number line.",
                        "Short tasks with a visual checklist; pre-teach new words.",
                        "Reading and spelling are about two years behind classmates; working memory is weak.",
                        "Reads a book at the next colour band with understanding.",
                        "Reads two colour bands higher and retells the story in order.",
                        "Uses a writing frame to write five linked sentences.",
                        "Precision teaching of high-frequency words", "Small-group guided writing",
                        "Runs the daily reading sessions and keeps the progress record for the class teacher.",
                        List.of("Coloured overlays", "Reading pen"), List.of("Educational psychology service"));
                case COMMUNICATION_INTERACTION -> new Template(
                        "Trains, timetables and knowing what happens next.",
                        "is calmer when the day is predictable.",
                        "Very honest and notices things others miss.",
                        "Has an impressive memory for facts about transport.",
                        "Tell me before things change and give me time to answer.",
                        "Visual timetable, warnings before transitions, quiet space available.",
                        "Finds group conversation and unexpected change hard; may shut down when overwhelmed.",
                        "Takes part in a structured small-group activity for ten minutes.",
                        "Joins a structured playground game with two peers.",
                        "Uses a visual prompt to ask for a break.",
                        "Social communication group", "Zones of regulation lessons",
                        "Prepares the visual timetable each morning and supports transitions between lessons.",
                        List.of("Ear defenders", "Visual timetable"),
                        List.of("Speech and language therapy", "Autism outreach team"));
                case BEHAVIOUR_EMOTIONAL_SOCIAL -> new Template(
                        "Football at lunchtime and my dog at home.",
                        "does best with adults who stay calm and kind.",
                        "Funny, loyal to friends and good with younger children.",
                        "Responds quickly to praise and takes on responsibility.",
                        "Let me have a break card and talk to me privately, not in front of the class.",
                        "Consistent adults, a named key worker and a calm-down plan everyone knows.",
                        "Struggles to manage frustration; leaves the classroom several times a week.",
                        "Stays in class for the whole morning on four days out of five.",
                        "Stays in class for whole days and uses the break card himself.",
                        "Names the feeling and chooses a calming strategy with an adult.",
                        "Daily key-worker check-in", "Nurture group",
                        "Acts as key worker: morning check-in, break-card support and the daily home-school diary.",
                        List.of(), List.of("Behaviour partnership", "School nursing service"));
                case ANXIETY_RELATED -> new Template(
                        "Drawing, my cat, and sitting near my friend.",
                        "worries a lot before school and finds Monday mornings hardest.",
                        "Thoughtful, creative and very kind.",
                        "Produces careful, beautiful art work.",
                        "Let me come in a little early and know who will meet me.",
                        "A soft start with a known adult and a safe place to go when worried.",
                        "High anxiety about attending; attendance has fallen to 78%.",
                        "Attends at least 90% of sessions over a term.",
                        "Attends 95% of sessions and joins the class for assemblies.",
                        "Uses a worry plan to tell an adult when anxious.",
                        "Soft-start with a key adult", "Anxiety management sessions",
                        "Meets the pupil at the gate each morning and runs the weekly worry-plan check.",
                        List.of(), List.of("Child and adolescent mental health service"));
                case SENSORY_MEDICAL_PHYSICAL -> new Template(
                        "Swimming and playing wheelchair basketball.",
                        "wants to do what everyone else does.",
                        "Determined, cheerful and a natural leader.",
                        "Organises group work well and includes everyone.",
                        "Ask me first before helping me, and plan trips so I can come too.",
                        "Accessible routes planned, rest breaks, care plan followed by trained staff.",
                        "Physical disability affecting mobility and fine motor skills; needs help with personal care.",
                        "Records work independently using a laptop for most lessons.",
                        "Records all written work independently with the laptop and speech-to-text.",
                        "Takes part in PE with adapted activities every week.",
                        "Touch-typing programme", "Adapted PE with the physiotherapy plan",
                        "Supports personal care as in the health care plan and sets up equipment for lessons.",
                        List.of("Height-adjustable desk", "Laptop with speech-to-text"),
                        List.of("Physiotherapy service", "Occupational therapy service"));
            };
        }
    }
}
