-- The REST API for other systems (issue 22 point 4, DD018): one row per client an authority's
-- administrator registered. The key itself is never stored: only its SHA-256 (a key is 256 random
-- bits, so a fast hash is enough and lets a request find its client by the hash) and its first
-- characters, so the administrator can tell which key a system holds. A client reaches either the
-- whole authority (school_id NULL) or one school of it; it answers nothing until enabled.
CREATE TABLE api_client (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id  BIGINT       NOT NULL,
    school_id           BIGINT,
    name                VARCHAR(80)  NOT NULL,
    key_hash            CHAR(64)     NOT NULL,
    key_prefix          VARCHAR(16)  NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT FALSE,
    requests_per_minute INT          NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    key_issued_at       DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_client_key UNIQUE (key_hash),
    CONSTRAINT uk_api_client_name UNIQUE (local_authority_id, name),
    CONSTRAINT fk_api_client_authority FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_api_client_school FOREIGN KEY (school_id) REFERENCES school (id)
);
