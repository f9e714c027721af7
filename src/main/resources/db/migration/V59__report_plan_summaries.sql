-- Issue 19, point 5 (DD011 "Speed", docs/performance.md): at England size (590,000 plans an authority) the
-- authority's plan figures cannot be read from the plans on each load. Three summaries, kept exact as plans,
-- their contributions and their reviews are saved (reporting/domain/PlanCounts, in the same transaction), let the
-- whole authority's figures add up a few thousand rows instead. Family and school figures still read the plans.
--
-- report_plan_group: the plans an authority maintains by type, status, pupil's main need, next review date
-- (9999-12-31 for none) and whether the child's and the parents' own words are held (1/0).
CREATE TABLE report_plan_group (
    local_authority_id BIGINT      NOT NULL,
    plan_type          VARCHAR(20) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    pupil_need         VARCHAR(40) NOT NULL,
    review_on          DATE        NOT NULL,
    child_voice        SMALLINT    NOT NULL,
    parent_voice       SMALLINT    NOT NULL,
    plans              BIGINT      NOT NULL,
    PRIMARY KEY (local_authority_id, plan_type, status, pupil_need, review_on, child_voice, parent_voice)
);

-- report_review_group: reviews held, by the plan's authority, type and pupil's need, the day held and whether
-- held on or before the day due (HELD_ON_TIME), after it (HELD_LATE) or before due days were kept (HELD_UNTIMED).
CREATE TABLE report_review_group (
    local_authority_id BIGINT      NOT NULL,
    plan_type          VARCHAR(20) NOT NULL,
    pupil_need         VARCHAR(40) NOT NULL,
    held_on            DATE        NOT NULL,
    timeliness         VARCHAR(20) NOT NULL,
    reviews            BIGINT      NOT NULL,
    PRIMARY KEY (local_authority_id, plan_type, pupil_need, held_on, timeliness)
);

-- report_outcome_group: the outcomes looked at in those reviews, by progress.
CREATE TABLE report_outcome_group (
    local_authority_id BIGINT      NOT NULL,
    plan_type          VARCHAR(20) NOT NULL,
    pupil_need         VARCHAR(40) NOT NULL,
    held_on            DATE        NOT NULL,
    progress           VARCHAR(10) NOT NULL,
    outcomes           BIGINT      NOT NULL,
    PRIMARY KEY (local_authority_id, plan_type, pupil_need, held_on, progress)
);

INSERT INTO report_plan_group (local_authority_id, plan_type, status, pupil_need, review_on, child_voice,
                               parent_voice, plans)
SELECT t.local_authority_id, t.plan_type, t.status, t.need, t.review_on, t.child_voice, t.parent_voice, COUNT(*)
FROM (SELECT sp.local_authority_id, sp.plan_type, sp.status, COALESCE(sp.pupil_need, p.primary_need) AS need,
             COALESCE(sp.next_review_date, DATE '9999-12-31') AS review_on,
             CASE WHEN EXISTS (SELECT 1 FROM plan_contribution c WHERE c.support_plan_id = sp.id AND c.voice = 'CHILD')
                  THEN 1 ELSE 0 END AS child_voice,
             CASE WHEN EXISTS (SELECT 1 FROM plan_contribution c WHERE c.support_plan_id = sp.id AND c.voice = 'PARENT')
                  THEN 1 ELSE 0 END AS parent_voice
      FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id) t
GROUP BY t.local_authority_id, t.plan_type, t.status, t.need, t.review_on, t.child_voice, t.parent_voice;

INSERT INTO report_review_group (local_authority_id, plan_type, pupil_need, held_on, timeliness, reviews)
SELECT t.local_authority_id, t.plan_type, t.need, t.held_on, t.timeliness, COUNT(*)
FROM (SELECT sp.local_authority_id, sp.plan_type, COALESCE(sp.pupil_need, p.primary_need) AS need, pr.held_on,
             CASE WHEN d.due_on IS NULL THEN 'HELD_UNTIMED' WHEN pr.held_on <= d.due_on THEN 'HELD_ON_TIME'
                  ELSE 'HELD_LATE' END AS timeliness
      FROM plan_review pr JOIN support_plan sp ON sp.id = pr.support_plan_id JOIN pupil p ON p.id = sp.pupil_id
      LEFT JOIN plan_review_due d ON d.plan_review_id = pr.id) t
GROUP BY t.local_authority_id, t.plan_type, t.need, t.held_on, t.timeliness;

INSERT INTO report_outcome_group (local_authority_id, plan_type, pupil_need, held_on, progress, outcomes)
SELECT t.local_authority_id, t.plan_type, t.need, t.held_on, t.progress, COUNT(*)
FROM (SELECT sp.local_authority_id, sp.plan_type, COALESCE(sp.pupil_need, p.primary_need) AS need, pr.held_on,
             ro.progress
      FROM reviewed_outcome ro JOIN plan_review pr ON pr.id = ro.plan_review_id
      JOIN support_plan sp ON sp.id = pr.support_plan_id JOIN pupil p ON p.id = sp.pupil_id) t
GROUP BY t.local_authority_id, t.plan_type, t.need, t.held_on, t.progress;
