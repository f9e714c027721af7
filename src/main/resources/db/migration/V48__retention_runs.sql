-- Data protection (issue 20 point 8): each run of the retention job and what it erased or
-- anonymised, per kind of record and the rule that made it due. Holds counts only, never a
-- child's name or id: the report outlives the records it counts.
CREATE TABLE retention_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    ran_at       DATETIME(6)  NOT NULL,
    as_of        DATE         NOT NULL,
    run_by       VARCHAR(100) NOT NULL,
    KEY ix_retention_run_at (ran_at)
);

CREATE TABLE retention_run_line (
    retention_run_id BIGINT       NOT NULL,
    record_kind      VARCHAR(30)  NOT NULL,
    rule_text        VARCHAR(200) NOT NULL,
    erased           INT          NOT NULL,
    anonymised       INT          NOT NULL,
    PRIMARY KEY (retention_run_id, record_kind),
    CONSTRAINT fk_retention_run_line FOREIGN KEY (retention_run_id) REFERENCES retention_run (id)
);
