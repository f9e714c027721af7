-- Issue 18, points 2, 3 and 6.
-- The documents a RAS score rests on: attachments (owner RAS_CASE) linked to the outcome they are
-- evidence for; outcome NULL is a report for the case as a whole (a setting's updated report
-- before an annual review). The bytes, type and size checks stay with the attachments feature.
CREATE TABLE ras_evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    ras_case_id   BIGINT      NOT NULL,
    attachment_id BIGINT      NOT NULL,
    outcome       VARCHAR(20),
    UNIQUE KEY uq_ras_evidence_attachment (attachment_id),
    KEY ix_ras_evidence_case (ras_case_id),
    CONSTRAINT fk_ras_evidence_case FOREIGN KEY (ras_case_id) REFERENCES ras_case (id),
    CONSTRAINT fk_ras_evidence_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);

-- An annual review's look back before re-scoring: each outcome of the plan in force, how far it
-- was reached (ACHIEVED, PARTLY, NOT_YET) and why; progress NULL until the review is recorded.
CREATE TABLE ras_outcome_review (
    ras_case_id BIGINT        NOT NULL,
    sort_key    INT           NOT NULL,
    outcome     VARCHAR(1000) NOT NULL,
    progress    VARCHAR(10),
    note        VARCHAR(2000),
    PRIMARY KEY (ras_case_id, sort_key),
    CONSTRAINT fk_ras_outcome_review FOREIGN KEY (ras_case_id) REFERENCES ras_case (id)
);

-- The similar past cases are the nearest by points, read ten either side in index order
-- (authority, points, reference) rather than every past case of the authority.
CREATE INDEX ix_ras_past_case_nearest ON ras_past_case (local_authority_id, points, reference);
