package org.waymark.panels.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface PanelMeetingRepository extends ListCrudRepository<PanelMeeting, Long> {

    @Query("SELECT * FROM panel_meeting WHERE local_authority_id = :localAuthorityId ORDER BY meeting_date DESC")
    List<PanelMeeting> findByLocalAuthorityIdOrderByMeetingDateDesc(long localAuthorityId);

    /** Whether a user sits at a meeting that has a bid on its list. */
    @Query("SELECT COUNT(*) FROM panel_case c JOIN meeting_seat s ON s.panel_meeting_id = c.panel_meeting_id "
            + "WHERE c.bid_id = :bidId AND s.user_id = :userId")
    long countSeatsHearing(@Param("userId") long userId, @Param("bidId") long bidId);

    /** The meetings (newest first) that decided a bid, for finding who took part in a decision. */
    @Query("SELECT DISTINCT c.panel_meeting_id FROM panel_case c WHERE c.bid_id = :bidId AND c.outcome IS NOT NULL "
            + "AND c.kind <> 'APPEAL' ORDER BY c.panel_meeting_id DESC")
    List<Long> meetingsDecidingBid(@Param("bidId") long bidId);

    @Query("SELECT DISTINCT s.panel_meeting_id FROM meeting_seat s WHERE s.user_id = :userId")
    List<Long> meetingsSeating(@Param("userId") long userId);
}
