package org.waymark.moderation.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ModerationMeetingRepository extends ListCrudRepository<ModerationMeeting, Long> {

    @Query("SELECT * FROM moderation_meeting WHERE family_id = :familyId ORDER BY meeting_date DESC, id DESC")
    List<ModerationMeeting> findByFamilyIdOrderByMeetingDateDescIdDesc(long familyId);

    @Query("SELECT * FROM moderation_meeting WHERE family_id = :familyId AND financial_year = :financialYear")
    List<ModerationMeeting> findByFamilyIdAndFinancialYear(long familyId, int financialYear);
}
