package org.waymark.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.Dates;
import org.waymark.KaribuTest;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.domain.FamilyBudgetRepository;
import org.waymark.moderation.service.FamilyBudgetService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** Authority administrators set each family's yearly budgets; others are refused. */
class FamilyBudgetsKaribuIT extends KaribuTest {

    @Autowired FamilyBudgetService service;
    @Autowired FamilyBudgetRepository repository;
    @Autowired JdbcClient jdbc;

    private long family(String name) {
        return jdbc.sql("SELECT id FROM school_family WHERE name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void an_administrator_sets_next_years_budget_and_bad_figures_are_refused_on_their_field() {
        int next = Dates.financialYearOf(today()) + 1;
        long familyId = family("Thornbury Downs Family");
        repository.findByFamilyIdAndFinancialYear(familyId, next).ifPresent(repository::delete);
        login("admin");
        UI.getCurrent().navigate(FamilyBudgetsView.class);
        FamilyBudgetsView view = _get(FamilyBudgetsView.class);
        view.year.setValue(next);
        BigDecimalField[] fields = _get(FamilyBudgetsView.class).fields.get(familyId);
        fields[0].setValue(new BigDecimal("150000"));
        fields[1].setValue(new BigDecimal("40000"));
        fields[2].setValue(new BigDecimal("200000"));
        _click(_get(Button.class, spec -> spec.withId("save-budget-" + familyId)));
        assertThat(fields[2].isInvalid()).isTrue();
        assertThat(fields[2].getErrorMessage()).isEqualTo("The contingency cannot be more than the two budgets together (£190,000).");
        assertThat(repository.findByFamilyIdAndFinancialYear(familyId, next)).isEmpty();
        assertThat(org.waymark.OpenNotices.successes()).isEmpty();
        assertThat(org.waymark.OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");

        fields[2].setValue(new BigDecimal("20000"));
        _click(_get(Button.class, spec -> spec.withId("save-budget-" + familyId)));
        // the refusal is gone and the success is said alone
        assertThat(org.waymark.OpenNotices.texts()).containsExactly("The budget is saved");
        var saved = repository.findByFamilyIdAndFinancialYear(familyId, next).orElseThrow();
        assertThat(saved.figures().afn()).isEqualByComparingTo("150000");
        assertThat(saved.figures().contingency()).isEqualByComparingTo("20000");
        assertThat(saved.getUpdatedBy()).isEqualTo("admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'SET_BUDGET' AND subject_id = :id")
                .param("id", String.valueOf(familyId)).query(Long.class).single()).isPositive();
    }

    @Test
    void a_budget_changed_meanwhile_is_a_conflict_and_is_not_overwritten() {
        int year = Dates.financialYearOf(today());
        long familyId = family("Ashbourne Vale Family");
        login("admin");
        UI.getCurrent().navigate(FamilyBudgetsView.class);
        FamilyBudgetsView view = _get(FamilyBudgetsView.class);
        int version = repository.findByFamilyIdAndFinancialYear(familyId, year).orElseThrow().getVersion();
        service.set(familyId, year, version, new BudgetFigures(new BigDecimal("170000"), new BigDecimal("48000"),
                new BigDecimal("25000")));
        view.fields.get(familyId)[0].setValue(new BigDecimal("1"));
        _click(_get(Button.class, spec -> spec.withId("save-budget-" + familyId)));
        assertThat(repository.findByFamilyIdAndFinancialYear(familyId, year).orElseThrow().figures().afn())
                .isEqualByComparingTo("170000");
    }

    @Test
    void only_the_authoritys_administrators_set_budgets_and_a_family_reads_only_its_own() {
        int year = Dates.financialYearOf(today());
        long own = family("Ashbourne Vale Family");
        long other = family("Thornbury Downs Family");
        BudgetFigures figures = new BudgetFigures(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE);
        login("senco");
        assertThatThrownBy(() -> UI.getCurrent().navigate(FamilyBudgetsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> service.set(own, year, null, figures)).isInstanceOf(AccessDeniedException.class);
        login("admin.cy"); // another authority's administrator
        assertThatThrownBy(() -> service.set(own, year, null, figures)).isInstanceOf(AccessDeniedException.class);
        login("family.senco");
        assertThat(service.budgetOf(own, year)).isPresent();
        assertThatThrownBy(() -> service.budgetOf(other, year)).isInstanceOf(AccessDeniedException.class);
    }
}
