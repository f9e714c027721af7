-- Plans: one support plan per pupil and plan type, its lifecycle steps, its versions (each an
-- immutable document once agreed), views added by parents and children, and reviews.

CREATE TABLE support_plan (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id                BIGINT      NOT NULL,
    local_authority_id      BIGINT      NOT NULL,
    plan_type               VARCHAR(20) NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    review_interval_months  INT         NOT NULL DEFAULT 12,
    next_review_date        DATE,
    comment_window_ends_on  DATE,
    created_at              DATETIME(6) NOT NULL,
    version                 INT         NOT NULL DEFAULT 0,
    KEY ix_support_plan_pupil (pupil_id),
    KEY ix_support_plan_review (local_authority_id, next_review_date),
    CONSTRAINT fk_support_plan_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_support_plan_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- Who moved the plan from one status to the next, when and why.
CREATE TABLE plan_step (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    support_plan_id BIGINT       NOT NULL,
    sort_key        INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    note            VARCHAR(500),
    CONSTRAINT fk_plan_step_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

-- Every version of a plan's content. A draft changes; an agreed version never does.
CREATE TABLE plan_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    support_plan_id BIGINT       NOT NULL,
    number          INT          NOT NULL,
    agreed          BOOLEAN      NOT NULL DEFAULT FALSE,
    content         MEDIUMTEXT   NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    agreed_at       DATETIME(6),
    agreed_by       VARCHAR(100),
    version         INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_plan_version (support_plan_id, number),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

-- Views a parent or the child added to a draft during its comment window, in their own words.
CREATE TABLE plan_contribution (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    support_plan_id BIGINT        NOT NULL,
    version_number  INT           NOT NULL,
    voice           VARCHAR(10)   NOT NULL,
    words           VARCHAR(4000) NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    added_at        DATETIME(6)   NOT NULL,
    KEY ix_plan_contribution_plan (support_plan_id, version_number),
    CONSTRAINT fk_plan_contribution_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);
