-- Audit rows are append-only (DD013, docs/security.md). The database refuses to delete an audit
-- row, and to change one except to seal it once (setting chain_seq/prev_hash/row_hash while they
-- are still empty, content unchanged). Creating triggers with binary logging on needs SUPER or
-- log_bin_trust_function_creators=1 for the migrating user.
DELIMITER $$
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be deleted';
END$$

CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    IF OLD.row_hash IS NOT NULL
        OR NOT (NEW.id <=> OLD.id AND NEW.occurred_at <=> OLD.occurred_at AND NEW.actor <=> OLD.actor
                AND NEW.action <=> OLD.action AND NEW.subject_type <=> OLD.subject_type
                AND NEW.subject_id <=> OLD.subject_id AND NEW.outcome <=> OLD.outcome
                AND NEW.detail <=> OLD.detail AND NEW.remote_address <=> OLD.remote_address) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be changed';
    END IF;
END$$

CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head cannot be deleted';
END$$
DELIMITER ;
