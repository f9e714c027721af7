-- Audit you can trust (DD013): every audit row is chained to the one before it by a SHA-256 hash.
-- chain_seq is the row's place in the chain (given when it is sealed, just after its transaction
-- commits); prev_hash is the hash of the row before; row_hash = SHA-256(prev_hash + the row's content).
-- audit_chain_head holds the chain's end; sealing locks it, so concurrent writers form one chain.
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT NULL;
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64) NULL;
ALTER TABLE audit_event ADD COLUMN row_hash CHAR(64) NULL;
CREATE UNIQUE INDEX ux_audit_event_chain_seq ON audit_event (chain_seq);

CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
