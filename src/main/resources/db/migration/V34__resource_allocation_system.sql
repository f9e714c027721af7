-- England (issue 18): the Resource Allocation System (Gloucestershire model, SPEC §10).
-- Outcome frameworks: an authority's generic outcomes with their difficulty scales and weights,
-- versioned; the content is kept as the authority's own CSV (docs/ras-outcomes-format.md), read
-- on load; a published version never changes. status: DRAFT, PUBLISHED, RETIRED.
CREATE TABLE ras_framework (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    version_no         INT          NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    content            TEXT         NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    published_by       VARCHAR(100),
    published_at       DATETIME(6),
    version            INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uq_ras_framework_version (local_authority_id, version_no),
    CONSTRAINT fk_ras_framework_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- The authority's RAS settings: the sign-off limit (the seed's £10,363 a year) and the hourly
-- rates TAC meetings cost provision with.
CREATE TABLE ras_settings (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    sign_off_limit     DECIMAL(12, 2) NOT NULL,
    weeks_a_year       INT            NOT NULL,
    version            INT            NOT NULL DEFAULT 0,
    UNIQUE KEY uq_ras_settings_la (local_authority_id),
    CONSTRAINT fk_ras_settings_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE ras_rate (
    ras_settings_id BIGINT         NOT NULL,
    sort_key        INT            NOT NULL,
    code            VARCHAR(20)    NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    hourly_rate     DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (ras_settings_id, sort_key),
    CONSTRAINT fk_ras_rate FOREIGN KEY (ras_settings_id) REFERENCES ras_settings (id)
);

-- Past allocated cases the converter is fitted from: points scored and the yearly resource allocated.
CREATE TABLE ras_past_case (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    reference          VARCHAR(20)    NOT NULL,
    points             INT            NOT NULL,
    amount             DECIMAL(12, 2) NOT NULL,
    decided_on         DATE           NOT NULL,
    KEY ix_ras_past_case_la (local_authority_id, points),
    CONSTRAINT fk_ras_past_case_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- A converter fit: its bands (points from-to, median, quartiles, count) as text; one adopted per authority.
CREATE TABLE ras_fit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    band_width         INT          NOT NULL,
    cases_used         INT          NOT NULL,
    bands              TEXT         NOT NULL,
    fitted_by          VARCHAR(100) NOT NULL,
    fitted_at          DATETIME(6)  NOT NULL,
    adopted            BOOLEAN      NOT NULL DEFAULT FALSE,
    adopted_by         VARCHAR(100),
    adopted_at         DATETIME(6),
    version            INT          NOT NULL DEFAULT 0,
    KEY ix_ras_fit_la (local_authority_id, adopted),
    CONSTRAINT fk_ras_fit_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- A RAS case: after the decision to assess (or before an annual review at a key-stage transition)
-- scored, verified, moderated with an indicative resource, costed at the TAC meeting and routed.
CREATE TABLE ras_case (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    pupil_id           BIGINT         NOT NULL,
    school_id          BIGINT         NOT NULL,
    framework_id       BIGINT         NOT NULL,
    kind               VARCHAR(16)    NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    key_stage          VARCHAR(40)    NOT NULL,
    review_on          DATE,
    points             INT,
    fit_id             BIGINT,
    indicative         DECIMAL(12, 2),
    indicative_note    VARCHAR(1000),
    outcomes_agreed    VARCHAR(4000),
    reconsidered       VARCHAR(2000),
    total_cost         DECIMAL(12, 2),
    route              VARCHAR(16),
    decided_amount     DECIMAL(12, 2),
    opened_by          VARCHAR(100)   NOT NULL,
    opened_at          DATETIME(6)    NOT NULL,
    version            INT            NOT NULL DEFAULT 0,
    KEY ix_ras_case_la (local_authority_id, status),
    KEY ix_ras_case_pupil (pupil_id),
    CONSTRAINT fk_ras_case_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_ras_case_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_ras_case_framework FOREIGN KEY (framework_id) REFERENCES ras_framework (id)
);

CREATE TABLE ras_score (
    ras_case_id BIGINT        NOT NULL,
    sort_key    INT           NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    level       INT           NOT NULL,
    evidence    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (ras_case_id, sort_key),
    CONSTRAINT fk_ras_score FOREIGN KEY (ras_case_id) REFERENCES ras_case (id)
);

-- Who did each step, when, and why (returns, moderation changes, sign-off, panel).
CREATE TABLE ras_step (
    ras_case_id BIGINT        NOT NULL,
    sort_key    INT           NOT NULL,
    step        VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    acted_at    DATETIME(6)   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (ras_case_id, sort_key),
    CONSTRAINT fk_ras_step FOREIGN KEY (ras_case_id) REFERENCES ras_case (id)
);

-- Provision costed at the TAC meeting: the rate as it stood, hours a week and weeks.
CREATE TABLE ras_provision (
    ras_case_id    BIGINT         NOT NULL,
    sort_key       INT            NOT NULL,
    rate_code      VARCHAR(20)    NOT NULL,
    rate_name      VARCHAR(100)   NOT NULL,
    hourly_rate    DECIMAL(10, 2) NOT NULL,
    hours_a_week   DECIMAL(6, 2)  NOT NULL,
    weeks          INT            NOT NULL,
    PRIMARY KEY (ras_case_id, sort_key),
    CONSTRAINT fk_ras_provision FOREIGN KEY (ras_case_id) REFERENCES ras_case (id)
);

-- The SEND resource panel hears RAS cases routed to it.
ALTER TABLE panel_case ADD COLUMN ras_case_id BIGINT;
