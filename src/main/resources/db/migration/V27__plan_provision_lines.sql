-- Each plan version's provision by language of delivery, grouping and hours a week, kept beside
-- the version's JSON content (written with every save of the version) so that reports sum it in
-- the database: hours of additional learning provision per school by language and grouping
-- (issue 16). Existing versions are filled in by the Java migration 27.1 (plans/service/ProvisionLinesBackfill).
CREATE TABLE plan_provision_line (
    plan_version_id   BIGINT       NOT NULL,
    line              INT          NOT NULL,
    delivery_language VARCHAR(20)  NOT NULL,
    group_size        VARCHAR(20)  NOT NULL,
    hours_per_week    DECIMAL(9,2) NOT NULL,
    PRIMARY KEY (plan_version_id, line),
    CONSTRAINT fk_plan_provision_line_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);
