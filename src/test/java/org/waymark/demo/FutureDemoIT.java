package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.BidScenarios;
import org.waymark.SignIn;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.BankHolidayCalendar;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.moderation.service.ModerationService;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.service.PanelService;
import org.waymark.security.service.AccountService;

/**
 * The demo started five years after the tests' pinned date (its own application and database):
 * the demo data loads with terms and bank holidays around that day, and a whole AFN bid and a
 * whole HLN bid reach the ledger from the next term, as on the first day of the release.
 */
@SpringBootTest(properties = {
        // the tests' pinned 2026-11-18 plus five years: a Tuesday of the autumn term 2031/32
        "waymark.clock.start=2031-11-18T10:00:00Z",
        "spring.datasource.url=jdbc:h2:mem:waymark-future;MODE=MySQL;DB_CLOSE_DELAY=-1",
        // the demo start-up in full: the scheme's work in flight is made through the services too
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class FutureDemoIT {

    @Autowired Clock clock;
    @Autowired AccountService accounts;
    @Autowired BidScenarios scenarios;
    @Autowired BidRepository bids;
    @Autowired ModerationService moderation;
    @Autowired ModerationMeetingRepository moderationMeetings;
    @Autowired PanelService panels;
    @Autowired PanelMeetingRepository panelMeetings;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired LocalAuthorityRepository authorities;
    @Autowired BankHolidayRepository bankHolidays;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_loads_around_today() {
        LocalDate today = LocalDate.now(clock);
        assertThat(today).isEqualTo(LocalDate.of(2031, 11, 18));
        for (String code : List.of("WLD", "GLM", "ARD")) {
            LocalAuthority authority = authorities.findByCode(code).orElseThrow();
            SchoolCalendar calendar = organisation.calendarOf(Objects.requireNonNull(authority.getId()));
            assertThat(calendar.termContaining(today)).map(Term::academicYear).contains("2031/32");
            assertThat(calendar.termContaining(today)).map(Term::termName).contains(TermName.AUTUMN);
            // four academic years either side
            assertThat(calendar.terms().getFirst().academicYear()).isEqualTo("2027/28");
            assertThat(calendar.terms().getLast().academicYear()).isEqualTo("2035/36");
        }
        // bank holidays for the generated years, beyond the published calendars the migration holds
        for (BankHolidayCalendar calendar : BankHolidayCalendar.values()) {
            assertThat(bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(calendar,
                    LocalDate.of(2035, 1, 1), LocalDate.of(2036, 12, 31))).extracting(h -> h.name())
                    .contains("Good Friday", "Christmas Day");
        }
        assertThat(bankHolidays.findByCalendarAndHolidayDateBetweenOrderByHolidayDate(BankHolidayCalendar.SCOTLAND,
                LocalDate.of(2031, 12, 1), LocalDate.of(2031, 12, 1))).extracting(h -> h.name())
                .containsExactly("St Andrew's Day (substitute day)");
    }

    @Test
    void an_afn_bid_and_an_hln_bid_reach_the_ledger_from_the_next_term() {
        LocalDate today = LocalDate.now(clock);
        // the school SENCO starts, fills and submits both bids
        long afnBid = scenarios.submittedAfn();
        long hlnBid = scenarios.submittedHln();
        Bid afn = bids.findById(afnBid).orElseThrow();
        Bid hln = bids.findById(hlnBid).orElseThrow();
        assertThat(afn.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(hln.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        SchoolCalendar calendar = organisation.calendarOf(afn.getLocalAuthorityId());

        // the Family SENCO's moderation meeting: agrees the AFN, forwards the HLN bid
        SignIn.as(accounts, "family.senco");
        long meetingId = moderation.open(today);
        var meeting = moderationMeetings.findById(meetingId).orElseThrow();
        int afnCase = meeting.indexOfBid(afnBid);
        int hlnCase = meeting.indexOfBid(hlnBid);
        assertThat(afnCase).isNotNegative();
        assertThat(hlnCase).isNotNegative();
        moderation.decide(meetingId, afnCase, CaseOutcome.AGREED, "AFN_LOW", new BigDecimal("3000"),
                "AFN descriptors in two themes");
        moderation.decide(meetingId, hlnCase, CaseOutcome.FORWARDED, null, null, "HLN 1 fits; medical needs all day");
        assertThat(bids.findById(afnBid).orElseThrow().getStatus()).isEqualTo(BidStatus.AGREED);
        assertThat(bids.findById(hlnBid).orElseThrow().getStatus()).isEqualTo(BidStatus.FORWARDED);

        // AFN: from the spring term 2032 (4 January a Sunday) to the end of the school year
        Allocation afnLine = allocations.findByPupilIdAndStreamOrderByStartDate(afn.getPupilId(), FundingStream.AFN)
                .getLast();
        assertThat(afnLine.getSource()).isEqualTo(AllocationSource.MODERATION);
        assertThat(afnLine.getAmount()).isEqualByComparingTo("3000");
        assertThat(afnLine.getStartDate()).isEqualTo(LocalDate.of(2032, 1, 5));
        assertThat(afnLine.getEndDate()).isEqualTo(LocalDate.of(2032, 7, 22));

        // the authority's HLN main panel lists the forwarded bid and awards HLN 1 to the key stage's end
        SignIn.as(accounts, "caseworker");
        long panelMeeting = panels.open(PanelKind.HLN_MAIN, today).meetingId();
        var cases = panelMeetings.findById(panelMeeting).orElseThrow().getCases();
        int panelCase = IntStream.range(0, cases.size()).filter(i -> Objects.equals(cases.get(i).bidId(), hlnBid))
                .findFirst().orElseThrow();
        panels.decide(panelMeeting, panelCase, new PanelCase.Decision(PanelOutcome.AWARDED, "HLN1", null,
                AllocationPeriod.KEY_STAGE, null, "Medical descriptors at HLN 1 in two themes"));
        assertThat(bids.findById(hlnBid).orElseThrow().getStatus()).isEqualTo(BidStatus.DECIDED);

        Allocation hlnLine = allocations.findByPupilIdAndStreamOrderByStartDate(hln.getPupilId(), FundingStream.HLN)
                .getLast();
        assertThat(hlnLine.getSource()).isEqualTo(AllocationSource.PANEL);
        assertThat(hlnLine.getAmount()).isEqualByComparingTo("10987");
        assertThat(hlnLine.getStartDate()).isEqualTo(LocalDate.of(2032, 1, 5));
        // a primary pupil's key stage ends with a summer term the calendar holds (not a guessed 31 August),
        // at most four school years on
        List<LocalDate> summerEnds = calendar.terms().stream().filter(t -> t.termName() == TermName.SUMMER)
                .map(Term::endDate).toList();
        assertThat(hlnLine.getEndDate()).isIn(summerEnds).isAfter(hlnLine.getStartDate())
                .isBeforeOrEqualTo(LocalDate.of(2035, 7, 31));
    }
}
