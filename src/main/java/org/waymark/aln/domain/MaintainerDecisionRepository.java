package org.waymark.aln.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface MaintainerDecisionRepository extends ListCrudRepository<MaintainerDecision, Long> {

    /** The decisions about a pupil, newest first: the first for a case is the one in force. */
    List<MaintainerDecision> findByPupilIdOrderByDecidedAtDescIdDesc(long pupilId);
}
