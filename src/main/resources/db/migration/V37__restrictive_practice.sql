-- Issue 19, point 4: incidents of restrictive practice (physical intervention, seclusion,
-- mechanical or chemical restraint) recorded per pupil by the school: who intervened, when, what
-- happened, how long it lasted, the debrief with the pupil and when the parents were told.
-- kind: PHYSICAL_INTERVENTION, SECLUSION, MECHANICAL_RESTRAINT. Reported by school and need.
CREATE TABLE restrictive_incident (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    pupil_id           BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    duration_minutes   INT           NOT NULL,
    staff_involved     VARCHAR(500)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    debrief_on         DATE,
    debrief_note       VARCHAR(2000),
    parent_informed_on DATE,
    parent_informed_how VARCHAR(200),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    KEY ix_restrictive_pupil (pupil_id, occurred_at),
    KEY ix_restrictive_la (local_authority_id, occurred_at),
    KEY ix_restrictive_school (school_id, occurred_at),
    CONSTRAINT fk_restrictive_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_restrictive_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
