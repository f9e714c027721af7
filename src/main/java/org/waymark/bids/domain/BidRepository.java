package org.waymark.bids.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BidRepository extends ListCrudRepository<Bid, Long> {

    @Query("SELECT * FROM bid WHERE pupil_id = :pupilId ORDER BY created_at DESC")
    List<Bid> findByPupilIdOrderByCreatedAtDesc(long pupilId);

    @Query("SELECT * FROM bid WHERE family_id = :familyId AND status = :status ORDER BY updated_at")
    List<Bid> findByFamilyIdAndStatusOrderByUpdatedAt(long familyId, BidStatus status);

    List<Bid> findByLocalAuthorityIdAndStatusOrderByUpdatedAt(long localAuthorityId, BidStatus status);
}
