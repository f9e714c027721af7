-- Issue 20 point 6b (DD013): authority names typed before the list of UK local authorities that
-- matched none of it are kept here, beside an empty code, for a person to resolve. The conversion
-- of the names to codes is the Java migration V51.1 (pupils/service/AuthorityCodesMigration).
ALTER TABLE pupil ADD COLUMN home_authority_unmatched VARCHAR(150);
ALTER TABLE pupil ADD COLUMN looked_after_by_unmatched VARCHAR(150);
