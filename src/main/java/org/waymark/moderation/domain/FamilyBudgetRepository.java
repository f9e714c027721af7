package org.waymark.moderation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface FamilyBudgetRepository extends ListCrudRepository<FamilyBudget, Long> {

    Optional<FamilyBudget> findByFamilyIdAndFinancialYear(long familyId, int financialYear);

    List<FamilyBudget> findByLocalAuthorityIdAndFinancialYear(long localAuthorityId, int financialYear);
}
