-- Whom parents and schools contact at the authority about SEND decisions and appeals (issue 14,
-- point 8): the team's e-mail address, telephone number and postal address, each optional, kept
-- on the authority and printed in the decision letter's appeal section. Edited by the
-- authority's administrator.
ALTER TABLE local_authority ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE local_authority ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE local_authority ADD COLUMN contact_address VARCHAR(300);
