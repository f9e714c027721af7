-- Files in the database (issue 21 point 3, DD015): with waymark.files.store=database, attachments,
-- decision letters and meeting records are kept here, so every node reads them and every database
-- backup includes them. A file is split into chunks of at most 1 MiB, each written and read as a
-- stream, so neither the portal nor the database driver ever holds a whole file and no file is
-- limited by the server's max_allowed_packet. LONGBLOB is MySQL/MariaDB's type; H2 reads it as BLOB.
CREATE TABLE stored_file (
    name        VARCHAR(36)  NOT NULL PRIMARY KEY,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    chunks      INT          NOT NULL,
    stored_at   DATETIME(6)  NOT NULL
);

CREATE TABLE stored_file_chunk (
    name   VARCHAR(36) NOT NULL,
    seq    INT         NOT NULL,
    bytes  LONGBLOB    NOT NULL,
    PRIMARY KEY (name, seq),
    CONSTRAINT fk_stored_file_chunk_file FOREIGN KEY (name) REFERENCES stored_file (name)
);
