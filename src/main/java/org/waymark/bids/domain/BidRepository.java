package org.waymark.bids.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface BidRepository extends ListCrudRepository<Bid, Long> {

    List<Bid> findByPupilIdOrderByCreatedAtDesc(long pupilId);

    List<Bid> findByFamilyIdAndStatusOrderByUpdatedAt(long familyId, BidStatus status);

    List<Bid> findByLocalAuthorityIdAndStatusOrderByUpdatedAt(long localAuthorityId, BidStatus status);
}
