-- Wales (issue 16). Breaks inside a term (half-term weeks): not school days, so clocks counted in
-- school days (a school's 20 school days to refer a pupil's case) stop over them. Part of the
-- local_authority aggregate, like its terms.
CREATE TABLE term_break (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT NOT NULL,
    start_date         DATE   NOT NULL,
    end_date           DATE   NOT NULL,
    UNIQUE KEY uk_term_break (local_authority_id, start_date),
    CONSTRAINT fk_term_break_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
);

-- The record of a concern that a pupil may have additional learning needs and the two-step decision
-- on it (who raised it and when; evidence of less-than-expected progress; inclusive provision
-- already made; test 1 by either limb and test 2, each with reasons; the outcome and its reason;
-- the IDP drafted). decider: SCHOOL or AUTHORITY; status: OPEN, REFERRED, DECIDED.
CREATE TABLE aln_decision (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id      BIGINT        NOT NULL,
    pupil_id                BIGINT        NOT NULL,
    school_id               BIGINT        NOT NULL,
    decider                 VARCHAR(10)   NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    concern_source          VARCHAR(30)   NOT NULL,
    concern_by              VARCHAR(200)  NOT NULL,
    concern_on              DATE          NOT NULL,
    concern_text            VARCHAR(2000) NOT NULL,
    recorded_by             VARCHAR(100)  NOT NULL,
    recorded_at             DATETIME(6)   NOT NULL,
    progress                VARCHAR(100)  NOT NULL,
    evidence                VARCHAR(4000),
    inclusive_provision     VARCHAR(4000),
    significant_difficulty  BOOLEAN,
    equality_act_disability BOOLEAN,
    test1_reasons           VARCHAR(2000),
    calls_for_alp           BOOLEAN,
    test2_reasons           VARCHAR(2000),
    outcome                 VARCHAR(10),
    outcome_reason          VARCHAR(40),
    decided_by              VARCHAR(100),
    decided_at              DATETIME(6),
    decided_on              DATE,
    plan_id                 BIGINT,
    version                 INT           NOT NULL DEFAULT 0,
    KEY ix_aln_decision_pupil (pupil_id),
    KEY ix_aln_decision_school (school_id, status),
    KEY ix_aln_decision_la (local_authority_id, decider, status),
    CONSTRAINT fk_aln_decision_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_aln_decision_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);

-- Who maintains the IDP, decided with its reasons: the facts as they stood, the school's grounds,
-- the outcome (SCHOOL or AUTHORITY) and every reason (message keys, comma-separated), and whether the
-- school decided it by the rules or the authority on a referral. Kept as made; the latest counts.
CREATE TABLE maintainer_decision (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    pupil_id           BIGINT       NOT NULL,
    aln_decision_id    BIGINT       NOT NULL,
    dually_registered  BOOLEAN      NOT NULL,
    looked_after       BOOLEAN      NOT NULL,
    special_placement  BOOLEAN      NOT NULL,
    ta_hours           DECIMAL(4,1),
    grounds            VARCHAR(300) NOT NULL,
    maintainer         VARCHAR(10)  NOT NULL,
    reasons            VARCHAR(400) NOT NULL,
    decided_as         VARCHAR(10)  NOT NULL,
    decided_by         VARCHAR(100) NOT NULL,
    decided_at         DATETIME(6)  NOT NULL,
    KEY ix_maintainer_pupil (pupil_id),
    CONSTRAINT fk_maintainer_decision FOREIGN KEY (aln_decision_id) REFERENCES aln_decision (id)
);
