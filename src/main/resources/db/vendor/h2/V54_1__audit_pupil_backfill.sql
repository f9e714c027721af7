-- Issue 20 point 7 (DD013): the audit rows about a pupil written before V54 get that pupil's id
-- (their subject id). The append-only trigger is set aside for this one statement and put back;
-- it reads the table's columns when created, so from now on it refuses a change of pupil_id too.
-- The hash chain stays valid: a PUPIL row's pupil id is its subject id and is not hashed (AuditChain).
DROP TRIGGER audit_event_seal_only;
UPDATE audit_event SET pupil_id = CAST(subject_id AS BIGINT)
 WHERE subject_type = 'PUPIL' AND REGEXP_LIKE(subject_id, '^[0-9]{1,18}$');
CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL 'org.waymark.audit.domain.AppendOnlyH2Trigger';
