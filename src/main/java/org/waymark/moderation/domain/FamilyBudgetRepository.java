package org.waymark.moderation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface FamilyBudgetRepository extends ListCrudRepository<FamilyBudget, Long> {

    @Query("SELECT * FROM family_budget WHERE family_id = :familyId AND financial_year = :financialYear")
    Optional<FamilyBudget> findByFamilyIdAndFinancialYear(long familyId, int financialYear);

    List<FamilyBudget> findByLocalAuthorityIdAndFinancialYear(long localAuthorityId, int financialYear);
}
