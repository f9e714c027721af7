package org.waymark.aln.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AlnReferralRepository extends ListCrudRepository<AlnReferral, Long> {

    /** An authority's referrals in some states, oldest clock first. */
    List<AlnReferral> findByLocalAuthorityIdAndStatusInOrderByStartedOnAscIdAsc(long localAuthorityId,
                                                                                 Collection<ReferralStatus> statuses);

    /** A school's referrals in some states, oldest clock first. */
    List<AlnReferral> findBySchoolIdAndStatusInOrderByStartedOnAscIdAsc(long schoolId,
                                                                        Collection<ReferralStatus> statuses);

    List<AlnReferral> findByPupilIdOrderByStartedOnDescIdDesc(long pupilId);

    /** An authority's decided referrals, the latest first. */
    List<AlnReferral> findTop20ByLocalAuthorityIdAndStatusOrderByDecidedAtDescIdDesc(long localAuthorityId,
                                                                                    ReferralStatus status);
}
