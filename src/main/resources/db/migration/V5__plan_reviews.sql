-- Review records: the version reviewed, each outcome's progress and the new outcomes carried
-- into the next version. Written once per review.
CREATE TABLE plan_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    support_plan_id  BIGINT        NOT NULL,
    reviewed_version INT           NOT NULL,
    held_on          DATE          NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    UNIQUE KEY uk_plan_review_version (support_plan_id, reviewed_version),
    CONSTRAINT fk_plan_review_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

CREATE TABLE reviewed_outcome (
    plan_review_id BIGINT        NOT NULL,
    sort_key       INT           NOT NULL,
    outcome_key    VARCHAR(10)   NOT NULL,
    outcome_text   VARCHAR(2000) NOT NULL,
    progress       VARCHAR(10)   NOT NULL,
    comment        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (plan_review_id, sort_key),
    CONSTRAINT fk_reviewed_outcome_review FOREIGN KEY (plan_review_id) REFERENCES plan_review (id)
);

CREATE TABLE new_outcome (
    plan_review_id BIGINT        NOT NULL,
    sort_key       INT           NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    target_date    DATE          NOT NULL,
    PRIMARY KEY (plan_review_id, sort_key),
    CONSTRAINT fk_new_outcome_review FOREIGN KEY (plan_review_id) REFERENCES plan_review (id)
);
