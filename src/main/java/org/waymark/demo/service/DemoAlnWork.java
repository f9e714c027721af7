package org.waymark.demo.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ProgressMeasure;
import org.waymark.aln.domain.ReferralClock;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.AlnDisagreementRepository;
import org.waymark.aln.domain.DisagreementRules;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.aln.domain.DisagreementTopic;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.DisagreementService;
import org.waymark.aln.service.EquipmentService;
import org.waymark.aln.service.ReferralService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The Welsh county's ALN process in flight, made through the same services as real use, signed in
 * as each demo user in turn (SPEC §9, issue 16): a concern waiting for the school's decision; a
 * decision that the parent's first child has ALN, with the school's IDP; a decision of no ALN; a
 * referral due from the school and one overdue, counted in school days on the county's calendar;
 * a referral sent and waiting for the authority; one the authority took on, decided with ALN by its
 * caseworker, with the authority-maintained IDP drafted; a parent's referral received; the parent's
 * disagreement about their child's IDP, with the disagreement resolution service. Dates count
 * back from today, so the picture is the same whenever the demo starts.
 */
@Component
class DemoAlnWork {

    private final AccountService accounts;
    private final AlnService aln;
    private final ReferralService referrals;
    private final EquipmentService equipment;
    private final AlnReferralRepository referralRepository;
    private final DisagreementService disagreements;
    private final AlnDisagreementRepository disagreementRepository;
    private final PlanService plans;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final SystemUser systemUser;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the demo walks through the whole process
    DemoAlnWork(AccountService accounts, AlnService aln, ReferralService referrals, EquipmentService equipment,
                AlnReferralRepository referralRepository, DisagreementService disagreements,
                AlnDisagreementRepository disagreementRepository, PlanService plans, PupilService pupils,
                OrganisationService organisation, SystemUser systemUser, Clock clock) {
        this.disagreements = disagreements;
        this.disagreementRepository = disagreementRepository;
        this.accounts = accounts;
        this.aln = aln;
        this.referrals = referrals;
        this.equipment = equipment;
        this.referralRepository = referralRepository;
        this.plans = plans;
        this.pupils = pupils;
        this.organisation = organisation;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /**
     * @param suffix     the Welsh county's demo username suffix
     * @param homePupils pupils of the demo ALNCo's school in the order they were enrolled (the parent's
     *                   two children first)
     */
    void showWorkInFlight(long laId, String suffix, List<Long> homePupils) {
        String senco = "senco" + suffix;
        String head = "head" + suffix;
        String caseworker = "caseworker" + suffix;
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = as(caseworker, () -> organisation.calendarOf(laId));
        // pupils the school decides for itself: neither looked after nor dually registered, no plan yet
        List<Long> free = as(senco, () -> homePupils.stream().skip(2).filter(p -> {
            PupilService.PupilFacts facts = pupils.facts(p);
            return !facts.lookedAfter() && !facts.dualRegistered() && plans.plansOf(p).isEmpty();
        }).limit(8).toList());
        if (free.size() < 8) {
            throw new IllegalStateException("The Welsh demo needs eight pupils without plans at the ALNCo's school");
        }
        // the parent's first child, whose school IDP the demo plans already hold (another pupil if the
        // child's case would have to go to the authority)
        long parentsChild = as(senco, () -> {
            PupilService.PupilFacts facts = pupils.facts(homePupils.get(0));
            return facts.lookedAfter() || facts.dualRegistered() ? free.get(7) : homePupils.get(0);
        });
        LocalDate lastWeek = schoolDayOnOrBefore(calendar, today.minusDays(7));

        // a concern waiting for the school's decision
        as(senco, () -> concern(free.get(0), ConcernSource.PARENT, "Mr Dylan Rowlands (father)", lastWeek,
                "Finds it hard to follow spoken instructions at home and in class; gets upset at transitions."));
        // the parent's first child: ALN, the school maintains the IDP (the draft shared with the family)
        as(senco, () -> {
            long caseId = concern(parentsChild, ConcernSource.TEACHER, "Mrs Ffion Jenkins, Year 3",
                    lastWeek.minusDays(21), "Reading and spelling far behind the class despite the phonics group.");
            return aln.decide(caseId, caseVersion(caseId), new AlnRules.DecisionInput(
                    Set.of(ProgressMeasure.SLOWER_THAN_PEERS, ProgressMeasure.GAP_NOT_CLOSING),
                    "Reading age 6 years 1 month at 8 years 4 months; spelling age 5 years 9 months. "
                            + "The gap with the class has widened over two terms.",
                    "Daily phonics in a group of four since September; a reading buddy; coloured overlays.",
                    true, false, "A significantly greater difficulty in learning to read than most of her age.",
                    true, "Needs a structured literacy programme one to one every day: different from the class’s teaching."),
                    new BigDecimal("5")).planId();
        });
        // no ALN: the head teacher decides, and the letter goes to the family
        as(head, () -> {
            long caseId = concern(free.get(1), ConcernSource.PARENT, "Mrs Alys Howells (mother)",
                    lastWeek.minusDays(14), "Worried that he is slower with number work than his sister was.");
            return aln.decide(caseId, caseVersion(caseId), new AlnRules.DecisionInput(Set.of(),
                    "Number assessments in line with the class this term; he caught up after a six-week catch-up group.",
                    "Maths catch-up group for six weeks in the autumn; number games at home.", false, false,
                    "No significantly greater difficulty than most of his age, and no disability.", null, ""), null)
                    .outcome();
        });
        // a referral due from the school, and one overdue: 20 school days from the need becoming apparent
        LocalDate recent = schoolDayOnOrBefore(calendar, today.minusDays(3));
        as(senco, () -> refer(free.get(2), recent, null, Set.of(MaintainerReason.SPECIALIST_INPUT),
                "Severe hearing loss: needs weekly input from a qualified teacher of the deaf."));
        LocalDate late = apparentForOverdue(calendar, today);
        as(senco, () -> refer(free.get(3), late, null, Set.of(MaintainerReason.CANNOT_DETERMINE_ALN),
                "Sudden loss of speech after an illness: the school cannot tell the nature of the needs."));
        // a referral sent and waiting for the authority's decision
        long waiting = as(senco, () -> refer(free.get(4), schoolDayOnOrBefore(calendar, today.minusDays(10)), null,
                Set.of(MaintainerReason.EQUIPMENT), "Needs a standing frame and a specialist chair, for her alone."));
        as(senco, () -> send(waiting));
        // a referral the authority took on: its caseworker decided ALN and drafted the authority's IDP
        long taken = as(senco, () -> refer(free.get(5), schoolDayOnOrBefore(calendar, today.minusDays(28)),
                new BigDecimal("27.5"), Set.of(MaintainerReason.INTENSIVE_SUPPORT),
                "Needs an adult with him all day for his safety and learning."));
        as(senco, () -> send(taken));
        as(caseworker, () -> {
            referrals.decide(taken, version(taken), ReferralOutcome.AUTHORITY_DECIDES,
                    "27.5 hours of teaching-assistant support a week: the authority maintains the IDP.");
            long caseId = referralRepository.findById(taken).orElseThrow().getAlnDecisionId();
            return aln.decide(caseId, caseVersion(caseId), new AlnRules.DecisionInput(
                    Set.of(ProgressMeasure.BELOW_OWN_RATE), "No progress in communication targets for two terms; "
                    + "educational psychologist’s report of 3 October.", "A visual timetable, a quiet space and a "
                    + "shared teaching assistant since September.", true, false,
                    "A significantly greater difficulty in learning than most of his age.", true,
                    "Needs an adult with him all day and a personalised curriculum."), null).planId();
        });
        // specialist equipment for the pupil whose IDP the authority maintains: the school's request
        // with the occupational therapist's assessment attached, waiting for the authority's decision
        as(senco, () -> {
            long requestId = equipment.request(free.get(5), "Height-adjustable desk and supportive chair",
                    "He cannot keep a steady sitting position to write for more than a few minutes; "
                            + "the occupational therapist recommends both.", new BigDecimal("865.00"));
            return equipment.attach(requestId, EquipmentService.ASSESSMENT, "occupational-therapy-assessment.pdf",
                    ASSESSMENT_PDF);
        });
        // a parent's referral received by the authority
        as(caseworker, () -> referrals.record(new ReferralService.ReceivedInput(free.get(6), ReferralSource.PARENT,
                "Mrs Nia Prosser (mother)", schoolDayOnOrBefore(calendar, today.minusDays(2)),
                "Asks whether her daughter has ALN: she will not write in class and is anxious every morning.")));
        // the parent disagrees with their child's IDP: the caseworker is the liaison officer, and after
        // an informal meeting it went to the disagreement resolution service
        // (the school logs it for the young person when the parent's own child had to go to the authority)
        String logger = parentsChild == homePupils.get(0) ? "parent" + suffix : senco;
        long disagreement = as(logger, () -> disagreements.log(parentsChild,
                new DisagreementRules.ConcernInput(DisagreementTopic.IDP, today,
                        "Mae’r CDU yn rhoi llai o gymorth darllen nag a addawyd yn y cyfarfod.")));
        as("lead.send" + suffix, () -> {
            disagreements.assign(disagreement, disagreementVersion(disagreement), caseworker);
            return disagreement;
        });
        as(caseworker, () -> {
            disagreements.step(disagreement, disagreementVersion(disagreement), DisagreementStatus.RESOLUTION_SERVICE,
                    today, "Met the family and the ALNCo: no agreement on the hours of one-to-one reading.");
            return disagreement;
        });
    }

    private int disagreementVersion(long id) {
        Integer v = disagreementRepository.findById(id).orElseThrow().getVersion();
        return v == null ? 0 : v;
    }

    /** A one-page stand-in for the specialist's assessment. */
    private static final byte[] ASSESSMENT_PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private long concern(long pupilId, ConcernSource source, String by, LocalDate on, String text) {
        return aln.raiseConcern(pupilId, new AlnRules.ConcernInput(source, by, on, text));
    }

    private long refer(long pupilId, LocalDate apparent, @Nullable BigDecimal taHours, Set<MaintainerReason> grounds,
                       String summary) {
        long caseId = concern(pupilId, ConcernSource.ALNCO, "", apparent.minusDays(3), summary);
        return aln.prepareReferral(caseId, caseVersion(caseId), new AlnService.ReferralInput(apparent, taHours,
                grounds, summary));
    }

    private int caseVersion(long caseId) {
        Integer v = aln.decision(caseId).decision().getVersion();
        return v == null ? 0 : v;
    }

    private long send(long referralId) {
        referrals.send(referralId, version(referralId));
        return referralId;
    }

    private int version(long referralId) {
        Integer v = referralRepository.findById(referralId).orElseThrow().getVersion();
        return v == null ? 0 : v;
    }

    /** The latest school day on or before a day (the weekday before, when the calendar has none). */
    private static LocalDate schoolDayOnOrBefore(SchoolCalendar calendar, LocalDate day) {
        for (LocalDate d = day; d.isAfter(day.minusDays(60)); d = d.minusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                return d;
            }
        }
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A school day far enough back that a referral from it is overdue today. */
    private static LocalDate apparentForOverdue(SchoolCalendar calendar, LocalDate today) {
        LocalDate d = schoolDayOnOrBefore(calendar, today.minusDays(42));
        while (ReferralClock.dueBy(calendar, d).map(due -> !due.isBefore(today)).orElse(true)) {
            d = schoolDayOnOrBefore(calendar, d.minusDays(7));
        }
        return d;
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
