package org.waymark.demo.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.domain.SchoolWeek;
import org.waymark.asn.domain.JointView;
import org.waymark.asn.service.AsnSettingsService;
import org.waymark.asn.service.MidTermService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.asn.service.ScrutinyService;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The Scottish council's assistant-hours work in flight, made through the same services as real
 * use, signed in as its demo users: at the SENCO's school a request in draft, two waiting for the
 * Education Support Officer's scrutiny (one reduced by specialist and independent time, one for
 * persistent distress with its protocol and risk assessment), one decided (a ledger line from the
 * next term), one decided with no hours, and one withdrawn; a mid-term request for a child new to
 * the nursery class, assessed by the early-years officer and varied by a second officer, awaiting
 * the inclusion and equality team's approval; and a pupil whose mid-term hours ran from earlier
 * in the session and who moved to another school of the council (recorded today by the
 * caseworker: the overpayment for finance, the receiving school's hours). The council's settings
 * (an hourly rate, the learning-centre ratio, the early-years officer) are base data, so the
 * school's hours statement is costed. Each pupil's Child's Plan states the assistant's role; a
 * pupil without a plan gets one agreed first.
 */
@Component
class DemoHours {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final AccountService accounts;
    private final SystemUser systemUser;
    private final PlanService plans;
    private final PupilService pupils;
    private final HoursRequestService requests;
    private final ScrutinyService scrutiny;
    private final AsnSettingsService settings;
    private final MidTermService midTerm;
    private final OrganisationService organisation;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the demo walks through the scheme's services
    DemoHours(AccountService accounts, SystemUser systemUser, PlanService plans, PupilService pupils,
              HoursRequestService requests, ScrutinyService scrutiny, AsnSettingsService settings,
              MidTermService midTerm, OrganisationService organisation, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.systemUser = systemUser;
        this.plans = plans;
        this.pupils = pupils;
        this.requests = requests;
        this.scrutiny = scrutiny;
        this.settings = settings;
        this.midTerm = midTerm;
        this.organisation = organisation;
    }

    /**
     * The council's settings for assistant hours as its administrator saves them: an hourly rate
     * of our own (not a published pay point), a learning-centre ratio of six pupils to an assistant,
     * the default school weeks, and the early-years officer.
     */
    void configure(String suffix) {
        as("admin" + suffix, () -> settings.change(null, new AsnSettings.Values(new BigDecimal("15.40"),
                new BigDecimal("6"), SchoolWeek.EARLY_YEARS, SchoolWeek.PRIMARY, SchoolWeek.SECONDARY,
                "eso.ey" + suffix)));
    }

    /**
     * @param suffix     the council's demo username suffix (".sc")
     * @param homePupils pupils of the demo SENCO's school in the order they were enrolled (the parent's two first)
     */
    void showWorkInFlight(String suffix, List<Long> homePupils) {
        String senco = "senco" + suffix;
        String head = "head" + suffix;
        String eso = "eso" + suffix;
        // past the parent's two children, those whose Child's Plan is in force or who have none yet
        List<Long> ready = new ArrayList<>();
        for (long pupilId : homePupils.subList(2, homePupils.size())) {
            if (ready.size() == 7) {
                break;
            }
            if (as(senco, () -> planReady(pupilId))) {
                ready.add(pupilId);
            }
        }
        if (ready.size() < 7) {
            throw new IllegalStateException("The demo needs seven pupils at the SENCO's school with a Child's Plan");
        }

        as(senco, () -> {
            long draft = requests.start(ready.get(0));
            RequestAnswers begun = requests.open(draft).request().answers();
            begun.setSifStage(3);
            begun.setCategory(AsnCategory.INDIVIDUALISED_CURRICULUM);
            requests.save(draft, requests.open(draft).lock(), begun);
            return draft;
        });
        // waiting for scrutiny: one asking more than the week leaves, one for persistent distress
        as(senco, () -> submit(ready.get(1), answers(AsnCategory.INDIVIDUALISED_CURRICULUM, "20", "5", "3",
                "Follows a personal curriculum in literacy and numeracy; cannot join class lessons without an adult.")));
        as(senco, () -> submit(ready.get(2), answers(AsnCategory.PERSISTENT_DISTRESS, "15", "2", "2",
                "Shows distress several times a day: hides under tables, leaves the room, needs an adult to settle.")));
        long decided = as(senco, () -> submit(ready.get(3), answers(AsnCategory.INDIVIDUALISED_CURRICULUM, "12",
                "3", "4", "Works on a highly individualised curriculum in every lesson but PE and music.")));
        long declined = as(senco, () -> submit(ready.get(4), answers(AsnCategory.INDIVIDUALISED_CURRICULUM, "8",
                "0", "10", "Needs help to start and organise written tasks.")));
        as(head, () -> {
            long withdrawn = requests.start(ready.get(5));
            requests.withdraw(withdrawn, requests.open(withdrawn).lock(),
                    "The family is moving to another council at the end of term.");
            return withdrawn;
        });
        as(eso, () -> {
            scrutiny.decide(decided, requests.open(decided).lock(), new BigDecimal("10"),
                    "Ten hours cover the personal literacy and numeracy sessions; the timetable shows the rest"
                            + " is with the specialist teacher or working independently.");
            scrutiny.decline(declined, requests.open(declined).lock(),
                    "Differentiation and the visual timetable already in place meet the need.");
            return decided;
        });
        midTermAwaitingApproval(suffix, homePupils.getFirst());
        pupilWhoMoved(suffix, ready.get(6));
    }

    /**
     * A child new to the nursery class of the SENCO's school, whose mid-term request the
     * early-years officer assessed and Jamie Orr varied: it waits for the inclusion and equality team.
     */
    private void midTermAwaitingApproval(String suffix, long anyHomePupil) {
        String senco = "senco" + suffix;
        long pupilId = as(senco, () -> {
            long schoolId = pupils.get(anyHomePupil).pupil().getSchoolId();
            PupilDetails d = new PupilDetails();
            d.setFirstName("Isla");
            d.setLastName("Drummond");
            d.setDateOfBirth(LocalDate.now(clock).minusYears(3).minusMonths(5));
            d.setYearGroup(YearGroup.ELC);
            d.setPrimaryNeed(AreaOfNeed.COMMUNICATION_INTERACTION);
            d.setAreasOfNeed(java.util.EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL));
            d.setSifStage(3);
            d.setPersonalCareNeed(true);
            long id = pupils.create(schoolId, d, true);
            planReady(id);
            return id;
        });
        long requestId = as(senco, () -> submit(pupilId, answers(AsnCategory.INDIVIDUALISED_CURRICULUM, "15", "0", "5",
                "Started in the nursery class this term: needs an adult for every transition, for personal care"
                        + " and to join play with other children."), true));
        LocalDate today = LocalDate.now(clock);
        as("eso.ey" + suffix, () -> {
            midTerm.assess(requestId, requests.open(requestId).lock(), new BigDecimal("15"), today.plusMonths(3),
                    "Visited the nursery: the need is real and the request valid; fifteen hours cover the sessions.");
            return requestId;
        });
        as("eso" + suffix, () -> {
            midTerm.join(requestId, requests.open(requestId).lock(), JointView.VARIATION, new BigDecimal("12"),
                    "Twelve hours: the nursery's key worker covers lunch and the last half hour.");
            return requestId;
        });
    }

    /**
     * A pupil whose exceptional mid-term hours were approved from earlier in the session, who then
     * moved to another school of the council, recorded today by the caseworker: the officers were
     * told, the receiving school gained the hours and finance has the overpayment for the school
     * days since the move.
     */
    private void pupilWhoMoved(String suffix, long pupilId) {
        long laId = as("eso" + suffix, () -> pupils.get(pupilId).pupil().getLocalAuthorityId());
        SchoolCalendar calendar = as("eso" + suffix, () -> organisation.calendarOf(laId));
        LocalDate today = LocalDate.now(clock);
        LocalDate sessionStart = calendar.terms().stream()
                .filter(t -> !t.startDate().isAfter(today)).reduce((a, b) -> b)
                .flatMap(t -> calendar.terms().stream().filter(x -> x.academicYear().equals(t.academicYear()))
                        .findFirst()).map(Term::startDate).orElse(today);
        LocalDate hoursFrom = schoolDaysBefore(calendar, today, 25);
        if (hoursFrom.isBefore(sessionStart)) {
            hoursFrom = sessionStart;
        }
        LocalDate movedOn = schoolDaysBefore(calendar, today, 7);
        if (!movedOn.isAfter(hoursFrom)) {
            movedOn = today;
        }
        LocalDate from = hoursFrom;
        long requestId = as("senco" + suffix, () -> {
            RequestAnswers a = answers(AsnCategory.MEDICAL_OR_SENSORY, "10", "2", "3",
                    "Newly diagnosed epilepsy: needs an adult close by all day and a trained adult for the seizure plan.");
            a.setMedicalNeed(true);
            a.setExceptionalReason("Seizures began during the session: the need arose after the scrutiny.");
            return submit(pupilId, a, true);
        });
        as("eso" + suffix, () -> {
            midTerm.assess(requestId, requests.open(requestId).lock(), new BigDecimal("10"), today.plusMonths(2),
                    "The seizure plan needs a trained adult close by; the hours asked are right.");
            return requestId;
        });
        as("eso.ey" + suffix, () -> {
            midTerm.join(requestId, requests.open(requestId).lock(), JointView.AGREED, null, "");
            return requestId;
        });
        as("inclusion" + suffix, () -> {
            midTerm.approve(requestId, requests.open(requestId).lock(), new BigDecimal("10"), from,
                    today.plusMonths(2), "Approved from the day the school began the support.");
            return requestId;
        });
        LocalDate on = movedOn;
        as("caseworker" + suffix, () -> {
            long moveTo = organisation.schoolsOfOwnAuthority().stream()
                    .filter(s -> s.name().equals("Glenarden Primary School")).findFirst()
                    .map(s -> Objects.requireNonNull(s.id())).orElseThrow();
            var record = pupils.get(pupilId);
            LocalDate started = record.enrolments().stream().map(e -> e.startDate()).max(LocalDate::compareTo)
                    .orElse(today);
            pupils.recordMove(pupilId, Objects.requireNonNull(record.pupil().getVersion()), moveTo,
                    on.isAfter(started) ? on : today, today, EnrolmentEndReason.MOVED_SCHOOL);
            return moveTo;
        });
    }

    private static LocalDate schoolDaysBefore(SchoolCalendar calendar, LocalDate day, int count) {
        LocalDate d = day;
        LocalDate floor = day.minusYears(1);
        for (int left = count; left > 0 && d.isAfter(floor); ) {
            d = d.minusDays(1);
            if (calendar.isSchoolDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Submits a request with the answers, attaching what the pupil's needs call for. */
    private long submit(long pupilId, RequestAnswers answers) {
        return submit(pupilId, answers, false);
    }

    /** {@link #submit(long, RequestAnswers)}, for the session's scrutiny or a mid-term allocation. */
    private long submit(long pupilId, RequestAnswers answers, boolean midTermRequest) {
        long requestId = requests.start(pupilId, midTermRequest);
        requests.save(requestId, requests.open(requestId).lock(), answers);
        Pupil pupil = pupils.get(pupilId).pupil();
        boolean behavioural = pupil.areas().contains(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL)
                || pupil.getPrimaryNeed() == AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL;
        if (answers.getCategory() == AsnCategory.PERSISTENT_DISTRESS) {
            requests.attach(requestId, AttachmentKind.INDIVIDUAL_PROTOCOL, "Individual protocol.pdf", PDF);
        }
        if (behavioural) {
            requests.attach(requestId, AttachmentKind.BEHAVIOUR_PROTOCOL, "Behaviour protocol.pdf", PDF);
        }
        if (behavioural || answers.getCategory() == AsnCategory.PERSISTENT_DISTRESS) {
            requests.attach(requestId, AttachmentKind.RISK_ASSESSMENT, "Risk assessment.pdf", PDF);
        }
        requests.submit(requestId, requests.open(requestId).lock());
        return requestId;
    }

    private static RequestAnswers answers(AsnCategory category, String hours, String specialist, String independent,
                                          String needs) {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(3);
        a.setCategory(category);
        a.setNeeds(needs);
        a.setHoursAsked(new BigDecimal(hours));
        a.setSpecialistHours(new BigDecimal(specialist));
        a.setIndependentHours(new BigDecimal(independent));
        a.setDifferentiation("Task boards, pre-teaching of vocabulary and work set at the pupil's own level.");
        a.setIndependence("A visual timetable used alone for the first hour; a break card.");
        a.setEquipment(category == AsnCategory.PERSISTENT_DISTRESS ? ""
                : "A reading pen and a writing slope were tried; they help with print only.");
        return a;
    }

    /**
     * Whether the pupil's Child's Plan (or CSP) is in force, agreeing one that states the
     * assistant's role when the pupil has none; false for a pupil whose plan is still a draft.
     */
    private boolean planReady(long pupilId) {
        List<PlanSummary> scottish = plans.plansOf(pupilId).stream()
                .filter(p -> p.type() == PlanType.CHILDS_PLAN || p.type() == PlanType.CSP)
                .filter(p -> p.status() != PlanStatus.CEASED).toList();
        if (scottish.stream().anyMatch(p -> p.versionInForce() != null)) {
            return true;
        }
        if (!scottish.isEmpty()) {
            return false;
        }
        long planId = plans.startPlan(pupilId, PlanType.CHILDS_PLAN);
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), plan());
        plans.agree(planId);
        return true;
    }

    /** A Child's Plan in the project's own words, its outcomes due at the end of this school year. */
    private PlanContent plan() {
        LocalDate today = LocalDate.now(clock);
        LocalDate june = LocalDate.of(today.getYear(), 6, 25);
        LocalDate target = june.isAfter(today) ? june : june.plusYears(1);
        return PlanContent.empty()
                .withProfile(List.of(new PlanContent.Statement(Voice.CHILD, "Building things and the school garden.")),
                        List.of(new PlanContent.Statement(Voice.PARENT, "Kind, funny and keen to help.")),
                        List.of(new PlanContent.Statement(Voice.STAFF, "Short tasks with pictures; a quiet corner.")))
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.COGNITION_LEARNING,
                        "Works well below the class in literacy and numeracy; needs an adult to start tasks.")))
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Reads a short book aloud to an adult", target),
                        new PlanContent.Outcome("O2", "Starts a written task on their own with a visual prompt",
                                target)))
                .withProvisions(List.of(new PlanContent.Provision("O1", "Daily one-to-one reading",
                        "ASN assistant", "Daily, 30 minutes", new BigDecimal("2.5"), new BigDecimal("2900"),
                        DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE)))
                .withSupportAround(new PlanContent.AssistantRole(
                        "Delivers the daily reading and the task-starting routine and keeps the progress record.",
                        List.of("O1", "O2")), List.of(), List.of());
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
