package org.waymark.ehc.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface EhcAdviceRepository extends ListCrudRepository<EhcAdvice, Long> {

    List<EhcAdvice> findByEhcAssessmentIdOrderByIdAsc(long ehcAssessmentId);
}
