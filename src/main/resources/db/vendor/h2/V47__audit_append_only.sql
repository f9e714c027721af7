-- Audit rows are append-only (DD013, docs/security.md): the H2 twin of the MySQL/MariaDB triggers,
-- written as a Java trigger class (H2 has no SIGNAL). Deleting is refused; changing is refused
-- except sealing a row once.
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL 'org.waymark.audit.domain.AppendOnlyH2Trigger';
CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL 'org.waymark.audit.domain.AppendOnlyH2Trigger';
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW
    CALL 'org.waymark.audit.domain.AppendOnlyH2Trigger';
