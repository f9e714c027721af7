-- Scotland's ASN assistant hours, part 2 (issue 15).

-- The authority's settings, kept by its administrator: the hourly rate of an ASN assistant
-- (pounds an hour; none until set), the learning-centre staffing ratio (pupils per assistant;
-- none until set), the school week by phase (hours) and the Education Support Officer who takes
-- early-years mid-term requests (a login; none for any officer). One row per authority.
CREATE TABLE asn_settings (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id   BIGINT        NOT NULL,
    hourly_rate          DECIMAL(8, 2),
    pupils_per_assistant DECIMAL(5, 2),
    week_early_years     DECIMAL(5, 2) NOT NULL,
    week_primary         DECIMAL(5, 2) NOT NULL,
    week_secondary       DECIMAL(5, 2) NOT NULL,
    early_years_officer  VARCHAR(100),
    updated_by           VARCHAR(100)  NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uk_asn_settings (local_authority_id),
    CONSTRAINT fk_asn_settings_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- A mid-term allocation (MTA) request: part of its request. Whether the child is in early years
-- (the early-years officer takes it; any other pupil's is exceptional), the lead officer's
-- assessment (hours proposed, review date), the second officer's joint view (AGREED, VARIATION
-- with its hours, OTHER_SUPPORT), the day the approved hours run from and the review dates.
CREATE TABLE asn_mid_term (
    asn_request_id BIGINT        NOT NULL PRIMARY KEY,
    early_years    BOOLEAN       NOT NULL DEFAULT FALSE,
    assessed_by    VARCHAR(100),
    assessed_on    DATE,
    assessed_hours DECIMAL(5, 2),
    assessment     TEXT,
    joint_by       VARCHAR(100),
    joint_view     VARCHAR(16),
    joint_hours    DECIMAL(5, 2),
    joint_note     TEXT,
    hours_from     DATE,
    review_date    DATE,
    reviewed_on    DATE,
    KEY ix_asn_mid_term_review (review_date),
    CONSTRAINT fk_asn_mid_term FOREIGN KEY (asn_request_id) REFERENCES asn_request (id)
);

-- A pupil with assistant hours moved out of a school (or left the council), as recorded: the
-- hours a week held, the school days from the move to the day before it was recorded, the
-- council's hourly rate then and the overpayment finance recovers (hours x rate x days / 5).
CREATE TABLE asn_move (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT         NOT NULL,
    pupil_id           BIGINT         NOT NULL,
    from_school_id     BIGINT         NOT NULL,
    to_school_id       BIGINT,
    reason             VARCHAR(30)    NOT NULL,
    moved_on           DATE           NOT NULL,
    notified_on        DATE           NOT NULL,
    recorded_on        DATE           NOT NULL,
    hours              DECIMAL(5, 2)  NOT NULL,
    school_days        INT            NOT NULL,
    hourly_rate        DECIMAL(8, 2),
    overpayment        DECIMAL(10, 2),
    recorded_by        VARCHAR(100)   NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    KEY ix_asn_move_authority (local_authority_id, recorded_on),
    CONSTRAINT fk_asn_move_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_asn_move_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_asn_move_from FOREIGN KEY (from_school_id) REFERENCES school (id),
    CONSTRAINT fk_asn_move_to FOREIGN KEY (to_school_id) REFERENCES school (id)
);
