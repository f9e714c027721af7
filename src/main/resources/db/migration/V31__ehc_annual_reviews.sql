-- Annual reviews of EHC plans on their statutory clock (issue 17, point 5): the meeting due and
-- planned, the papers circulated, the meeting held, the report sent, the authority's decision
-- (who, when, why) and, when it amends, the amendments sent and the amended plan issued. The step
-- due next and its date are kept for the review lists (open reviews only).
CREATE TABLE ehc_annual_review (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    support_plan_id        BIGINT        NOT NULL,
    local_authority_id     BIGINT        NOT NULL,
    reviewed_version       INT           NOT NULL,
    meeting_due            DATE          NOT NULL,
    meeting_on             DATE          NOT NULL,
    paperwork_sent_on      DATE          NULL,
    held_on                DATE          NULL,
    report_sent_on         DATE          NULL,
    decision               VARCHAR(10)   NULL,
    decided_on             DATE          NULL,
    decided_by             VARCHAR(100)  NULL,
    decided_at             DATETIME(6)   NULL,
    decision_reason        VARCHAR(2000) NULL,
    amendments_sent_on     DATE          NULL,
    amended_plan_issued_on DATE          NULL,
    closed                 BOOLEAN       NOT NULL,
    next_step              VARCHAR(20)   NULL,
    next_due_on            DATE          NULL,
    started_by             VARCHAR(100)  NOT NULL,
    started_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_ehc_annual_review_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

CREATE INDEX ix_ehc_annual_review_plan ON ehc_annual_review (support_plan_id, closed);
CREATE INDEX ix_ehc_annual_review_due ON ehc_annual_review (local_authority_id, closed, next_due_on);
