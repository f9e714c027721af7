package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.HoursCost;
import org.waymark.allocations.service.StatementService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.YearGroup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

/**
 * The Scottish council's statements with assistant hours (issue 15, point 6): a school's hours in
 * an ended term pupil by pupil, and the council's hours and cost per school, at the council's
 * hourly rate (hours a week over five, times the rate, times the school days held); the money
 * statement still leaves them out. An English authority's statements show no hours; a school sees
 * only its own (another is refused and audited).
 */
@SuppressWarnings("unchecked")
class HoursStatementsKaribuIT extends KaribuTest {

    static final BigDecimal RATE = new BigDecimal("15.40");

    @Autowired DemoPupils demo;
    @Autowired AllocationRepository allocations;
    @Autowired StatementService statements;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    private long school;
    private long laId;
    private Term spring;
    private SchoolCalendar calendar;
    private Allocation line;

    /** Ten hours a week last spring for a pupil of the Scottish SENCO's school, from its own calendar. */
    @BeforeEach
    void lastSpringsHours() {
        school = demo.schoolId("Kilbrannan Primary School");
        laId = jdbc.sql("SELECT id FROM local_authority WHERE code = 'ARD'").query(Long.class).single();
        login("finance.sc");
        calendar = organisation.calendarOf(laId);
        spring = calendar.terms().stream().filter(t -> t.termName() == TermName.SPRING && t.endDate().isBefore(today()))
                .reduce((a, b) -> b).orElseThrow();
        long pupil = demo.pupilAt("Kilbrannan Primary School");
        line = allocations.findByPupilIdAndStreamOrderByStartDate(pupil, FundingStream.ASN_HOURS).stream()
                .filter(a -> a.getStartDate().equals(spring.startDate())).findFirst()
                .orElseGet(() -> allocations.save(Allocation.open(new Allocation.Holder(laId, pupil, school, null, null,
                                YearGroup.P4), FundingStream.ASN_HOURS, null, BigDecimal.TEN, spring.startDate(),
                        spring.endDate(), new Allocation.Origin(AllocationSource.SCRUTINY, 1, spring.startDate(),
                                "eso.sc", Instant.parse("2026-01-05T10:00:00Z"), "Ten hours"))));
    }

    @Test
    void the_council_and_a_school_see_hours_and_cost_for_an_ended_term() {
        long days = HoursCost.schoolDaysHeld(line, spring.startDate(), spring.endDate(), calendar);
        BigDecimal cost = BigDecimal.TEN.multiply(RATE).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        assertThat(days).isPositive();

        UI.getCurrent().navigate(StatementsView.class);
        Select<Term> term = _get(Select.class, spec -> spec.withId("statement-term"));
        term.setValue(spring);
        Select<org.waymark.organisation.domain.School> schools = _get(Select.class, spec -> spec.withId("statement-school"));
        schools.setValue(schools.getListDataView().getItems().filter(s -> s.id() == school).findFirst().orElseThrow());

        StatementService.HoursStatement hours = statements.schoolHours(school, spring);
        assertThat(hours.lines()).filteredOn(l -> l.allocation().getId().equals(line.getId())).singleElement()
                .satisfies(l -> {
                    assertThat(l.daysHeld()).isEqualTo(days);
                    assertThat(l.hoursInTerm()).isEqualByComparingTo(BigDecimal.TEN.multiply(BigDecimal.valueOf(days))
                            .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP));
                    assertThat(l.cost()).isEqualByComparingTo(cost);
                });
        assertThat(_get(Section.class, spec -> spec.withId("school-hours")).getElement().getTextRecursively())
                .contains("At the council’s hourly rate of £15.40 for an ASN assistant.")
                .contains(org.waymark.base.domain.Money.pounds(hours.totalCost()));
        // the money statement still leaves the hours out
        assertThat(statements.schoolStatement(school, spring).lines())
                .noneMatch(l -> l.share().allocation().getStream() == FundingStream.ASN_HOURS);

        StatementService.CouncilHours council = statements.councilHours(spring);
        assertThat(council.schools()).filteredOn(s -> s.schoolId() == school).singleElement()
                .satisfies(s -> assertThat(s.cost()).isEqualByComparingTo(hours.totalCost()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("council-hours-total")).getText())
                .startsWith("The council’s schools: ").contains(org.waymark.base.domain.Money.pounds(council.totalCost()));
        String csv = new String(statements.councilHoursCsv(council), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("academic_year,term,school,pupils,assistant_hours_in_term,hourly_rate,cost")
                .contains(",Kilbrannan Primary School,").contains(",15.40," + hours.totalCost().toPlainString());
    }

    @Test
    void an_english_authority_shows_no_hours_and_a_school_sees_only_its_own() {
        login("finance");
        UI.getCurrent().navigate(StatementsView.class);
        assertThat(_find(Section.class, spec -> spec.withId("council-hours"))).isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("school-hours"))).isEmpty();

        login("senco.sc");
        assertThat(statements.schoolHours(school, spring).lines()).isNotEmpty();
        long glenarden = demo.schoolId("Glenarden Primary School");
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'senco.sc' AND action = 'READ_STATEMENT'"
                + " AND outcome = 'DENIED'").query(Long.class).single();
        assertThatThrownBy(() -> statements.schoolHours(glenarden, spring)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'senco.sc' AND action = 'READ_STATEMENT'"
                + " AND outcome = 'DENIED'").query(Long.class).single()).isEqualTo(before + 1);
        assertThatThrownBy(() -> statements.councilHours(spring)).isInstanceOf(AccessDeniedException.class);
        // another council's finance officer may not read the school's hours
        login("finance.cy");
        assertThatThrownBy(() -> statements.schoolHours(school, spring)).isInstanceOf(AccessDeniedException.class);
    }
}
