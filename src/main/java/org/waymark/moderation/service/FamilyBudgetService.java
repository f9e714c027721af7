package org.waymark.moderation.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.domain.FamilyBudget;
import org.waymark.moderation.domain.FamilyBudgetRepository;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.service.CurrentUser;

/**
 * Family budgets: the authority's administrators set each family's AFN and FNF budgets and the
 * contingency per financial year; the family (and the authority) read their own. Changes are
 * audited against the family, and a budget changed by someone else meanwhile is a conflict.
 */
@Service
public class FamilyBudgetService {

    private static final String SUBJECT = "FAMILY";

    private final FamilyBudgetRepository budgets;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    FamilyBudgetService(FamilyBudgetRepository budgets, OrganisationService organisation, CurrentUser currentUser,
                        AuditLog auditLog, Clock clock) {
        this.budgets = budgets;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One family's line on the budget screen: its budget for the year, if one is set. */
    public record FamilyBudgetLine(SchoolFamily family, @Nullable FamilyBudget budget) {
    }

    /** Every family of the administrator's authority with its budget for the year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LA_ADMIN')")
    public List<FamilyBudgetLine> lines(int financialYear) {
        return organisation.familiesOfOwnAuthority().stream()
                .map(f -> new FamilyBudgetLine(f, budgets.findByFamilyIdAndFinancialYear(Objects.requireNonNull(f.id()),
                        financialYear).orElse(null))).toList();
    }

    /**
     * Sets a family's budget for a year. {@code expectedVersion} is the budget's version as shown
     * (null when none was set yet); if it changed meanwhile nothing is written.
     */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public int set(long familyId, int financialYear, @Nullable Integer expectedVersion, BudgetFigures figures) {
        // a family of another authority is not in the list the administrator may set
        SchoolFamily family = organisation.familiesOfOwnAuthority().stream().filter(f -> Objects.equals(f.id(),
                familyId)).findFirst().orElseThrow(() -> {
                    auditLog.recordDenied("SET_BUDGET", SUBJECT, familyId, null);
                    return new org.springframework.security.access.AccessDeniedException("family " + familyId);
                });
        List<Violation> violations = figures.check();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String actor = currentUser.require().username();
        Optional<FamilyBudget> existing = budgets.findByFamilyIdAndFinancialYear(familyId, financialYear);
        if (!Objects.equals(existing.map(FamilyBudget::getVersion).orElse(null), expectedVersion)) {
            throw new ConflictException("budget of family " + familyId + " changed");
        }
        FamilyBudget budget = existing.orElseGet(() -> FamilyBudget.set(familyId, family.localAuthorityId(),
                financialYear, figures, actor, clock.instant()));
        budget.change(figures, actor, clock.instant());
        try {
            FamilyBudget saved = budgets.save(budget);
            auditLog.record("SET_BUDGET", SUBJECT, familyId, financialYear + ": AFN " + figures.afn() + ", FNF "
                    + figures.fnf() + ", contingency " + figures.contingency());
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConflictException("budget of family " + familyId + " changed while saving");
        }
    }

    /** A family's budget for a year, for those who may read the family (its SENCO, the authority). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<BudgetFigures> budgetOf(long familyId, int financialYear) {
        organisation.family(familyId); // refuses callers who may not read the family
        return budgets.findByFamilyIdAndFinancialYear(familyId, financialYear).map(FamilyBudget::figures);
    }
}
