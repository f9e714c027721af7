-- Indexes for the pupil grid at scale (docs/performance.md): a page in year-group order, or
-- filtered by year group in name order, is read straight from an index of the authority's
-- pupils instead of sorting them all; schools are listed by name within their authority.
CREATE INDEX ix_pupil_la_year_name ON pupil (local_authority_id, year_rank, name_key);
CREATE INDEX ix_pupil_la_yeargroup_name ON pupil (local_authority_id, year_group, name_key);
CREATE INDEX ix_school_la_name ON school (local_authority_id, name);
