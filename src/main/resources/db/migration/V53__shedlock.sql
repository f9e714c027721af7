-- Scheduled jobs run on one node at a time (issue 21 point 4, DD015): ShedLock's JDBC lock table,
-- as its documentation gives it for MySQL. DATETIME rather than TIMESTAMP: MariaDB before 10.10
-- would otherwise give the first TIMESTAMP column an ON UPDATE CURRENT_TIMESTAMP of its own.
-- ShedLock reads and writes the times with the database's clock (usingDbTime), in UTC.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
