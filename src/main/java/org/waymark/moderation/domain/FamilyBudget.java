package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A family's budgets for one financial year: AFN (top-up agreed by the family for its pupils)
 * and FNF (the family's own needs: training, Family SENCO time, transition support), and the
 * contingency it must keep for pending HLN decisions and pupils arriving during the year.
 */
public class FamilyBudget {

    @Id
    private @Nullable Long id;
    private final long familyId;
    private final long localAuthorityId;
    private final int financialYear;
    private BigDecimal afnBudget;
    private BigDecimal fnfBudget;
    private BigDecimal contingency;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    FamilyBudget(@Nullable Long id, long familyId, long localAuthorityId, int financialYear, BigDecimal afnBudget,
                 BigDecimal fnfBudget, BigDecimal contingency, Instant updatedAt, String updatedBy,
                 @Nullable Integer version) {
        this.id = id;
        this.familyId = familyId;
        this.localAuthorityId = localAuthorityId;
        this.financialYear = financialYear;
        this.afnBudget = afnBudget;
        this.fnfBudget = fnfBudget;
        this.contingency = contingency;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    public static FamilyBudget set(long familyId, long localAuthorityId, int financialYear, BudgetFigures figures,
                                   String actor, Instant now) {
        return new FamilyBudget(null, familyId, localAuthorityId, financialYear, pence(figures.afn()),
                pence(figures.fnf()), pence(figures.contingency()), now, actor, null);
    }

    public void change(BudgetFigures figures, String actor, Instant now) {
        afnBudget = pence(figures.afn());
        fnfBudget = pence(figures.fnf());
        contingency = pence(figures.contingency());
        updatedAt = now;
        updatedBy = actor;
    }

    public BudgetFigures figures() {
        return new BudgetFigures(afnBudget, fnfBudget, contingency);
    }

    private static BigDecimal pence(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getFamilyId() {
        return familyId;
    }

    public long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
