-- Issue 19, point 5 (DD011 "Speed", docs/performance.md): with one area of need picked, the authority's ledger
-- figures (pupils by level, spend) and letter timeliness read each line's or letter's pupil's main need from the
-- row itself instead of looking it up in the register row by row (hundreds of thousands of random reads of the
-- register at England size: 18-20 s a dashboard). As support_plan.pupil_need (V58): the pupil's main need as it
-- stands, written by reporting/domain/PupilCounts in the same transaction as the line's or letter's save and as a
-- pupil's save that changes the need; a row left without it (NULL: a family's line, or a writer that bypasses the
-- aggregate) is still counted, the figures look its pupil's need up.
ALTER TABLE allocation ADD COLUMN pupil_need VARCHAR(40) NULL;
ALTER TABLE decision_letter ADD COLUMN pupil_need VARCHAR(40) NULL;

UPDATE allocation SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = allocation.pupil_id)
WHERE pupil_id IS NOT NULL;
UPDATE decision_letter SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = decision_letter.pupil_id);
