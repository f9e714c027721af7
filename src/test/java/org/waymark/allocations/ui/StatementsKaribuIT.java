package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.StatementService;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

/**
 * Budget effects in arrears: a school's adjustments for an ended term (each allocation's yearly
 * amount shared by school days), and the recoupment statement per home authority, on screen,
 * as CSV and as PDF; a school sees only its own.
 */
class StatementsKaribuIT extends KaribuTest {

    /** The English demo authority's autumn term 2025 (the usual pattern: the first weekday from 2 September). */
    private static final Term AUTUMN_2025 = new Term("2025/26", TermName.AUTUMN, LocalDate.of(2025, 9, 2),
            LocalDate.of(2025, 12, 19));

    @Autowired DemoPupils demo;
    @Autowired AllocationRepository allocations;
    @Autowired StatementService statements;

    private long pupil;
    private long school;

    /** A year-long HLN line last school year, for a pupil another authority is responsible for. */
    @BeforeEach
    void lastYearsAllocation() {
        school = demo.schoolId("Meadowside Special School");
        pupil = demo.pupilAt("Meadowside Special School");
        if (allocations.findByPupilIdOrderByStartDateDesc(pupil).isEmpty()) {
            long laId = context.getBean(org.waymark.organisation.service.OrganisationService.class)
                    .schoolScope(school).localAuthorityId();
            allocations.save(Allocation.open(new Allocation.Holder(laId, pupil, school, null, "Kentshire"),
                    FundingStream.HLN, "HLN1", new BigDecimal("10987"), LocalDate.of(2025, 9, 2),
                    LocalDate.of(2026, 7, 22), new Allocation.Origin(AllocationSource.PANEL, 1, LocalDate.of(2025, 7, 1),
                            "caseworker", Instant.parse("2025-07-01T10:00:00Z"), "HLN 1")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_finance_officer_sees_a_schools_adjustments_and_the_recoupment_for_an_ended_term() throws Exception {
        login("finance");
        UI.getCurrent().navigate(StatementsView.class);
        Select<Term> term = _get(Select.class, spec -> spec.withId("statement-term"));
        term.setValue(term.getListDataView().getItems().filter(t -> t.equals(AUTUMN_2025)).findFirst().orElseThrow());
        Select<org.waymark.organisation.domain.School> schools = _get(Select.class, spec -> spec.withId("statement-school"));
        schools.setValue(schools.getListDataView().getItems().filter(s -> s.id() == school).findFirst().orElseThrow());
        // 79 school days of the year's 210 (79 + 60 + 71: weekdays in term, the May bank holidays out):
        // 10,987 x 79 / 210
        assertThat(_get(Section.class, spec -> spec.withId("school-statement")).getElement().getTextRecursively())
                .contains("Total: £4,133.20");
        assertThat(_get(Section.class, spec -> spec.withId("recoupment")).getElement().getTextRecursively())
                .contains("Kentshire");

        StatementService.Statement statement = statements.schoolStatement(school, AUTUMN_2025);
        assertThat(statement.lines()).filteredOn(l -> l.share().allocation().getPupilId() == pupil)
                .singleElement().satisfies(l -> {
                    assertThat(l.share().daysHeld()).isEqualTo(79);
                    assertThat(l.share().daysInYear()).isEqualTo(210);
                    assertThat(l.share().amount()).isEqualByComparingTo("4133.20");
                });
        String csv = new String(statements.csv(statement), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("statement,academic_year,term,pupil,school,home_authority,stream,level,")
                .contains(",Kentshire,HLN,HLN1,10987.00,2025-09-02,2026-07-22,79,210,4133.20");
        List<StatementService.Statement> recoupment = statements.recoupment(AUTUMN_2025);
        assertThat(recoupment).extracting(StatementService.Statement::title).contains("Kentshire");
        String pdf = org.waymark.PdfText.of(statements.pdf(recoupment, "statement.recoupTitle", Locale.ENGLISH));
        assertThat(pdf).contains("Recoupment from other authorities", "Kentshire", "£4,133.20", "Page 1 of 1");
        String welsh = org.waymark.PdfText.of(statements.pdf(List.of(statement), "statement.schoolTitle",
                Locale.forLanguageTag("cy")));
        assertThat(welsh).contains("Addasiadau ar gyfer yr ysgol", "Tymor yr hydref", "Cyfanswm: £4,133.20");
    }

    @Test
    void a_term_not_ended_is_refused_and_a_school_sees_only_its_own() {
        login("finance");
        var organisation = context.getBean(org.waymark.organisation.service.OrganisationService.class);
        Term current = organisation.calendarOf(organisation.schoolScope(school).localAuthorityId())
                .termOnOrAfter(today()).orElseThrow();
        assertThatThrownBy(() -> statements.schoolStatement(school, current))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        login("senco");
        assertThat(statements.schoolStatement(demo.schoolId("Larkfield Primary School"), AUTUMN_2025)).isNotNull();
        assertThatThrownBy(() -> statements.schoolStatement(school, AUTUMN_2025))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.recoupment(AUTUMN_2025)).isInstanceOf(AccessDeniedException.class);
        login("finance.cy");
        assertThatThrownBy(() -> statements.schoolStatement(school, AUTUMN_2025))
                .isInstanceOf(AccessDeniedException.class);
    }
}
