-- Issue 19, point 5 (docs/performance.md, DD011): the authority-wide dashboard counts pupils from
-- two summary tables instead of reading the whole register, kept exact as pupils are saved
-- (reporting/domain/PupilCounts listens to the pupil aggregate's saves and deletes; bulk writers
-- such as the scale-data generator recount an authority). report_pupil_group: the pupils at an
-- authority's schools by main need, year group and Scottish SIF stage (-1 for none);
-- report_pupil_school: the pupils of each school by main need.
CREATE TABLE report_pupil_group (
    local_authority_id BIGINT      NOT NULL,
    primary_need       VARCHAR(40) NOT NULL,
    year_group         VARCHAR(4)  NOT NULL,
    year_rank          INT         NOT NULL,
    sif_stage          INT         NOT NULL,
    pupils             BIGINT      NOT NULL,
    PRIMARY KEY (local_authority_id, primary_need, year_group, year_rank, sif_stage)
);

CREATE TABLE report_pupil_school (
    school_id    BIGINT      NOT NULL,
    primary_need VARCHAR(40) NOT NULL,
    pupils       BIGINT      NOT NULL,
    PRIMARY KEY (school_id, primary_need)
);

INSERT INTO report_pupil_group (local_authority_id, primary_need, year_group, year_rank, sif_stage, pupils)
SELECT s.local_authority_id, p.primary_need, p.year_group, p.year_rank, COALESCE(p.sif_stage, -1), COUNT(*)
FROM pupil p JOIN school s ON s.id = p.school_id
GROUP BY s.local_authority_id, p.primary_need, p.year_group, p.year_rank, COALESCE(p.sif_stage, -1);

INSERT INTO report_pupil_school (school_id, primary_need, pupils)
SELECT p.school_id, p.primary_need, COUNT(*) FROM pupil p GROUP BY p.school_id, p.primary_need;
