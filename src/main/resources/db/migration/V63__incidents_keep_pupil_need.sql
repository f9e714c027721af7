-- Issue 19, point 5 (DD011 "Speed", docs/performance.md): restrictive practice incidents keep their pupil's main
-- need as ledger lines and letters do (V61): incidents by need group on the row's own copy instead of looking each
-- incident's pupil up in the register (at England-sized volumes, tens of thousands of random reads of a register
-- larger than the database's memory: seconds a dashboard). Kept by reporting/domain/PupilCounts with the incident's
-- save and a pupil's change of need; a row without it is still looked up.
ALTER TABLE restrictive_incident ADD COLUMN pupil_need VARCHAR(40) NULL;

UPDATE restrictive_incident SET pupil_need = (SELECT p.primary_need FROM pupil p WHERE p.id = restrictive_incident.pupil_id);
