package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.service.StatementService;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

/**
 * FNF the family agreed — for the family as a whole or for one pupil — is in the family's
 * statement for each ended term, beside the AFN its pupils held; the Family SENCO reads their own
 * family's statement and its schools', nobody else's.
 */
class FamilyStatementKaribuIT extends KaribuTest {

    /** The English demo authority's autumn term 2025. */
    private static final Term AUTUMN_2025 = new Term("2025/26", TermName.AUTUMN, LocalDate.of(2025, 9, 2),
            LocalDate.of(2025, 12, 19));

    @Autowired DemoPupils demo;
    @Autowired StatementService statements;
    @Autowired JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_family_senco_reads_the_familys_fnf_in_its_statement() {
        long familyId = demo.familyOf("Larkfield Primary School");
        long pupilId = demo.pupilWithoutFunding("St Aidan's CE Primary School");
        long laId = demo.authorityOf(pupilId);
        login("family.senco");
        // agreed at a meeting on the first day of autumn 2025: family money, and transition support for one pupil
        context.publishEvent(FundingDecided.familyMoney(laId, familyId, null, "FAMILY_SENCO_TIME",
                new BigDecimal("5400"), AUTUMN_2025.startDate(), 91_001L, "18 half days of Family SENCO time"));
        context.publishEvent(FundingDecided.familyMoney(laId, familyId, pupilId, "TRANSITION_SUPPORT",
                new BigDecimal("1200"), AUTUMN_2025.startDate(), 91_001L, "Visits to the new school"));

        UI.getCurrent().navigate(StatementsView.class);
        Select<Term> term = _get(Select.class, spec -> spec.withId("statement-term"));
        term.setValue(term.getListDataView().getItems().filter(t -> t.equals(AUTUMN_2025)).findFirst().orElseThrow());
        Select<SchoolFamily> family = _get(Select.class, spec -> spec.withId("statement-family"));
        assertThat(family.getListDataView().getItems().map(SchoolFamily::id).toList()).containsExactly(familyId);
        assertThat(_get(Section.class, spec -> spec.withId("family-statement")).getElement().getTextRecursively())
                .contains("Ashbourne Vale Family — Total:");
        Grid<StatementService.Line> grid = _get(Grid.class,
                spec -> spec.withId("family-statement-grid-Ashbourne-Vale-Family"));
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
        String pupilName = context.getBean(org.waymark.pupils.service.PupilService.class).nameOf(pupilId);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Ashbourne Vale Family | ").contains("FNF",
                "£5,400.00"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(pupilName + " | St Aidan's CE Primary School")
                .contains("FNF", "£1,200.00"));

        StatementService.Statement statement = statements.familyStatement(familyId, AUTUMN_2025);
        assertThat(statement.lines()).filteredOn(l -> l.share().allocation().getSourceId() == 91_001L).hasSize(2)
                .allSatisfy(l -> assertThat(l.share().amount()).isPositive());
        assertThat(statement.total()).isEqualByComparingTo(statement.lines().stream().map(l -> l.share().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void only_the_familys_senco_and_the_authority_read_a_family_statement() {
        long familyId = demo.familyOf("Larkfield Primary School");
        long otherFamily = demo.familyOf("Kestrel Brook Primary School");
        login("family.senco");
        assertThatThrownBy(() -> statements.familyStatement(otherFamily, AUTUMN_2025))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.schoolStatement(demo.schoolId("Kestrel Brook Primary School"),
                AUTUMN_2025)).isInstanceOf(AccessDeniedException.class);
        assertThat(statements.schoolStatement(demo.schoolId("St Aidan's CE Primary School"), AUTUMN_2025).title())
                .isEqualTo("St Aidan's CE Primary School");
        login("senco");
        assertThatThrownBy(() -> statements.familyStatement(familyId, AUTUMN_2025))
                .isInstanceOf(AccessDeniedException.class);
        login("family.senco.cy");
        assertThatThrownBy(() -> statements.familyStatement(familyId, AUTUMN_2025))
                .isInstanceOf(AccessDeniedException.class);
        login("finance");
        assertThat(statements.familyStatement(familyId, AUTUMN_2025).title()).isEqualTo("Ashbourne Vale Family");
    }
}
