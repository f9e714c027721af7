-- Issue 20 point 7 (DD013): the audit rows about a pupil written before V54 get that pupil's id
-- (their subject id). The append-only trigger is set aside for this one statement and put back
-- with pupil_id among the columns it keeps unchanged (sealing a row stays the only change allowed).
-- The hash chain stays valid: a PUPIL row's pupil id is its subject id and is not hashed (AuditChain).
DROP TRIGGER IF EXISTS audit_event_seal_only;

UPDATE audit_event SET pupil_id = CAST(subject_id AS UNSIGNED)
 WHERE subject_type = 'PUPIL' AND subject_id REGEXP '^[0-9]{1,18}$';

DELIMITER $$
CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    IF OLD.row_hash IS NOT NULL
        OR NOT (NEW.id <=> OLD.id AND NEW.occurred_at <=> OLD.occurred_at AND NEW.actor <=> OLD.actor
                AND NEW.action <=> OLD.action AND NEW.subject_type <=> OLD.subject_type
                AND NEW.subject_id <=> OLD.subject_id AND NEW.outcome <=> OLD.outcome
                AND NEW.detail <=> OLD.detail AND NEW.remote_address <=> OLD.remote_address
                AND NEW.pupil_id <=> OLD.pupil_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be changed';
    END IF;
END$$
DELIMITER ;
