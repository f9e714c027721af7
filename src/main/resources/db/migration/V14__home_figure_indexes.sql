-- Home figures count an authority's pupils by primary need and by school from an index rather
-- than reading the table (docs/performance.md).
CREATE INDEX ix_pupil_la_need ON pupil (local_authority_id, primary_need);
CREATE INDEX ix_pupil_la_school ON pupil (local_authority_id, school_id);
