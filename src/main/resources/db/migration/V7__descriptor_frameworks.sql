-- Descriptor frameworks: per authority and financial year (by its starting calendar year), the
-- areas of need with their level columns, key themes, one descriptor per theme and column,
-- funding levels with their bands, the notional threshold and evidence rules. A published
-- framework never changes; bids keep its id.
CREATE TABLE descriptor_framework (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    financial_year     INT            NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    notional_threshold DECIMAL(10, 2) NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    updated_by         VARCHAR(100)   NOT NULL,
    published_at       DATETIME(6),
    published_by       VARCHAR(100),
    version            INT            NOT NULL DEFAULT 0,
    KEY ix_framework_la_year (local_authority_id, financial_year, status),
    CONSTRAINT fk_framework_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE framework_area (
    descriptor_framework_id BIGINT       NOT NULL,
    sort_key                INT          NOT NULL,
    code                    VARCHAR(20)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    level_columns           VARCHAR(100) NOT NULL,
    behaviour               BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (descriptor_framework_id, sort_key),
    CONSTRAINT fk_framework_area FOREIGN KEY (descriptor_framework_id) REFERENCES descriptor_framework (id)
);

CREATE TABLE framework_theme (
    descriptor_framework_id BIGINT       NOT NULL,
    sort_key                INT          NOT NULL,
    area_code               VARCHAR(20)  NOT NULL,
    code                    VARCHAR(20)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    PRIMARY KEY (descriptor_framework_id, sort_key),
    CONSTRAINT fk_framework_theme FOREIGN KEY (descriptor_framework_id) REFERENCES descriptor_framework (id)
);

CREATE TABLE descriptor (
    descriptor_framework_id BIGINT        NOT NULL,
    sort_key                INT           NOT NULL,
    theme_code              VARCHAR(20)   NOT NULL,
    level_code              VARCHAR(20)   NOT NULL,
    text                    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (descriptor_framework_id, sort_key),
    CONSTRAINT fk_descriptor_framework FOREIGN KEY (descriptor_framework_id) REFERENCES descriptor_framework (id)
);

CREATE TABLE funding_level (
    descriptor_framework_id BIGINT         NOT NULL,
    sort_key                INT            NOT NULL,
    code                    VARCHAR(20)    NOT NULL,
    name                    VARCHAR(100)   NOT NULL,
    column_code             VARCHAR(20)    NOT NULL,
    min_amount              DECIMAL(10, 2) NOT NULL,
    max_amount              DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (descriptor_framework_id, sort_key),
    CONSTRAINT fk_funding_level_framework FOREIGN KEY (descriptor_framework_id) REFERENCES descriptor_framework (id)
);

CREATE TABLE evidence_rule (
    descriptor_framework_id BIGINT        NOT NULL,
    sort_key                INT           NOT NULL,
    area_code               VARCHAR(20),
    theme_code              VARCHAR(20),
    level_code              VARCHAR(20),
    attachment_kind         VARCHAR(30)   NOT NULL,
    message                 VARCHAR(500)  NOT NULL,
    PRIMARY KEY (descriptor_framework_id, sort_key),
    CONSTRAINT fk_evidence_rule_framework FOREIGN KEY (descriptor_framework_id) REFERENCES descriptor_framework (id)
);
