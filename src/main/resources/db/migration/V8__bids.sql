-- Bids for top-up funding: one pupil, one published descriptor framework (kept by id), the
-- areas and key themes chosen with the school's evidence, the support already funded from the
-- notional budget, the level asked for, the family's views, and every lifecycle step.
CREATE TABLE bid (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id                 BIGINT        NOT NULL,
    school_id                BIGINT        NOT NULL,
    family_id                BIGINT,
    local_authority_id       BIGINT        NOT NULL,
    framework_id             BIGINT        NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    level_proposed           VARCHAR(20),
    level_asked              VARCHAR(20),
    level_reason             VARCHAR(2000),
    behaviour_support_sought BOOLEAN,
    behaviour_support_note   VARCHAR(2000) NOT NULL DEFAULT '',
    parent_views             VARCHAR(4000) NOT NULL DEFAULT '',
    child_views              VARCHAR(4000) NOT NULL DEFAULT '',
    recoup_from              VARCHAR(100),
    increase                 BOOLEAN       NOT NULL DEFAULT FALSE,
    threshold_at_submission  DECIMAL(10, 2),
    agreed_level             VARCHAR(20),
    agreed_amount            DECIMAL(10, 2),
    countersigned_by         VARCHAR(100),
    countersigned_at         DATETIME(6),
    created_by               VARCHAR(100)  NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    version                  INT           NOT NULL DEFAULT 0,
    KEY ix_bid_school (school_id, status),
    KEY ix_bid_family (family_id, status),
    KEY ix_bid_authority (local_authority_id, status),
    KEY ix_bid_pupil (pupil_id),
    CONSTRAINT fk_bid_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_bid_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE bid_area (
    bid_id    BIGINT      NOT NULL,
    area_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (bid_id, area_code),
    CONSTRAINT fk_bid_area_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
);

CREATE TABLE theme_choice (
    bid_id     BIGINT        NOT NULL,
    sort_key   INT           NOT NULL,
    area_code  VARCHAR(20)   NOT NULL,
    theme_code VARCHAR(20)   NOT NULL,
    level_code VARCHAR(20)   NOT NULL,
    evidence   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (bid_id, sort_key),
    CONSTRAINT fk_theme_choice_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
);

CREATE TABLE funded_provision (
    bid_id      BIGINT        NOT NULL,
    sort_key    INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    annual_cost DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (bid_id, sort_key),
    CONSTRAINT fk_funded_provision_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
);

CREATE TABLE bid_step (
    bid_id      BIGINT        NOT NULL,
    sort_key    INT           NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (bid_id, sort_key),
    CONSTRAINT fk_bid_step_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
);
