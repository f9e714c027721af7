-- Issue 19: the dashboards count an authority's pupils by school, need, year group and stage in
-- one pass; this index covers that pass (read from the index alone, school by school).
CREATE INDEX ix_pupil_report ON pupil (school_id, primary_need, year_group, year_rank, sif_stage);
