-- Family moderation meetings: the agenda of cases with their decisions, attendees, and FNF
-- money agreed. A closed meeting is the record of what was decided.
CREATE TABLE moderation_meeting (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    family_id          BIGINT       NOT NULL,
    local_authority_id BIGINT       NOT NULL,
    financial_year     INT          NOT NULL,
    meeting_date       DATE         NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    opened_by          VARCHAR(100) NOT NULL,
    opened_at          DATETIME(6)  NOT NULL,
    closed_by          VARCHAR(100),
    closed_at          DATETIME(6),
    version            INT          NOT NULL DEFAULT 0,
    KEY ix_meeting_family (family_id, financial_year),
    CONSTRAINT fk_meeting_family FOREIGN KEY (family_id) REFERENCES school_family (id)
);

CREATE TABLE meeting_case (
    moderation_meeting_id BIGINT         NOT NULL,
    sort_key              INT            NOT NULL,
    kind                  VARCHAR(10)    NOT NULL,
    pupil_id              BIGINT         NOT NULL,
    bid_id                BIGINT,
    outcome               VARCHAR(20),
    level                 VARCHAR(20),
    amount                DECIMAL(10, 2),
    reason                VARCHAR(2000),
    decided_by            VARCHAR(100),
    decided_at            DATETIME(6),
    PRIMARY KEY (moderation_meeting_id, sort_key),
    CONSTRAINT fk_meeting_case_meeting FOREIGN KEY (moderation_meeting_id) REFERENCES moderation_meeting (id)
);

CREATE TABLE attendee (
    moderation_meeting_id BIGINT       NOT NULL,
    sort_key              INT          NOT NULL,
    name                  VARCHAR(150) NOT NULL,
    capacity              VARCHAR(200) NOT NULL,
    PRIMARY KEY (moderation_meeting_id, sort_key),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (moderation_meeting_id) REFERENCES moderation_meeting (id)
);

CREATE TABLE fnf_allocation (
    moderation_meeting_id BIGINT         NOT NULL,
    sort_key              INT            NOT NULL,
    purpose               VARCHAR(30)    NOT NULL,
    amount                DECIMAL(10, 2) NOT NULL,
    note                  VARCHAR(1000)  NOT NULL,
    recorded_by           VARCHAR(100)   NOT NULL,
    recorded_at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (moderation_meeting_id, sort_key),
    CONSTRAINT fk_fnf_allocation_meeting FOREIGN KEY (moderation_meeting_id) REFERENCES moderation_meeting (id)
);
