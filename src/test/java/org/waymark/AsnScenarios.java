package org.waymark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.security.service.AccountService;

/**
 * Scottish pupils ready for an hours request, made through the services as the demo council's
 * users: a pupil of the SENCO's school with an agreed Child's Plan that states the assistant's
 * role, answers that meet every rule, a submitted request. Each step runs as the named user and
 * puts back whoever was signed in before.
 */
@Component
public class AsnScenarios {

    /** The Scottish demo SENCO's school. */
    public static final String HOME_SCHOOL = "Kilbrannan Primary School";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final PlanService plans;
    private final HoursRequestService requests;
    private final org.waymark.pupils.service.PupilService pupilsService;
    private final org.waymark.asn.service.MidTermService midTerm;

    AsnScenarios(JdbcClient jdbc, AccountService accounts, PlanService plans, HoursRequestService requests,
                 org.waymark.pupils.service.PupilService pupilsService, org.waymark.asn.service.MidTermService midTerm) {
        this.pupilsService = pupilsService;
        this.midTerm = midTerm;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.plans = plans;
        this.requests = requests;
    }

    /**
     * A pupil of the school with no plan, request or linked parent yet, not looked after and without
     * social, emotional or behavioural needs (which would ask for a behaviour protocol): the next one
     * each call.
     */
    public long freshPupil(String schoolName) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM asn_request r WHERE r.pupil_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM pupil_need n WHERE n.pupil_id = p.id"
                + " AND n.area = 'BEHAVIOUR_EMOTIONAL_SOCIAL') AND p.primary_need <> 'BEHAVIOUR_EMOTIONAL_SOCIAL'"
                + " AND p.looked_after = FALSE AND p.id NOT IN (SELECT pupil_id FROM linked_child)"
                + " ORDER BY p.id LIMIT 1").param("name", schoolName).query(Long.class).single();
    }

    /** {@link #freshPupil} at the SENCO's school with an agreed Child's Plan stating the assistant's role. */
    public long pupilWithPlan() {
        long pupilId = freshPupil(HOME_SCHOOL);
        agreedPlan(pupilId, true);
        return pupilId;
    }

    /** An agreed Child's Plan made by the school's SENCO, with or without the assistant's role. */
    public long agreedPlan(long pupilId, boolean withAssistantRole) {
        return as("senco.sc", () -> {
            long planId = plans.startPlan(pupilId, PlanType.CHILDS_PLAN);
            int lock = plans.open(planId).shownVersionLock();
            plans.saveDraft(planId, lock, content(withAssistantRole));
            plans.agree(planId);
            return planId;
        });
    }

    public static PlanContent content(boolean withAssistantRole) {
        LocalDate target = LocalDate.of(2027, 6, 25);
        return PlanContent.empty()
                .withProfile(List.of(new PlanContent.Statement(Voice.CHILD, "Lego and the school garden")), List.of(),
                        List.of())
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.COGNITION_LEARNING,
                        "Works on a personal curriculum well below the class")))
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Reads a short book aloud to an adult", target),
                        new PlanContent.Outcome("O2", "Counts and compares numbers to 50", target)))
                .withProvisions(List.of(new PlanContent.Provision("O1", "Daily one-to-one reading",
                        "ASN assistant", "Daily, 30 minutes", new BigDecimal("2.5"), new BigDecimal("2900"),
                        DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE)))
                .withSupportAround(withAssistantRole ? new PlanContent.AssistantRole(
                        "Delivers the personal literacy and numeracy sessions and records progress", List.of("O1", "O2"))
                        : null, List.of(), List.of());
    }

    /** Answers that meet every rule and answer every "consider": 12 hours of a 25-hour week. */
    public static RequestAnswers eligible() {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(3);
        a.setCategory(AsnCategory.INDIVIDUALISED_CURRICULUM);
        a.setNeeds("Follows a personal curriculum; cannot take part in class literacy or numeracy without an adult.");
        a.setHoursAsked(new BigDecimal("12"));
        a.setSpecialistHours(new BigDecimal("3"));
        a.setIndependentHours(new BigDecimal("4"));
        a.setDifferentiation("Task boards and pre-teaching of vocabulary for two terms.");
        a.setIndependence("Uses a visual timetable alone for the first hour of the day.");
        a.setEquipment("A reading pen was tried; it helps only with printed text.");
        return a;
    }

    /** A request the SENCO started, filled in with {@link #eligible()} answers and submitted. */
    public long submittedRequest(long pupilId) {
        return as("senco.sc", () -> {
            long requestId = requests.start(pupilId);
            int lock = requests.open(requestId).lock();
            lock = requests.save(requestId, lock, eligible());
            requests.submit(requestId, lock);
            return requestId;
        });
    }

    /**
     * A child new to the SENCO's school in its nursery class (the ELC year group), recorded by the
     * SENCO today with a stage 3 need, with an agreed Child's Plan stating the assistant's role.
     */
    public long earlyYearsPupilWithPlan(LocalDate today) {
        long pupilId = as("senco.sc", () -> {
            org.waymark.pupils.domain.PupilDetails d = new org.waymark.pupils.domain.PupilDetails();
            d.setFirstName("Morag");
            d.setLastName("Nursery " + letters(System.nanoTime()));
            d.setDateOfBirth(today.minusYears(3).minusMonths(7));
            d.setYearGroup(org.waymark.pupils.domain.YearGroup.ELC);
            d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
            d.setAreasOfNeed(java.util.EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
            d.setSifStage(3);
            return pupilsService.create(schoolIdOf(HOME_SCHOOL), d, true);
        });
        agreedPlan(pupilId, true);
        return pupilId;
    }

    /** A mid-term request the SENCO started for the pupil, filled in with {@link #eligible()} answers and submitted. */
    public long submittedMidTerm(long pupilId) {
        return as("senco.sc", () -> {
            long requestId = requests.start(pupilId, true);
            int lock = requests.open(requestId).lock();
            lock = requests.save(requestId, lock, eligible());
            requests.submit(requestId, lock);
            return requestId;
        });
    }

    /**
     * A pupil of the SENCO's school (enrolled long ago) holding {@code hours} a week of assistant
     * hours since {@code from}: an exceptional mid-term request, assessed by Jamie Orr, joined by
     * Kirsty Baird and approved by the inclusion team from that day (a day of this session).
     */
    public long pupilHoldingHoursSince(BigDecimal hours, LocalDate from) {
        long pupilId = pupilWithPlan();
        long requestId = as("senco.sc", () -> {
            long id = requests.start(pupilId, true);
            RequestAnswers a = eligible();
            a.setHoursAsked(hours);
            a.setExceptionalReason("Needs changed after an injury in the October holiday: an adult all day.");
            int lock = requests.save(id, requests.open(id).lock(), a);
            requests.submit(id, lock);
            return id;
        });
        as("eso.sc", () -> {
            midTerm.assess(requestId, requests.open(requestId).lock(), hours, from.plusMonths(4), "Valid and urgent.");
            return 0;
        });
        as("eso.ey.sc", () -> {
            midTerm.join(requestId, requests.open(requestId).lock(), org.waymark.asn.domain.JointView.AGREED, null, "");
            return 0;
        });
        as("inclusion.sc", () -> {
            midTerm.approve(requestId, requests.open(requestId).lock(), hours, from, from.plusMonths(4),
                    "As the officers recommend.");
            return 0;
        });
        return pupilId;
    }

    public long schoolIdOf(String name) {
        return jdbc.sql("SELECT id FROM school WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private static String letters(long n) {
        StringBuilder out = new StringBuilder();
        for (long v = Math.abs(n); out.length() < 8; v /= 26) {
            out.append((char) ('a' + (int) (v % 26)));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** Runs a step as a demo user, putting back whoever was signed in before. */
    public <T> T as(String username, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            SignIn.as(accounts, username);
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
