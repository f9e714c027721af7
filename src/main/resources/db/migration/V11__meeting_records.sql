-- The documents a closed moderation meeting keeps: its record (PDF) and the virement requests
-- (CSV), stored in the file store under server-made names.
ALTER TABLE moderation_meeting ADD COLUMN record_file VARCHAR(36);
ALTER TABLE moderation_meeting ADD COLUMN virement_file VARCHAR(36);
