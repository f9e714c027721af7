package org.waymark.panels.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DecisionLetterRepository extends ListCrudRepository<DecisionLetter, Long> {

    List<DecisionLetter> findByPanelMeetingIdOrderByCaseKey(long panelMeetingId);

    Optional<DecisionLetter> findByPanelMeetingIdAndCaseKey(long panelMeetingId, int caseKey);

    @Query("SELECT * FROM decision_letter WHERE local_authority_id = :localAuthorityId AND sent_on IS NULL ORDER BY due_by")
    List<DecisionLetter> findByLocalAuthorityIdAndSentOnIsNullOrderByDueBy(long localAuthorityId);

    @Query("SELECT * FROM decision_letter WHERE pupil_id = :pupilId AND sent_on IS NOT NULL ORDER BY due_by DESC")
    List<DecisionLetter> findByPupilIdAndSentOnIsNotNullOrderByDueByDesc(long pupilId);
}
