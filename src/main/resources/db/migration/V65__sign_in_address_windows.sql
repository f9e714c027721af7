-- Issue 20 point 2 / issue 21: the per-address sign-in throttle is shared by every node and survives a
-- restart (it was kept in each node's memory). One row per source address: its window's start and the
-- failed sign-ins counted in it. Rows past their window are deleted as new failures arrive.
CREATE TABLE sign_in_address_window (
    address      VARCHAR(64) NOT NULL PRIMARY KEY,
    window_start TIMESTAMP(6) NOT NULL,
    failures     INT NOT NULL
);
CREATE INDEX ix_sign_in_address_window_start ON sign_in_address_window (window_start);
