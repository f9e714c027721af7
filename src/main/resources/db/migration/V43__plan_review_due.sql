-- Issue 19, point 3: whether each review was held on time. A plan keeps only its next review date,
-- so when a review is recorded the day it was due (the plan's next review date then; for an EHC plan
-- its annual review's statutory meeting date) is kept beside the day it was held.
CREATE TABLE plan_review_due (
    plan_review_id  BIGINT NOT NULL PRIMARY KEY,
    support_plan_id BIGINT NOT NULL,
    due_on          DATE   NOT NULL,
    held_on         DATE   NOT NULL,
    KEY ix_plan_review_due_plan (support_plan_id),
    CONSTRAINT fk_plan_review_due_review FOREIGN KEY (plan_review_id) REFERENCES plan_review (id),
    CONSTRAINT fk_plan_review_due_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

-- Reviews of EHC plans recorded before this table: their annual review kept the meeting's due date.
INSERT INTO plan_review_due (plan_review_id, support_plan_id, due_on, held_on)
SELECT pr.id, pr.support_plan_id, MIN(ar.meeting_due), pr.held_on
FROM plan_review pr JOIN ehc_annual_review ar
    ON ar.support_plan_id = pr.support_plan_id AND ar.reviewed_version = pr.reviewed_version
GROUP BY pr.id, pr.support_plan_id, pr.held_on;

-- Issue 19, point 5: the authority's plan figures (plans by type and status, reviews overdue and due, voices) read the
-- plans it maintains from this index alone; a plan's contributions by voice from the second.
CREATE INDEX ix_support_plan_report ON support_plan (local_authority_id, plan_type, status, next_review_date);
CREATE INDEX ix_plan_contribution_voice ON plan_contribution (support_plan_id, voice);
-- the reviews held in a year of the authority's plans, read from the index
CREATE INDEX ix_plan_review_held ON plan_review (support_plan_id, held_on);
