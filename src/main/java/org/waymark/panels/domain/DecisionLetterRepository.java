package org.waymark.panels.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface DecisionLetterRepository extends ListCrudRepository<DecisionLetter, Long> {

    List<DecisionLetter> findByPanelMeetingIdOrderByCaseKey(long panelMeetingId);

    Optional<DecisionLetter> findByPanelMeetingIdAndCaseKey(long panelMeetingId, int caseKey);

    List<DecisionLetter> findByLocalAuthorityIdAndSentOnIsNullOrderByDueBy(long localAuthorityId);

    List<DecisionLetter> findByPupilIdAndSentOnIsNotNullOrderByDueByDesc(long pupilId);
}
