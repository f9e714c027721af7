-- Moves and leavers (issue 13, rule 3). The one-month rule counts from the day the authority
-- was told, recorded apart from the day the pupil left or moved.
ALTER TABLE enrolment ADD COLUMN notified_on DATE;

-- On a ledger line stopped by a move or a leaver: the day the authority was told.
ALTER TABLE allocation ADD COLUMN notified_on DATE;

-- The pupil's year group when the decision that opened the line was made: a new HLN award made
-- in Year 6 follows the pupil to secondary school even after it ran to the end of Key Stage 2.
ALTER TABLE allocation ADD COLUMN decided_in_year VARCHAR(4);
