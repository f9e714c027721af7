-- What the Education Support Officer notes about a school during the scrutiny of its hours
-- (issue 15): assistants' timetables, other support staff, the school's ASN management.
CREATE TABLE asn_school_notes (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT        NOT NULL,
    school_id          BIGINT        NOT NULL,
    timetable_notes    TEXT          NOT NULL,
    other_staff        TEXT          NOT NULL,
    management_notes   TEXT          NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uk_asn_school_notes (school_id),
    CONSTRAINT fk_asn_school_notes_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_asn_school_notes_school FOREIGN KEY (school_id) REFERENCES school (id)
);
