package org.waymark.demo.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.service.FamilyMoneyService;
import org.waymark.moderation.service.ModerationService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.InterimGround;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.AppealService;
import org.waymark.panels.service.InterimService;
import org.waymark.panels.service.PanelService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.WaymarkUserDetails;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;

/**
 * The England top-up scheme's work in flight for the demo county, made through the same services
 * (and so the same rules, ledger and notices) as real use, signed in as each demo user in turn:
 * bids in draft, submitted, returned for evidence, agreed at AFN and forwarded at HLN; a
 * moderation meeting closed weeks ago and one open today with its cases, HLN holders and AFN to
 * return; HLN panels decided weeks ago (letters overdue, live ledger lines, a pupil who has since
 * moved school) and days ago (letters due), one open today with cases to decide; an appeal
 * listed for the appeals panel; an interim decision. Dates count back from today, so the demo
 * shows the same picture whenever it is started.
 */
@Component
class DemoWork {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final AccountService accounts;
    private final BidService bids;
    private final BidWizardService wizard;
    private final BidModerationService family;
    private final ModerationService moderation;
    private final FamilyMoneyService familyMoney;
    private final PanelService panels;
    private final AppealService appeals;
    private final InterimService interims;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final SystemUser systemUser;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the demo walks through every feature of the scheme
    DemoWork(AccountService accounts, BidService bids, BidWizardService wizard, BidModerationService family,
             ModerationService moderation, FamilyMoneyService familyMoney, PanelService panels,
             AppealService appeals, InterimService interims, PupilService pupils, OrganisationService organisation,
             SystemUser systemUser, Clock clock) {
        this.accounts = accounts;
        this.bids = bids;
        this.wizard = wizard;
        this.family = family;
        this.moderation = moderation;
        this.familyMoney = familyMoney;
        this.panels = panels;
        this.appeals = appeals;
        this.interims = interims;
        this.pupils = pupils;
        this.organisation = organisation;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /**
     * @param suffix     the authority's demo username suffix ("" for the English county)
     * @param homePupils pupils of the demo SENCO's school, in the order they were enrolled (the
     *                   parent's two children first); at least ten
     * @param moveTo     another school of the same family, for the pupil who moves
     */
    void showWorkInFlight(long laId, String suffix, List<Long> homePupils, long moveTo) {
        if (homePupils.size() < 10) {
            throw new IllegalStateException("The demo needs ten pupils at the SENCO's school");
        }
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = as("caseworker" + suffix, () -> organisation.calendarOf(laId));
        // the last term that has started: a panel three weeks before it began funds from its first day
        Term current = calendar.terms().stream().filter(t -> !t.startDate().isAfter(today))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no term has started"));
        LocalDate pastPanel = weekday(current.startDate().minusDays(21));
        LocalDate pastModeration = weekday(pastPanel.minusDays(14));
        LocalDate recentPanel = weekday(today.minusDays(3));
        String senco = "senco" + suffix;
        String familySenco = "family.senco" + suffix;
        String caseworker = "caseworker" + suffix;
        long p0 = homePupils.get(0);
        long p1 = homePupils.get(1);
        long p2 = homePupils.get(2);
        long p3 = homePupils.get(3);
        long p4 = homePupils.get(4);
        long p5 = homePupils.get(5);
        long p6 = homePupils.get(6);
        long p7 = homePupils.get(7);
        long p8 = homePupils.get(8);
        long p9 = homePupils.get(9);

        // weeks ago: the family's meeting returned one bid, agreed AFN on another, forwarded two HLN bids
        long returned = as(senco, () -> afnBid(p3));
        long agreedAfn = as(senco, () -> afnBid(p4));
        long awardedHln = as(senco, () -> hlnBid(p5));
        long declinedHln = as(senco, () -> hlnBid(p6));
        as(familySenco, () -> {
            long meeting = moderation.open(pastModeration);
            moderation.addAttendee(meeting, "Sam Whitfield", "SENCO, Larkfield Primary School");
            decideBid(meeting, returned, CaseOutcome.RETURNED, null, null,
                    "Please add the speech and language therapist's latest report.");
            decideBid(meeting, agreedAfn, CaseOutcome.AGREED, "AFN_MEDIUM", new BigDecimal("4500"),
                    "Two key themes at AFN with a year of targeted support shown.");
            decideBid(meeting, awardedHln, CaseOutcome.FORWARDED, null, null,
                    "Medical needs met daily: countersigned for the panel.");
            decideBid(meeting, declinedHln, CaseOutcome.FORWARDED, null, null,
                    "Countersigned: the family asks the panel to consider HLN 1.");
            familyMoney.allocateFnf(meeting, org.waymark.moderation.domain.FnfPurpose.TRAINING,
                    new BigDecimal("1800"), "Precision teaching training for the family's teaching assistants");
            moderation.close(meeting);
            return meeting;
        });
        // weeks ago: the HLN panel awarded one and declined the other; their letters are overdue
        as(caseworker, () -> {
            long meeting = panels.open(PanelKind.HLN_MAIN, pastPanel).meetingId();
            decidePanel(meeting, awardedHln, PanelOutcome.AWARDED, "HLN1",
                    "Daily medical needs need an adult all day (themes SMP1, SMP2 at HLN 1).");
            decidePanel(meeting, declinedHln, PanelOutcome.DECLINED, null,
                    "The evidence shows needs that AFN and the school's own provision can meet.");
            panels.close(meeting);
            return meeting;
        });
        // since then the pupil with HLN moved to another school of the family: the HLN followed
        as("eso" + suffix, () -> {
            int version = Objects.requireNonNull(pupils.get(p5).pupil().getVersion());
            LocalDate started = pupils.get(p5).enrolments().stream().map(e -> e.startDate())
                    .max(LocalDate::compareTo).orElse(today);
            LocalDate on = weekday(today.minusDays(5));
            pupils.recordMove(p5, version, moveTo, on.isAfter(started) ? on : today, EnrolmentEndReason.MOVED_SCHOOL);
            return p5;
        });
        // the head asked to appeal the decline, and the family supports it
        long appeal = as("head" + suffix, () -> appeals.ask(declinedHln,
                "The panel did not see the seizure log kept since September: two emergency calls this term."));
        as(familySenco, () -> {
            int version = appeals.mine().stream().filter(a -> Objects.equals(a.appeal().getId(), appeal))
                    .findFirst().map(a -> Objects.requireNonNull(a.appeal().getVersion())).orElseThrow();
            appeals.respond(appeal, version, true, "The family supports the appeal: the log is new evidence.");
            return appeal;
        });
        // days ago: HLN for the pupil whose AFN the family agreed, and for another; letters due
        long hlnForAfnHolder = as(senco, () -> hlnBid(p4));
        long recentHln = as(senco, () -> hlnBid(p7));
        as(familySenco, () -> {
            forward(hlnForAfnHolder, "Needs have grown beyond AFN: countersigned for the panel.");
            forward(recentHln, "Countersigned: needs met daily by an adult.");
            return 0;
        });
        as(caseworker, () -> {
            long meeting = panels.open(PanelKind.HLN_MAIN, recentPanel).meetingId();
            decidePanel(meeting, hlnForAfnHolder, PanelOutcome.AWARDED, "HLN1",
                    "Needs have grown: HLN 1 from next term in place of AFN.");
            decidePanel(meeting, recentHln, PanelOutcome.AWARDED, "HLN1", "Themes SMP1 and SMP2 at HLN 1.");
            panels.close(meeting);
            return meeting;
        });
        // an interim decision outside the panel, which the next main panel reviews
        as("lead.send" + suffix, () -> interims.decide(new InterimService.InterimRequest(p8,
                InterimGround.SUDDEN_DETERIORATION, "HLN1", new BigDecimal("10987"), today.plusMonths(3),
                "A sudden loss of mobility after surgery: an adult all day until the panel meets.")));
        // today: an HLN bid waits for the panel, an appeal for the appeals panel
        long forwardedToday = as(senco, () -> hlnBid(p1));
        as(familySenco, () -> {
            forward(forwardedToday, "Countersigned: medical needs met daily.");
            return 0;
        });
        as(caseworker, () -> {
            panels.open(PanelKind.HLN_MAIN, today);
            return panels.open(PanelKind.APPEALS, today).meetingId();
        });
        // today: the family meets with two bids, its HLN holders and AFN to return on the agenda
        as(senco, () -> {
            afnBid(p0);
            hlnBid(p9);
            return draft(p2);
        });
        as(familySenco, () -> {
            long meeting = moderation.open(today);
            moderation.addAttendee(meeting, "Alex Marsh", "Family SENCO (chair)");
            return meeting;
        });
    }

    /** Runs a step as a demo user, as a completed sign-in would, restoring whoever was signed in before. */
    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A draft the SENCO has started: the area of need and its key themes chosen, nothing more yet. */
    private long draft(long pupilId) {
        long bidId = wizard.start(pupilId);
        int v = wizard.saveAreas(bidId, version(bidId), Set.of("CI"));
        wizard.saveChoices(bidId, v, List.of(
                new ThemeChoice("CI", "CI1", "AFN", "Needs instructions broken into single steps"),
                new ThemeChoice("CI", "CI2", "CORE", "")));
        return bidId;
    }

    /** An AFN bid under communication and interaction, submitted to the family. */
    private long afnBid(long pupilId) {
        long bidId = wizard.start(pupilId);
        int v = wizard.saveAreas(bidId, version(bidId), Set.of("CI"));
        v = wizard.saveChoices(bidId, v, List.of(
                new ThemeChoice("CI", "CI1", "AFN", "Follows only two-word instructions in class"),
                new ThemeChoice("CI", "CI2", "AFN", "Speech understood by familiar adults only"),
                new ThemeChoice("CI", "CI3", "CORE", "Plays well with one friend")));
        v = wizard.saveFundedProvision(bidId, v, List.of(
                new FundedProvision("Language group three times a week", new BigDecimal("4200")),
                new FundedProvision("Speech and language programme delivered by a TA", new BigDecimal("2200"))));
        v = wizard.saveLevel(bidId, v, "AFN", null);
        v = wizard.saveViews(bidId, v, "We would like her to tell us about her day.", "I like the talking group.",
                null, "");
        wizard.submit(bidId, v);
        return bidId;
    }

    /** A medical HLN 1 bid with its health care plan attached, submitted to the family. */
    private long hlnBid(long pupilId) {
        long bidId = wizard.start(pupilId);
        int v = wizard.saveAreas(bidId, version(bidId), Set.of("SMP"));
        v = wizard.saveChoices(bidId, v, List.of(
                new ThemeChoice("SMP", "SMP1", "HLN1", "Tube fed; rescue medication for seizures"),
                new ThemeChoice("SMP", "SMP2", "HLN1", "Hoisted for personal care twice a day"),
                new ThemeChoice("SMP", "SMP3", "AFN", "Glasses; enlarged print")));
        v = wizard.saveFundedProvision(bidId, v, List.of(
                new FundedProvision("Trained assistant every morning", new BigDecimal("6400"))));
        v = wizard.saveLevel(bidId, v, "HLN1", null);
        v = wizard.saveViews(bidId, v, "He is happiest when he can join in with his class.",
                "I like swimming and the sensory room.", null, "");
        wizard.attach(bidId, AttachmentKind.HEALTH_CARE_PLAN, "Health care plan.pdf", PDF);
        wizard.submit(bidId, version(bidId));
        return bidId;
    }

    private int version(long bidId) {
        return Objects.requireNonNull(bids.open(bidId).bid().getVersion());
    }

    private void forward(long bidId, String reason) {
        family.countersignAndForward(bidId, family.versionForDecision(bidId), reason);
    }

    private void decideBid(long meetingId, long bidId, CaseOutcome outcome, @Nullable String level,
                           @Nullable BigDecimal amount, String reason) {
        int index = moderation.details(meetingId).meeting().indexOfBid(bidId);
        if (index < 0) {
            throw new IllegalStateException("bid " + bidId + " is not on the meeting's agenda");
        }
        moderation.decide(meetingId, index, outcome, level, amount, reason);
    }

    private void decidePanel(long meetingId, long bidId, PanelOutcome outcome, @Nullable String level,
                             String reasons) {
        int index = panels.meeting(meetingId).meeting().indexOfBid(bidId);
        if (index < 0) {
            throw new IllegalStateException("bid " + bidId + " is not on the panel's list");
        }
        panels.decide(meetingId, index, new PanelCase.Decision(outcome, level, null,
                outcome == PanelOutcome.AWARDED ? AllocationPeriod.KEY_STAGE : null, null, reasons));
    }
}
