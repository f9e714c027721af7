-- Issue 19, point 5 (DD011 "Speed", docs/performance.md): with one area of need picked, the authority's plan
-- figures (plans by type and status, reviews held, overdue and due, voices, outcomes) read the plans of that need
-- from an index alone instead of reading each plan's pupil row for its need (20,000 random reads of the register
-- per figure at England size). pupil_need is the plan's pupil's main need as it stands: reporting/domain/PupilCounts
-- writes it in the same transaction as the plan's save and as a pupil's save that changes the need. A plan written
-- by a writer that bypasses the aggregate (NULL here) is still counted: the figures look its pupil's need up.
ALTER TABLE support_plan ADD COLUMN pupil_need VARCHAR(40) NULL;

UPDATE support_plan SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = support_plan.pupil_id);

CREATE INDEX ix_support_plan_need ON support_plan (local_authority_id, pupil_need, plan_type, status, next_review_date);
