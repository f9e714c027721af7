package org.waymark.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.BidScenarios;
import org.waymark.DemoPupils;
import org.waymark.FundingScenarios;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.EndingReminders;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.BidRepository;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.moderation.service.ModerationService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;

import com.vaadin.flow.component.UI;

/**
 * Notices say what happened in words: a pupil by their name, a level by its name, money as the
 * portal writes it everywhere ("£3,000.00") — never a login name, a level's code ("HLN1",
 * "AFN_LOW", "HLN HLN1") or an untranslated key.
 */
class NoticeWordsKaribuIT extends KaribuTest {

    private static final String LARKFIELD = "Larkfield Primary School";

    @Autowired BidScenarios scenarios;
    @Autowired BidRepository bids;
    @Autowired ModerationService moderation;
    @Autowired ModerationMeetingRepository meetings;
    @Autowired FundingScenarios funding;
    @Autowired DemoPupils demo;
    @Autowired PupilService pupils;
    @Autowired OrganisationService organisation;
    @Autowired EndingReminders reminders;

    /** The reader's notices about a pupil, as their notifications page words them. */
    private List<String> noticesAbout(String reader, String pupilName) {
        login(reader);
        UI.getCurrent().navigate(NotificationsView.class);
        return _get(NotificationsView.class).texts().stream().filter(t -> t.contains(pupilName)).toList();
    }

    private String nameOf(long pupilId) {
        login("senco");
        return pupils.nameOf(pupilId);
    }

    private static void inWords(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("family.senco", "caseworker",
                "AFN_", "HLN1", "HLN HLN", "#", "!{", "{0}", "{1}", "null"));
    }

    @Test
    void an_afn_agreement_tells_the_school_the_level_by_name_and_the_amount_as_money() {
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        String name = nameOf(pupilId);
        login("family.senco");
        long meetingId = moderation.open(today());
        int index = meetings.findById(meetingId).orElseThrow().indexOfBid(bidId);
        moderation.decide(meetingId, index, CaseOutcome.AGREED, "AFN_LOW", new BigDecimal("3000"),
                "Descriptors at AFN in two themes");

        List<String> school = noticesAbout("senco", name);
        assertThat(school).contains("The bid for " + name + " was agreed by the family of schools: AFN low, £3,000.00");
        inWords(school);

        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(NotificationsView.class).texts()).anyMatch(t -> t.contains(name) && t.contains("AFN isel, £3,000.00"));
    }

    @Test
    void asking_a_school_to_review_a_level_names_the_level_or_the_amount_held() {
        long byLevel = demo.pupilWithoutFunding(LARKFIELD);
        String levelName = nameOf(byLevel);
        login("caseworker");
        funding.award(byLevel, FundingStream.HLN, "HLN1", new BigDecimal("10987"), today(),
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.PANEL, 991_000L + byLevel);
        long byAmount = demo.pupilWithoutFunding(LARKFIELD);
        String amountName = nameOf(byAmount);
        login("caseworker");
        funding.award(byAmount, FundingStream.HLN, null, new BigDecimal("12000"), today(),
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.INTERIM, 992_000L + byAmount);

        login("family.senco");
        long meetingId = moderation.open(today());
        var cases = meetings.findById(meetingId).orElseThrow().getCases();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).kind() == CaseKind.HLN_CHECK
                    && (cases.get(i).pupilId() == byLevel || cases.get(i).pupilId() == byAmount)) {
                moderation.decide(meetingId, i, CaseOutcome.REVIEW_ASKED, null, null, "Needs now met at AFN");
            }
        }

        List<String> level = noticesAbout("senco", levelName);
        assertThat(level).contains("The family of schools asks the school to review " + levelName
                + "’s high-level needs funding (HLN 1 (high level needs)): Needs now met at AFN");
        inWords(level);
        List<String> amount = noticesAbout("senco", amountName);
        assertThat(amount).contains("The family of schools asks the school to review " + amountName
                + "’s high-level needs funding (£12,000.00): Needs now met at AFN");
        inWords(amount);
    }

    @Test
    void a_reminder_that_funding_ends_names_the_level_not_its_codes() {
        long pupilId = demo.pupilWithoutFunding(LARKFIELD);
        String name = nameOf(pupilId);
        SchoolCalendar calendar = organisation.calendarOf(demo.authorityOf(pupilId));
        Term current = calendar.termOnOrAfter(today()).orElseThrow();
        LocalDate ends = calendar.termAfter(current.endDate()).orElseThrow().startDate().plusWeeks(2);
        login("caseworker");
        funding.award(pupilId, FundingStream.HLN, "HLN2", new BigDecimal("15979"), today(), AllocationPeriod.CUSTOM,
                ends, AllocationSource.PANEL, 993_000L + pupilId);

        reminders.everyMorning();

        for (String reader : List.of("senco", "head")) {
            List<String> texts = noticesAbout(reader, name);
            assertThat(texts).as(reader).contains("HLN 2 (high level needs) funding for " + name + " ends on "
                    + Dates.DAY_MONTH_YEAR.format(ends) + ": ask again before then if the support is still needed.");
            inWords(texts);
        }
    }
}
