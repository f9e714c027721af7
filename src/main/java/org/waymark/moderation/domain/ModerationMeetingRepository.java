package org.waymark.moderation.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface ModerationMeetingRepository extends ListCrudRepository<ModerationMeeting, Long> {

    List<ModerationMeeting> findByFamilyIdOrderByMeetingDateDescIdDesc(long familyId);

    List<ModerationMeeting> findByFamilyIdAndFinancialYear(long familyId, int financialYear);
}
