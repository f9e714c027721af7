-- The journal of each applied pupil import (issue 22, DD020), so that an import can be undone
-- within the undo period (waymark.imports.undo-days): one row per import (who, when, which file,
-- what it did, and once undone, who undid it and what the undo did); one row per pupil it added or
-- updated; and for each pupil it updated, each group of fields it changed (name, date of birth,
-- number, year group, needs, looked after, language) with the values before and after, encoded as
-- key=value pairs (ImportedFields). Written in the apply's own transaction, in batches.
-- school_id is the importing SENCO's school (a school undoes its own imports); NULL for an
-- authority officer's import. The pupil rows hang off the pupil (pupil_id): a pupil's erasure
-- takes them with it, and a subject access request shows them.
CREATE TABLE pupil_import (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    school_id          BIGINT,
    format             VARCHAR(8)   NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    made_by            VARCHAR(100) NOT NULL,
    applied_at         DATETIME(6)  NOT NULL,
    added              INT          NOT NULL,
    updated            INT          NOT NULL,
    leavers            INT          NOT NULL,
    moves              INT          NOT NULL,
    undone_at          DATETIME(6),
    undone_by          VARCHAR(100),
    removed            INT,
    kept               INT,
    restored           INT,
    fields_kept        INT,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_pupil_import_authority FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_pupil_import_school FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX idx_pupil_import_recent ON pupil_import (local_authority_id, applied_at);

CREATE TABLE pupil_import_pupil (
    pupil_import_id BIGINT  NOT NULL,
    pupil_id        BIGINT  NOT NULL,
    added           BOOLEAN NOT NULL,
    PRIMARY KEY (pupil_import_id, pupil_id),
    CONSTRAINT fk_pupil_import_pupil_import FOREIGN KEY (pupil_import_id) REFERENCES pupil_import (id),
    CONSTRAINT fk_pupil_import_pupil_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
CREATE INDEX idx_pupil_import_pupil_pupil ON pupil_import_pupil (pupil_id);

CREATE TABLE pupil_import_field (
    pupil_import_id BIGINT      NOT NULL,
    pupil_id        BIGINT      NOT NULL,
    field           VARCHAR(40) NOT NULL,
    old_value       TEXT,
    new_value       TEXT,
    PRIMARY KEY (pupil_import_id, pupil_id, field),
    CONSTRAINT fk_pupil_import_field_import FOREIGN KEY (pupil_import_id) REFERENCES pupil_import (id),
    CONSTRAINT fk_pupil_import_field_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
CREATE INDEX idx_pupil_import_field_pupil ON pupil_import_field (pupil_id);
