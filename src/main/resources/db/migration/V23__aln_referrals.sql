-- Wales (issue 16): referrals of a pupil's ALN case to the local authority. A school's is prepared
-- when the need becomes apparent and due 20 school days later (due_by; none while the authority's
-- term dates do not reach it), then sent; one from a parent, the young person or a professional is
-- received by the authority. The authority decides: AUTHORITY_DECIDES or SCHOOL_BEST_PLACED.
-- status: PREPARING, SENT, DECIDED. reasons: message keys, comma-separated.
CREATE TABLE aln_referral (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    pupil_id           BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    aln_decision_id    BIGINT,
    source             VARCHAR(15)   NOT NULL,
    referrer           VARCHAR(200)  NOT NULL,
    summary            VARCHAR(4000) NOT NULL,
    reasons            VARCHAR(400)  NOT NULL,
    started_on         DATE          NOT NULL,
    due_by             DATE,
    status             VARCHAR(10)   NOT NULL,
    prepared_by        VARCHAR(100)  NOT NULL,
    prepared_at        DATETIME(6)   NOT NULL,
    sent_by            VARCHAR(100),
    sent_at            DATETIME(6),
    sent_on            DATE,
    outcome            VARCHAR(20),
    outcome_reasons    VARCHAR(2000),
    decided_by         VARCHAR(100),
    decided_at         DATETIME(6),
    decided_on         DATE,
    version            INT           NOT NULL DEFAULT 0,
    KEY ix_aln_referral_la (local_authority_id, status, started_on),
    KEY ix_aln_referral_school (school_id, status),
    KEY ix_aln_referral_pupil (pupil_id),
    CONSTRAINT fk_aln_referral_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_aln_referral_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
    CONSTRAINT fk_aln_referral_decision FOREIGN KEY (aln_decision_id) REFERENCES aln_decision (id)
);
