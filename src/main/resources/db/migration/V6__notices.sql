-- In-app notifications: one row per recipient, stored as a message key with arguments so each
-- reader sees it in their own language.
CREATE TABLE notice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(100)  NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    arguments    VARCHAR(1000) NOT NULL,
    link         VARCHAR(200)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6),
    KEY ix_notice_recipient (recipient, created_at),
    KEY ix_notice_unread (recipient, read_at)
);
