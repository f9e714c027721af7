package org.waymark.ras.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface RasPastCaseRepository extends ListCrudRepository<RasPastCase, Long> {

    List<RasPastCase> findByLocalAuthorityId(long localAuthorityId);

    long countByLocalAuthorityId(long localAuthorityId);

    /** The ten nearest past cases at or above some points, in index order (see {@link Converter#similar}). */
    List<RasPastCase> findFirst10ByLocalAuthorityIdAndPointsGreaterThanEqualOrderByPointsAscReferenceAsc(
            long localAuthorityId, int points);

    /** The ten nearest past cases below some points, in index order. */
    List<RasPastCase> findFirst10ByLocalAuthorityIdAndPointsLessThanOrderByPointsDescReferenceAsc(
            long localAuthorityId, int points);
}
