package org.waymark.descriptors.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface DescriptorFrameworkRepository extends ListCrudRepository<DescriptorFramework, Long> {

    List<DescriptorFramework> findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(long localAuthorityId);

    Optional<DescriptorFramework> findFirstByLocalAuthorityIdAndFinancialYearAndStatusOrderByIdDesc(
            long localAuthorityId, int financialYear, FrameworkStatus status);

    boolean existsByLocalAuthorityIdAndFinancialYear(long localAuthorityId, int financialYear);
}
