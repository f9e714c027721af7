-- Issue 19, point 5: the authority's ledger figures (pupils by level held today, spend and forecast for the
-- year, Scottish hours held today) read its own lines of the streams asked for from this index, instead of
-- every line of the authority (ix_allocation_la_end) or of each of its schools (ix_allocation_school).
-- Pupils by level is answered from the index alone.
CREATE INDEX ix_allocation_la_stream ON allocation (local_authority_id, stream, end_date, start_date, level, pupil_id);
