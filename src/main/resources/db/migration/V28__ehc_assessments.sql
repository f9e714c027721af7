-- England (issue 17): EHC needs assessments on their 20-week statutory clock (SEND Regulations 2014).
-- A request (from a school, a parent, the young person or a professional) is received on received_on;
-- the authority decides whether to assess (6 weeks), asks for advice (each due 6 weeks after it was
-- asked for), drafts the EHC plan (a support_plan of type EHCP), sends it to the parents (15 days for
-- comments and a school), consults the named school (15 days) and issues the final plan (20 weeks).
-- status: REQUESTED, ASSESSING, DRAFT, ISSUED, NOT_ASSESSED, NOT_ISSUED. needs: AreaOfNeed names, comma-separated.
CREATE TABLE ehc_assessment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    pupil_id           BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    source             VARCHAR(15)   NOT NULL,
    requester          VARCHAR(200)  NOT NULL,
    requester_role     VARCHAR(200)  NOT NULL,
    reasons            VARCHAR(4000) NOT NULL,
    needs              VARCHAR(200)  NOT NULL,
    received_on        DATE          NOT NULL,
    caseworker         VARCHAR(100)  NOT NULL,
    status             VARCHAR(15)   NOT NULL,
    decided_on         DATE,
    decision_reasons   VARCHAR(2000),
    support_plan_id    BIGINT,
    draft_sent_on      DATE,
    parents_replied_on DATE,
    school_named       VARCHAR(200),
    consulted_on       DATE,
    school_answered_on DATE,
    closed_on          DATE,
    closed_reasons     VARCHAR(2000),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    KEY ix_ehc_assessment_la (local_authority_id, status, received_on),
    KEY ix_ehc_assessment_worker (local_authority_id, caseworker, status),
    KEY ix_ehc_assessment_pupil (pupil_id),
    KEY ix_ehc_assessment_school (school_id),
    KEY ix_ehc_assessment_plan (support_plan_id),
    KEY ix_ehc_assessment_closed (local_authority_id, closed_on),
    CONSTRAINT fk_ehc_assessment_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_ehc_assessment_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_ehc_assessment_plan FOREIGN KEY (support_plan_id) REFERENCES support_plan (id)
);

-- Statutory exceptions recorded against an assessment's clock, with reasons: the days from from_on to
-- to_on (today while open) do not count. reason: INSTITUTION_CLOSED, PERSONAL_CIRCUMSTANCES, AWAY_FROM_AREA.
CREATE TABLE ehc_pause (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    ehc_assessment_id BIGINT        NOT NULL,
    sort_key          INT           NOT NULL,
    reason            VARCHAR(30)   NOT NULL,
    notes             VARCHAR(1000) NOT NULL,
    from_on           DATE          NOT NULL,
    to_on             DATE,
    recorded_by       VARCHAR(100)  NOT NULL,
    KEY ix_ehc_pause_assessment (ehc_assessment_id),
    CONSTRAINT fk_ehc_pause_assessment FOREIGN KEY (ehc_assessment_id) REFERENCES ehc_assessment (id)
);

-- Advice asked for in an assessment, from an adviser of a kind (EDUCATION, HEALTH, SOCIAL_CARE,
-- EDUCATIONAL_PSYCHOLOGY, OTHER), due 6 weeks after requested_on; returned as an attachment on returned_on.
CREATE TABLE ehc_advice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    ehc_assessment_id BIGINT        NOT NULL,
    kind              VARCHAR(25)   NOT NULL,
    adviser           VARCHAR(200)  NOT NULL,
    requested_on      DATE          NOT NULL,
    returned_on       DATE,
    returned_by       VARCHAR(100),
    version           INT           NOT NULL DEFAULT 0,
    KEY ix_ehc_advice_assessment (ehc_assessment_id),
    CONSTRAINT fk_ehc_advice_assessment FOREIGN KEY (ehc_assessment_id) REFERENCES ehc_assessment (id)
);
