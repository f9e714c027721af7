-- Sign-in, passwords and sessions (DD012): two-step sign-in, password reset codes, ending sessions.

-- Sessions signed in before this moment are ended on their next request (administrator's
-- "end sessions", password change, disabling).
ALTER TABLE app_user ADD COLUMN sessions_valid_from DATETIME(6);

-- A user's authenticator (RFC 6238 TOTP): one per account; confirmed once a code was entered.
CREATE TABLE two_step_credential (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    app_user_id  BIGINT      NOT NULL,
    secret       VARCHAR(64) NOT NULL,
    confirmed_at DATETIME(6),
    created_at   DATETIME(6) NOT NULL,
    version      INT         NOT NULL DEFAULT 0,
    UNIQUE KEY uk_two_step_user (app_user_id),
    CONSTRAINT fk_two_step_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
);

-- One-time recovery codes, stored hashed; a used code keeps its row with the time it was used.
CREATE TABLE recovery_code (
    two_step_credential_id BIGINT       NOT NULL,
    code_hash              VARCHAR(255) NOT NULL,
    used_at                DATETIME(6),
    CONSTRAINT fk_recovery_code_credential FOREIGN KEY (two_step_credential_id) REFERENCES two_step_credential (id)
);
CREATE INDEX ix_recovery_code_credential ON recovery_code (two_step_credential_id);

-- Administrator-issued password reset codes: stored hashed, expiring, used once.
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    app_user_id BIGINT       NOT NULL,
    code_hash   VARCHAR(255) NOT NULL,
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_password_reset_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_reset_user ON password_reset (app_user_id);
