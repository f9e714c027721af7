-- E-mail notifications (issue 14, point 10).
-- Each person chooses how notices reach them by e-mail: EACH (one mail per notice), DIGEST (one
-- mail a day) or NONE. Mail goes only to an account with an e-mail address, and only when the
-- portal has a mail server configured.
ALTER TABLE app_user ADD COLUMN email_notices VARCHAR(10) NOT NULL DEFAULT 'EACH';

-- The outbox: written in the same transaction as the notice, sent later by a scheduled job that
-- retries with a back-off. It holds no notice text: only the notice's key (what changed), the
-- child's first name and the link, so a mail can never carry more than that.
CREATE TABLE outbox_mail (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(100) NOT NULL,
    notice_id    BIGINT       NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    child_name   VARCHAR(100),
    link         VARCHAR(200) NOT NULL,
    digest       BOOLEAN      NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    due_at       DATETIME(6)  NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500),
    sent_at      DATETIME(6),
    KEY ix_outbox_mail_due (status, due_at),
    KEY ix_outbox_mail_recipient (recipient, created_at)
);
