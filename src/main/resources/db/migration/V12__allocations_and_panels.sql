-- The allocation ledger: what each pupil holds, from when to when, and the decision it came
-- from. Lines are never rewritten: a new decision ends one line and opens another.
CREATE TABLE allocation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    pupil_id           BIGINT,
    school_id          BIGINT,
    family_id          BIGINT,
    stream             VARCHAR(12)    NOT NULL,
    level              VARCHAR(20),
    amount             DECIMAL(12, 2) NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NOT NULL,
    source             VARCHAR(12)    NOT NULL,
    source_id          BIGINT         NOT NULL,
    decided_on         DATE           NOT NULL,
    end_reason         VARCHAR(24),
    review_due_by      DATE,
    reminder_sent_on   DATE,
    recoup_from        VARCHAR(100),
    created_at         DATETIME(6)    NOT NULL,
    created_by         VARCHAR(100)   NOT NULL,
    version            INT            NOT NULL DEFAULT 0,
    KEY ix_allocation_pupil (pupil_id, stream, end_date),
    KEY ix_allocation_school (school_id, start_date),
    KEY ix_allocation_la_end (local_authority_id, end_date),
    KEY ix_allocation_source (source, source_id),
    CONSTRAINT fk_allocation_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE allocation_history (
    allocation_id BIGINT        NOT NULL,
    sort_key      INT           NOT NULL,
    happened_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    event         VARCHAR(30)   NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (allocation_id, sort_key),
    CONSTRAINT fk_allocation_history FOREIGN KEY (allocation_id) REFERENCES allocation (id)
);

-- An authority's standing panels (the resubmission panel sits with the main panel's members).
CREATE TABLE panel (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT      NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    UNIQUE KEY uk_panel (local_authority_id, kind),
    CONSTRAINT fk_panel_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE panel_seat (
    panel_id     BIGINT       NOT NULL,
    sort_key     INT          NOT NULL,
    user_id      BIGINT       NOT NULL,
    display_name VARCHAR(150) NOT NULL,
    capacity     VARCHAR(20)  NOT NULL,
    seat_role    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (panel_id, sort_key),
    CONSTRAINT fk_panel_seat FOREIGN KEY (panel_id) REFERENCES panel (id)
);

CREATE TABLE panel_meeting (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    meeting_date       DATE         NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    opened_by          VARCHAR(100) NOT NULL,
    opened_at          DATETIME(6)  NOT NULL,
    closed_by          VARCHAR(100),
    closed_at          DATETIME(6),
    version            INT          NOT NULL DEFAULT 0,
    KEY ix_panel_meeting_la (local_authority_id, meeting_date),
    CONSTRAINT fk_panel_meeting_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE meeting_seat (
    panel_meeting_id BIGINT       NOT NULL,
    sort_key         INT          NOT NULL,
    user_id          BIGINT       NOT NULL,
    display_name     VARCHAR(150) NOT NULL,
    capacity         VARCHAR(20)  NOT NULL,
    seat_role        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (panel_meeting_id, sort_key),
    CONSTRAINT fk_meeting_seat FOREIGN KEY (panel_meeting_id) REFERENCES panel_meeting (id)
);

CREATE TABLE panel_case (
    panel_meeting_id BIGINT         NOT NULL,
    sort_key         INT            NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    pupil_id         BIGINT         NOT NULL,
    school_id        BIGINT         NOT NULL,
    bid_id           BIGINT,
    interim_id       BIGINT,
    appeal_id        BIGINT,
    outcome          VARCHAR(20),
    level            VARCHAR(20),
    amount           DECIMAL(12, 2),
    period           VARCHAR(20),
    period_end       DATE,
    reasons          VARCHAR(4000),
    decided_by       VARCHAR(100),
    decided_at       DATETIME(6),
    PRIMARY KEY (panel_meeting_id, sort_key),
    CONSTRAINT fk_panel_case FOREIGN KEY (panel_meeting_id) REFERENCES panel_meeting (id)
);

-- Decisions made outside a panel by the chair or group manager, for a fixed period; each goes
-- on the next main panel's list.
CREATE TABLE interim_decision (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id  BIGINT         NOT NULL,
    pupil_id            BIGINT         NOT NULL,
    school_id           BIGINT         NOT NULL,
    ground              VARCHAR(30)    NOT NULL,
    level               VARCHAR(20),
    amount              DECIMAL(12, 2) NOT NULL,
    end_date            DATE           NOT NULL,
    reasons             VARCHAR(4000)  NOT NULL,
    decided_by          VARCHAR(100)   NOT NULL,
    decided_on          DATE           NOT NULL,
    listed_meeting_id   BIGINT,
    version             INT            NOT NULL DEFAULT 0,
    KEY ix_interim_la (local_authority_id, listed_meeting_id),
    CONSTRAINT fk_interim_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- A head teacher's request to appeal a decision, which the family must support.
CREATE TABLE appeal_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id  BIGINT        NOT NULL,
    bid_id              BIGINT        NOT NULL,
    pupil_id            BIGINT        NOT NULL,
    school_id           BIGINT        NOT NULL,
    family_id           BIGINT,
    original_meeting_id BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    grounds             VARCHAR(4000) NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    family_note         VARCHAR(2000),
    family_by           VARCHAR(100),
    family_at           DATETIME(6),
    listed_meeting_id   BIGINT,
    version             INT           NOT NULL DEFAULT 0,
    KEY ix_appeal_la (local_authority_id, status),
    KEY ix_appeal_family (family_id, status),
    CONSTRAINT fk_appeal_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- Decision letters: one per decided case, in the recipient's language, kept in the file store.
CREATE TABLE decision_letter (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    panel_meeting_id   BIGINT       NOT NULL,
    case_key           INT          NOT NULL,
    pupil_id           BIGINT       NOT NULL,
    school_id          BIGINT       NOT NULL,
    language           VARCHAR(5)   NOT NULL,
    stored_name        VARCHAR(100),
    generated_at       DATETIME(6),
    due_by             DATE         NOT NULL,
    sent_on            DATE,
    sent_by            VARCHAR(100),
    version            INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_letter_case (panel_meeting_id, case_key),
    KEY ix_letter_la_due (local_authority_id, sent_on, due_by),
    KEY ix_letter_pupil (pupil_id),
    CONSTRAINT fk_letter_meeting FOREIGN KEY (panel_meeting_id) REFERENCES panel_meeting (id)
);
