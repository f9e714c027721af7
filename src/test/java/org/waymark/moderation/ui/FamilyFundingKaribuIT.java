package org.waymark.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.Dates;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.FnfPurpose;
import org.waymark.moderation.domain.MeetingCase;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.moderation.service.ModerationService;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.service.InterimService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.service.PupilService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/**
 * The family's money and its HLN holders come from the allocation ledger: every live HLN line of
 * the family's pupils is checked at its meeting (interim awards and pupils who moved in too,
 * expired awards not); FNF agreed in a meeting is family money in the ledger, for the family or
 * for one named pupil; AFN held by a pupil the authority has since awarded HLN is returned, and
 * the family's budget shows it back.
 */
class FamilyFundingKaribuIT extends KaribuTest {

    private static final String LARKFIELD = "Larkfield Primary School";

    @Autowired DemoPupils demo;
    @Autowired org.waymark.allocations.service.FamilyFundingService familyFunding;
    @Autowired org.waymark.FundingScenarios funding;
    @Autowired org.waymark.BidScenarios scenarios;
    @Autowired org.waymark.bids.domain.BidRepository bids;
    @Autowired org.waymark.bids.service.BidModerationService family;
    @Autowired ModerationService moderation;
    @Autowired org.waymark.moderation.service.FamilyMoneyService familyMoney;
    @Autowired ModerationMeetingRepository meetings;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired InterimService interims;
    @Autowired PupilService pupils;
    @Autowired JdbcClient jdbc;

    /** The last term that has started. */
    private Term current(long laId) {
        return organisation.calendarOf(laId).terms().stream().filter(t -> !t.startDate().isAfter(today()))
                .reduce((a, b) -> b).orElseThrow();
    }

    private void decide(long pupilId, FundingStream stream, String level, String amount, LocalDate decidedOn,
                        AllocationSource source, long sourceId) {
        funding.award(pupilId, stream, level, new BigDecimal(amount), decidedOn, AllocationPeriod.ACADEMIC_YEAR, null,
                source, sourceId);
    }

    private List<Long> holdersOnTheAgenda(long meetingId) {
        return meetings.findById(meetingId).orElseThrow().getCases().stream()
                .filter(c -> c.kind() == CaseKind.HLN_CHECK).map(MeetingCase::pupilId).toList();
    }

    @Test
    void the_hln_holders_checked_at_a_meeting_come_from_the_ledger() {
        long laId = demo.authorityOf(demo.pupilWithoutFunding(LARKFIELD));
        Term current = current(laId);
        // an interim award, with no bid behind it
        long interimPupil = demo.pupilWithoutFunding(LARKFIELD);
        login("lead.send");
        interims.decide(new InterimService.InterimRequest(interimPupil,
                org.waymark.panels.domain.InterimGround.TRIBUNAL_ORDER, "HLN1", new BigDecimal("10987"),
                today().plusMonths(2), "Tribunal order: an adult all day"));
        // a pupil of another family with HLN since this term began, who moves into the family
        long movedIn = demo.pupilWithoutFunding("Kestrel Brook Primary School");
        login("caseworker");
        decide(movedIn, FundingStream.HLN, "HLN2", "15979", current.startDate().minusDays(3), AllocationSource.PANEL,
                333_000L + movedIn);
        login("eso");
        pupils.recordMove(movedIn, Objects.requireNonNull(pupils.get(movedIn).pupil().getVersion()),
                demo.schoolId("St Aidan's CE Primary School"), today(), EnrolmentEndReason.MOVED_SCHOOL);
        // an award that ran out before this term: not checked any more
        long expired = demo.pupilWithoutFunding(LARKFIELD);
        login("caseworker");
        decide(expired, FundingStream.HLN, "HLN1", "10987", current.startDate().minusYears(2), AllocationSource.PANEL,
                222_000L + expired);
        assertThat(allocations.findByPupilIdAndStreamOrderByStartDate(expired, FundingStream.HLN))
                .allSatisfy(a -> assertThat(a.getEndDate()).isBefore(today()));

        login("family.senco");
        UI.getCurrent().navigate(ModerationListView.class);
        click("open-meeting");
        // the meeting the click opened: the newest (another test's meeting may be dated later than today)
        long meetingId = meetings.findByFamilyIdOrderByMeetingDateDescIdDesc(demo.familyOf(LARKFIELD)).stream()
                .mapToLong(m -> Objects.requireNonNull(m.getId())).max().orElseThrow();
        assertThat(holdersOnTheAgenda(meetingId)).contains(interimPupil, movedIn).doesNotContain(expired)
                .doesNotHaveDuplicates();
        // the meeting shows the holder who moved in by name, at the school they are at now
        int index = meetings.findById(meetingId).orElseThrow().getCases().stream().map(MeetingCase::pupilId)
                .toList().indexOf(movedIn);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-" + index))
                .getElement().getTextRecursively()).contains(pupils.nameOf(movedIn))
                .contains("St Aidan's CE Primary School").contains("HLN 2").doesNotContain("HLN2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fnf_agreed_in_a_meeting_is_family_money_in_the_ledger_for_the_family_or_one_pupil() {
        long pupilId = demo.pupilWithoutFunding(LARKFIELD);
        long familyId = demo.familyOf(LARKFIELD);
        login("family.senco");
        long meetingId = moderation.open(today());
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
        int linesBefore = allocations.findByFamilyIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(familyId,
                FundingStream.FNF, today()).size();

        // for the whole family
        this.<FnfPurpose>select("fnf-purpose").setValue(FnfPurpose.TRAINING);
        _get(BigDecimalField.class, spec -> spec.withId("fnf-amount")).setValue(new BigDecimal("1500"));
        _get(TextField.class, spec -> spec.withId("fnf-note")).setValue("Attachment training for all TAs");
        click("fnf-add");
        // for one named pupil: transition support
        this.<FnfPurpose>select("fnf-purpose").setValue(FnfPurpose.TRANSITION_SUPPORT);
        _get(BigDecimalField.class, spec -> spec.withId("fnf-amount")).setValue(new BigDecimal("900"));
        _get(TextField.class, spec -> spec.withId("fnf-note")).setValue("Visits to the secondary school");
        ComboBox<org.waymark.pupils.domain.PupilRow> pupil = _get(ComboBox.class, spec -> spec.withId("fnf-pupil"));
        String name = pupils.nameOf(pupilId);
        String lastName = jdbc.sql("SELECT last_name FROM pupil WHERE id = :id").param("id", pupilId)
                .query(String.class).single();
        pupil.setValue(familyMoney.pupilsOfMyFamily(lastName, 0, 50).stream().filter(r -> r.id() == pupilId)
                .findFirst().orElseThrow());
        click("fnf-add");

        List<Allocation> fnf = allocations.findByFamilyIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(familyId,
                FundingStream.FNF, today());
        assertThat(fnf).hasSize(linesBefore + 2);
        assertThat(fnf).filteredOn(a -> a.getSourceId() == meetingId).satisfiesExactlyInAnyOrder(
                family -> {
                    assertThat(family.getPupilId()).isNull();
                    assertThat(family.getSchoolId()).isNull();
                    assertThat(family.getAmount()).isEqualByComparingTo("1500");
                    assertThat(family.getSource()).isEqualTo(AllocationSource.FAMILY);
                    assertThat(family.getStartDate()).isEqualTo(today());
                },
                one -> {
                    assertThat(one.getPupilId()).isEqualTo(pupilId);
                    assertThat(one.getAmount()).isEqualByComparingTo("900");
                    assertThat(one.getLevel()).isEqualTo("TRANSITION_SUPPORT");
                });
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("fnf-section"))
                .getElement().getTextRecursively()).contains("for " + name);

        // the ledger names what the money is for, in words
        UI.getCurrent().navigate(org.waymark.allocations.ui.LedgerView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> ledger = _get(com.vaadin.flow.component.grid.Grid.class);
        List<String> rows = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(ledger))
                .mapToObj(i -> String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(ledger, i)))
                .toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(name, "FNF Transition support"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("FNF Training"));

        // a pupil of another family is refused, and nothing is recorded
        long other = demo.pupilWithoutFunding("Kestrel Brook Primary School");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> familyMoney.allocateFnf(meetingId,
                FnfPurpose.TRANSITION_SUPPORT, new BigDecimal("100"), "Not ours", other)))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        assertThat(allocations.findByPupilIdAndStreamOrderByStartDate(other, FundingStream.FNF)).isEmpty();
    }

    @Test
    void afn_held_by_a_pupil_now_awarded_hln_is_returned_and_the_budget_shows_it_back() {
        // the family agrees AFN on a bid today (from next term); the authority then awards HLN from next term
        long bidId = scenarios.submittedAfn();
        long pupilId = bids.findById(bidId).orElseThrow().getPupilId();
        login("family.senco");
        family.agree(bidId, family.versionForDecision(bidId), "AFN_MEDIUM", new BigDecimal("4500"),
                "Two key themes at AFN");
        Allocation afn = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).getLast();
        long noticesBefore = jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'family.senco'"
                + " AND message_key = 'notice.funding.returnAfn'").query(Long.class).single();
        login("caseworker");
        decide(pupilId, FundingStream.HLN, "HLN1", "10987", today(), AllocationSource.PANEL, 112_000L + pupilId);
        LocalDate hlnStart = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getLast()
                .getStartDate();
        // the family is asked to return it
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = 'family.senco'"
                + " AND message_key = 'notice.funding.returnAfn'").query(Long.class).single())
                .isEqualTo(noticesBefore + 1);

        // another authority's Family SENCO may neither see nor return it
        login("family.senco.cy");
        long afnId = Objects.requireNonNull(afn.getId());
        long familyId = demo.familyOf(LARKFIELD);
        assertThatThrownBy(() -> familyFunding.returnAfn(afnId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> familyFunding.afnToReturn(familyId, today())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> familyFunding.highNeedsOfFamily(familyId, today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(allocations.findById(afnId).orElseThrow().getEndReason()).isNull();

        login("family.senco");
        long meetingId = moderation.open(today());
        BigDecimal allocatedBefore = moderation.details(meetingId).budget().afn().allocated();
        var due = moderation.details(meetingId).afnToReturn().stream().filter(r -> r.pupilId() == pupilId)
                .findFirst().orElseThrow();
        // both start next term: the AFN never runs, all of it comes back
        assertThat(hlnStart).isEqualTo(afn.getStartDate());
        assertThat(due.share()).isEqualByComparingTo("4500");
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters("meetingId", String.valueOf(meetingId)));
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("afn-to-return"))
                .getElement().getTextRecursively()).contains(pupils.nameOf(pupilId), "£4,500.00");
        click("return-afn-" + afn.getId());

        Allocation returned = allocations.findById(Objects.requireNonNull(afn.getId())).orElseThrow();
        assertThat(returned.ranNever()).isTrue();
        assertThat(returned.getEndReason()).isEqualTo(AllocationEnd.RETURNED_FOR_HLN);
        assertThat(returned.getReturnedAmount()).isEqualByComparingTo("4500");
        BigDecimal allocatedAfter = moderation.details(meetingId).budget().afn().allocated();
        assertThat(allocatedBefore.subtract(allocatedAfter)).isEqualByComparingTo("4500");
        assertThat(moderation.details(meetingId).afnToReturn()).noneMatch(r -> r.pupilId() == pupilId);
    }
}
