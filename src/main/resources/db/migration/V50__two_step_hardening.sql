-- Two-step sign-in hardening (DD012, issue 20).

-- TOTP secrets are kept encrypted (AES-256-GCM, a nonce per row, key from configuration): the
-- sealed form is longer than the 32-letter base32 secret. Rows written before this version are
-- sealed at the next start (TwoStepSecrets), the demo secret too.
ALTER TABLE two_step_credential MODIFY COLUMN secret VARCHAR(255) NOT NULL;

-- The last 30-second time step whose code was accepted for the account: a code of that step or
-- an earlier one is refused, so a code cannot be used twice (RFC 6238 section 5.2).
ALTER TABLE two_step_credential ADD COLUMN last_used_step BIGINT;
