package org.waymark.allocations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.service.AllocationService;
import org.waymark.allocations.service.StatementService;
import org.waymark.organisation.domain.Term;
import org.waymark.pupils.service.PupilService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;

/**
 * Recoupment through the ledger: a pupil looked after by another authority is recouped from it
 * (the ledger says so in words, on the list and the child's funding page, and the recoupment
 * statement has a page for it); a pupil recorded with the authority's own name, typed loosely,
 * is not.
 */
class RecoupmentKaribuIT extends KaribuTest {

    private static final String SCHOOL = "Thornbury Downs Infant and Junior School";
    /** An authority of the UK list (issue 20 point 6): stored by code, recouped from by name. */
    private static final String BRACKENMOOR = "Coventry";
    private static final String COVENTRY_CODE = "331";

    @Autowired AllocationService ledger;
    @Autowired org.waymark.allocations.domain.AllocationRepository ledgerLines;
    @Autowired StatementService statements;
    @Autowired PupilService pupils;
    @Autowired org.waymark.FundingScenarios funding;
    @Autowired JdbcClient jdbc;

    /** Two pupils of the school with no funding, bids or parents linked, newest first. */
    private List<Long> twoFreshPupils() {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :s"
                        + " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM bid b WHERE b.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 2")
                .param("s", SCHOOL).query(Long.class).list();
    }

    /** An interim HLN award running through an ended term, so the term's statements include it. */
    private Allocation fundThrough(long pupilId, Term term) {
        context.publishEvent(funding.decision(pupilId, FundingStream.HLN, "HLN1", new BigDecimal("10987"),
                term.startDate(), AllocationPeriod.CUSTOM, term.endDate(), AllocationSource.INTERIM, 1)
                .startingOn(term.startDate()));
        return ledgerLines.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.HLN).getLast();
    }

    @Test
    void a_child_looked_after_by_another_authority_is_recouped_from_it_and_the_authority_looking_after_decides() {
        List<Long> fresh = twoFreshPupils();
        long lookedAfter = fresh.get(0);
        long ownName = fresh.get(1);
        jdbc.sql("UPDATE pupil SET looked_after = TRUE, looked_after_by = :by, home_authority = NULL WHERE id = :id")
                .param("by", COVENTRY_CODE).param("id", lookedAfter).update();
        // no other authority recorded: the funding authority is responsible, nobody is recouped
        jdbc.sql("UPDATE pupil SET looked_after = FALSE, looked_after_by = NULL, home_authority = NULL WHERE id = :id")
                .param("id", ownName).update();

        login("caseworker");
        Term term = statements.endedTerms().getFirst();
        Allocation recouped = fundThrough(lookedAfter, term);
        Allocation notRecouped = fundThrough(ownName, term);
        assertThat(recouped.getRecoupFrom()).isEqualTo(BRACKENMOOR);
        assertThat(notRecouped.getRecoupFrom()).isNull();
        String lookedAfterName = pupils.nameOf(lookedAfter);
        String ownNameName = pupils.nameOf(ownName);

        // the ledger names the authority in words, only on the looked-after child's line
        login("finance");
        UI.getCurrent().navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        Grid<LedgerDirectory.LedgerRow> grid = _get(Grid.class, spec -> spec.withId("ledger"));
        List<LedgerDirectory.LedgerRow> rows = GridKt._fetch(grid, 0, 10_000);
        int recoupedRow = indexOf(rows, recouped);
        int notRecoupedRow = indexOf(rows, notRecouped);
        assertThat(GridKt._getFormattedRow(grid, recoupedRow)).contains("Recouped from " + BRACKENMOOR);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, notRecoupedRow))).doesNotContain("Recouped");

        // so does the child's own funding page
        UI.getCurrent().navigate(PupilAllocationsView.class, new RouteParameters("pupilId", String.valueOf(lookedAfter)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("allocation-recoup-" + recouped.getId())).getText())
                .isEqualTo("Recouped from " + BRACKENMOOR);
        UI.getCurrent().navigate(PupilAllocationsView.class, new RouteParameters("pupilId", String.valueOf(ownName)));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withId("allocation-recoup-" + notRecouped.getId()))).isEmpty();

        // the recoupment statement: a page for the looked-after child's authority, none for the own name
        List<StatementService.Statement> recoupment = statements.recoupment(term);
        assertThat(recoupment).filteredOn(s -> s.title().equals(BRACKENMOOR)).singleElement()
                .satisfies(s -> assertThat(s.lines()).extracting(StatementService.Line::pupilName)
                        .contains(lookedAfterName));
        assertThat(recoupment).extracting(StatementService.Statement::title)
                .noneMatch(t -> t.trim().equalsIgnoreCase("Wealdshire County Council"));
        assertThat(recoupment).flatExtracting(StatementService.Statement::lines)
                .extracting(StatementService.Line::pupilName).doesNotContain(ownNameName);
    }

    private static int indexOf(List<LedgerDirectory.LedgerRow> rows, Allocation line) {
        for (int i = 0; i < rows.size(); i++) {
            if (Objects.equals(rows.get(i).allocationId(), line.getId())) {
                return i;
            }
        }
        throw new AssertionError("line " + line.getId() + " is not on the ledger");
    }
}
