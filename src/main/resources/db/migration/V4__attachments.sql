-- Files attached to plans (and later bids). The bytes are in the file store under stored_name,
-- a name the server made up; display_name is the sender's name cleaned for download.
CREATE TABLE attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_type    VARCHAR(10)  NOT NULL,
    owner_id      BIGINT       NOT NULL,
    pupil_id      BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    stored_name   VARCHAR(36)  NOT NULL,
    file_type     VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    removed_by    VARCHAR(100),
    removed_at    DATETIME(6),
    version       INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_attachment_stored_name (stored_name),
    KEY ix_attachment_owner (owner_type, owner_id),
    CONSTRAINT fk_attachment_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id)
);
