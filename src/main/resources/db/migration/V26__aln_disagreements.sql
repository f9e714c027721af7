-- Wales (issue 16, point 5): disagreements about a pupil's ALN decision or IDP. Logged by a parent or
-- by the school for the young person; a liaison officer of the authority assigned (informal
-- resolution starts); then the authority's disagreement resolution service and the Education
-- Tribunal for Wales, each with its date and, once left, its outcome.
-- status: LOGGED, INFORMAL, RESOLUTION_SERVICE, TRIBUNAL, CLOSED.
CREATE TABLE aln_disagreement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    pupil_id           BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    source             VARCHAR(30)   NOT NULL,
    topic              VARCHAR(20)   NOT NULL,
    concern            VARCHAR(2000) NOT NULL,
    raised_on          DATE          NOT NULL,
    logged_by          VARCHAR(100)  NOT NULL,
    logged_at          DATETIME(6)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    liaison_officer    VARCHAR(100),
    informal_on        DATE,
    informal_outcome   VARCHAR(1000),
    service_on         DATE,
    service_outcome    VARCHAR(1000),
    tribunal_on        DATE,
    hearing_on         DATE,
    tribunal_outcome   VARCHAR(1000),
    closed_on          DATE,
    version            INT           NOT NULL DEFAULT 0,
    KEY ix_aln_disagreement_pupil (pupil_id),
    KEY ix_aln_disagreement_la (local_authority_id, status),
    CONSTRAINT fk_aln_disagreement_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_aln_disagreement_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
