-- An HLN bid from a current holder at the same or a lower level is a resubmission (heard by the
-- resubmission panel); one asking for more is an increase (a new application to the main panel).
ALTER TABLE bid ADD COLUMN resubmission BOOLEAN NOT NULL DEFAULT FALSE;

-- AFN a family returned when the authority awarded HLN to the pupil: the yearly amount's share
-- for the days it no longer runs, which goes back into the family's AFN budget.
ALTER TABLE allocation ADD COLUMN returned_amount DECIMAL(10, 2);

-- FNF agreed for one named pupil (transition support, say) rather than for the family as a whole.
ALTER TABLE fnf_allocation ADD COLUMN pupil_id BIGINT;

-- A family's live lines of a stream (HLN holders for its meetings, AFN to return).
CREATE INDEX ix_allocation_family_stream ON allocation (family_id, stream, end_date);
