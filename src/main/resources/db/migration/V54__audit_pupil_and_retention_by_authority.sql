-- Issue 20 (points 7 and 8), DD013 and DD014 amended.
-- 1. Every audit row names the child whose record it is about, so the data protection officer's
--    access log finds a child's rows by key (before, it matched subject_id text to pupil ids and
--    covered only rows whose subject was the pupil). The subject itself for a PUPIL row; the
--    case's child for a RAS case row; empty otherwise. No foreign key: the trail outlives the
--    pupil (the retention run erases pupils, never audit rows). V54.1 (per vendor) fills it for
--    the PUPIL rows written before, with the append-only trigger extended to this column.
ALTER TABLE audit_event ADD COLUMN pupil_id BIGINT NULL;
CREATE INDEX ix_audit_event_pupil ON audit_event (pupil_id, occurred_at);

-- 2. The retention run's report per authority: what it erased or anonymised of each authority's
--    pupils, and the notices and mails of each authority's accounts. The portal-wide totals stay in
--    retention_run_line; runs before this migration have no per-authority part (by_authority false).
ALTER TABLE retention_run ADD COLUMN by_authority BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE retention_run_authority (
    retention_run_id   BIGINT       NOT NULL,
    local_authority_id BIGINT       NOT NULL,
    record_kind        VARCHAR(30)  NOT NULL,
    rule_text          VARCHAR(200) NOT NULL,
    erased             INT          NOT NULL,
    anonymised         INT          NOT NULL,
    PRIMARY KEY (local_authority_id, retention_run_id, record_kind),
    CONSTRAINT fk_retention_run_authority_run FOREIGN KEY (retention_run_id) REFERENCES retention_run (id)
);
