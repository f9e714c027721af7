-- Issue 19, point 5 (DD011 "Speed", docs/performance.md): EHC needs assessment timeliness at England-sized volumes
-- (59,000 requests a year in one authority). The cases of the year are read by the day received
-- (ix_ehc_assessment_received) instead of testing every case the authority ever had for pauses and late advice, and
-- each case keeps its pupil's main need, as plans, ledger lines, letters and incidents do (V58, V61, V63), kept by
-- reporting/domain/PupilCounts; a case without it is still looked up.
ALTER TABLE ehc_assessment ADD COLUMN pupil_need VARCHAR(40) NULL;

UPDATE ehc_assessment SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = ehc_assessment.pupil_id);

CREATE INDEX ix_ehc_assessment_received ON ehc_assessment (local_authority_id, received_on);
