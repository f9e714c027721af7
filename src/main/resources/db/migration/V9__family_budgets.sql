-- Each family's AFN and FNF budgets per financial year (by its starting calendar year) and the
-- contingency it keeps for pending HLN decisions and pupils arriving during the year.
CREATE TABLE family_budget (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    family_id          BIGINT         NOT NULL,
    local_authority_id BIGINT         NOT NULL,
    financial_year     INT            NOT NULL,
    afn_budget         DECIMAL(12, 2) NOT NULL,
    fnf_budget         DECIMAL(12, 2) NOT NULL,
    contingency        DECIMAL(12, 2) NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    updated_by         VARCHAR(100)   NOT NULL,
    version            INT            NOT NULL DEFAULT 0,
    UNIQUE KEY uk_family_budget_year (family_id, financial_year),
    KEY ix_family_budget_la (local_authority_id, financial_year),
    CONSTRAINT fk_family_budget_family FOREIGN KEY (family_id) REFERENCES school_family (id),
    CONSTRAINT fk_family_budget_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);
