-- Scotland: a school's request for ASN assistant hours for one pupil (issue 15). The school's
-- answers (long texts as TEXT: a row of utf8mb4 VARCHARs would pass MariaDB's 64 kB row limit),
-- the Child's Plan it rests on (and the plan's version in force when submitted), the
-- Education Support Officer's decision, and every lifecycle step.
CREATE TABLE asn_request (
    id                             BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id             BIGINT        NOT NULL,
    school_id                      BIGINT        NOT NULL,
    pupil_id                       BIGINT        NOT NULL,
    plan_id                        BIGINT,
    plan_version                   INT,
    status                         VARCHAR(12)   NOT NULL,
    sif_stage                      INT,
    medical_need                   BOOLEAN       NOT NULL DEFAULT FALSE,
    personal_care_need             BOOLEAN       NOT NULL DEFAULT FALSE,
    category                       VARCHAR(30),
    exceptional                    BOOLEAN       NOT NULL DEFAULT FALSE,
    exceptional_reason             TEXT          NOT NULL,
    needs                          TEXT          NOT NULL,
    transition_phase               BOOLEAN       NOT NULL DEFAULT FALSE,
    named_person_decided_otherwise BOOLEAN       NOT NULL DEFAULT FALSE,
    named_person_note              TEXT          NOT NULL,
    hours_asked                    DECIMAL(5, 2),
    specialist_hours               DECIMAL(5, 2),
    independent_hours              DECIMAL(5, 2),
    differentiation                TEXT          NOT NULL,
    independence                   TEXT          NOT NULL,
    equipment                      TEXT          NOT NULL,
    decided_hours                  DECIMAL(5, 2),
    decision_reasons               TEXT,
    decided_by                     VARCHAR(100),
    decided_on                     DATE,
    created_by                     VARCHAR(100)  NOT NULL,
    created_at                     DATETIME(6)   NOT NULL,
    updated_at                     DATETIME(6)   NOT NULL,
    version                        INT           NOT NULL DEFAULT 0,
    KEY ix_asn_request_school (school_id, status),
    KEY ix_asn_request_authority (local_authority_id, status),
    KEY ix_asn_request_pupil (pupil_id, status),
    CONSTRAINT fk_asn_request_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_asn_request_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_asn_request_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);

CREATE TABLE asn_request_step (
    asn_request_id BIGINT        NOT NULL,
    sort_key       INT           NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    note           TEXT,
    PRIMARY KEY (asn_request_id, sort_key),
    CONSTRAINT fk_asn_request_step FOREIGN KEY (asn_request_id) REFERENCES asn_request (id)
);
