-- Waymark core schema. Runs unchanged on H2 (MODE=MySQL) and on MySQL 8.4 / MariaDB 10.11+:
-- lower-case unquoted names, no JSON columns, no vendor-only functions.

CREATE TABLE local_authority (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(10)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    name_cy         VARCHAR(150),
    nation          VARCHAR(10)  NOT NULL,
    welsh_preferred BOOLEAN      NOT NULL DEFAULT FALSE,
    version         INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_local_authority_code (code)
);

-- Schemes an authority runs (e.g. DESCRIPTOR_TOP_UP, ASN_HOURS, IDP, RAS).
CREATE TABLE la_scheme (
    local_authority_id BIGINT      NOT NULL,
    scheme             VARCHAR(30) NOT NULL,
    PRIMARY KEY (local_authority_id, scheme),
    CONSTRAINT fk_la_scheme_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- Term dates per academic year ("2025/26"), part of the authority aggregate.
CREATE TABLE term (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT      NOT NULL,
    academic_year      VARCHAR(7)  NOT NULL,
    term_name          VARCHAR(10) NOT NULL,
    start_date         DATE        NOT NULL,
    end_date           DATE        NOT NULL,
    UNIQUE KEY uk_term (local_authority_id, academic_year, term_name),
    CONSTRAINT fk_term_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- Bank holidays per calendar: England and Wales share one, Scotland has its own.
CREATE TABLE bank_holiday (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar     VARCHAR(20)  NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_bank_holiday (calendar, holiday_date)
);

CREATE TABLE school_family (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    name               VARCHAR(150) NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_family_name (local_authority_id, name),
    CONSTRAINT fk_family_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

CREATE TABLE school (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    family_id          BIGINT,
    reference_number   VARCHAR(20)  NOT NULL,
    name               VARCHAR(150) NOT NULL,
    phase              VARCHAR(20)  NOT NULL,
    governance         VARCHAR(20)  NOT NULL,
    opted_out          BOOLEAN      NOT NULL DEFAULT FALSE,
    number_on_roll     INT          NOT NULL DEFAULT 0,
    welsh_medium       BOOLEAN      NOT NULL DEFAULT FALSE,
    version            INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_school_reference (local_authority_id, reference_number),
    KEY ix_school_family (family_id),
    CONSTRAINT fk_school_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_school_family FOREIGN KEY (family_id) REFERENCES school_family (id)
);

CREATE TABLE pupil (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id  BIGINT       NOT NULL,
    school_id           BIGINT       NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    preferred_name      VARCHAR(100),
    -- lower-case search keys kept by the aggregate, so name search can use an index on both databases
    name_key            VARCHAR(201) NOT NULL,
    first_name_key      VARCHAR(100) NOT NULL,
    date_of_birth       DATE         NOT NULL,
    upn                 VARCHAR(13),
    candidate_number    VARCHAR(9),
    year_group          VARCHAR(4)   NOT NULL,
    year_rank           INT          NOT NULL,
    primary_need        VARCHAR(40)  NOT NULL,
    home_authority      VARCHAR(150),
    looked_after        BOOLEAN      NOT NULL DEFAULT FALSE,
    looked_after_by     VARCHAR(150),
    dual_registered     BOOLEAN      NOT NULL DEFAULT FALSE,
    named_person        VARCHAR(150),
    sif_stage           INT,
    medical_need        BOOLEAN      NOT NULL DEFAULT FALSE,
    personal_care_need  BOOLEAN      NOT NULL DEFAULT FALSE,
    sensory_impairment  VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    preferred_language  VARCHAR(2)   NOT NULL DEFAULT 'en',
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_pupil_upn (upn),
    UNIQUE KEY uk_pupil_candidate_number (candidate_number),
    KEY ix_pupil_school_name (school_id, name_key),
    KEY ix_pupil_la_name (local_authority_id, name_key),
    KEY ix_pupil_la_first_name (local_authority_id, first_name_key),
    KEY ix_pupil_duplicate (local_authority_id, date_of_birth, last_name),
    CONSTRAINT fk_pupil_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_pupil_school FOREIGN KEY (school_id) REFERENCES school (id)
);

-- Areas of need of a pupil (the primary one is also on pupil.primary_need).
CREATE TABLE pupil_need (
    pupil_id BIGINT      NOT NULL,
    area     VARCHAR(40) NOT NULL,
    PRIMARY KEY (pupil_id, area),
    KEY ix_pupil_need_area (area, pupil_id),
    CONSTRAINT fk_pupil_need_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);

-- Diagnoses are recorded, never by themselves a reason to allocate.
CREATE TABLE diagnosis (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id BIGINT       NOT NULL,
    sort_key INT          NOT NULL,
    description VARCHAR(200) NOT NULL,
    CONSTRAINT fk_diagnosis_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);

-- Enrolment history: which school, from when, until when, why it ended.
CREATE TABLE enrolment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    pupil_id   BIGINT      NOT NULL,
    sort_key   INT         NOT NULL,
    school_id  BIGINT      NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE,
    end_reason VARCHAR(30),
    KEY ix_enrolment_pupil (pupil_id),
    CONSTRAINT fk_enrolment_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_enrolment_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE app_user (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(100) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    display_name       VARCHAR(150) NOT NULL,
    email              VARCHAR(200),
    local_authority_id BIGINT,
    family_id          BIGINT,
    school_id          BIGINT,
    locale             VARCHAR(5)   NOT NULL DEFAULT 'en',
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6),
    last_login_at      DATETIME(6),
    version            INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_app_user_username (username),
    CONSTRAINT fk_user_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_user_family FOREIGN KEY (family_id) REFERENCES school_family (id),
    CONSTRAINT fk_user_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE user_role (
    app_user_id BIGINT      NOT NULL,
    role        VARCHAR(40) NOT NULL,
    PRIMARY KEY (app_user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
);

-- Children a parent / carer account may see.
CREATE TABLE linked_child (
    app_user_id BIGINT NOT NULL,
    pupil_id    BIGINT NOT NULL,
    PRIMARY KEY (app_user_id, pupil_id),
    KEY ix_linked_child_pupil (pupil_id),
    CONSTRAINT fk_linked_child_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_linked_child_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);

-- Who did what to which record, when (UTC) and from where. Append-only.
CREATE TABLE audit_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    subject_type   VARCHAR(40)  NOT NULL,
    subject_id     VARCHAR(40),
    outcome        VARCHAR(10)  NOT NULL,
    detail         VARCHAR(1000),
    remote_address VARCHAR(64),
    KEY ix_audit_subject (subject_type, subject_id, occurred_at),
    KEY ix_audit_actor (actor, occurred_at)
);
